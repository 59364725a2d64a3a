/**
 * The check shared by the non-interactive rules (-y for apt-get, yum, dnf; --non-interactive
 * for zypper): each command that would wait for a confirmation is reported.
 */
import { addFlagFix } from '../fix/shell-fixes.js';
import { promptingCommands } from '../graph/prompts.js';
import { PROMPTING_MANAGERS } from '../../rules/data/prompts.js';
import type { RuleContext } from './types.js';

/** The programs checkPrompts reads for a manager (a rule's `programs`). */
export function promptPrograms(managerId: string): readonly string[] {
  const manager = PROMPTING_MANAGERS[managerId];
  if (!manager) throw new Error(`no prompting manager ${managerId}`);
  return manager.commands;
}

export function checkPrompts({ graph, report }: RuleContext, managerId: string): void {
  const manager = PROMPTING_MANAGERS[managerId]!;
  for (const node of graph.nodes) {
    if (node.kind !== 'run') continue;
    for (const p of promptingCommands(graph, node, managerId)) {
      report({
        node,
        start: p.command.start,
        end: p.command.end,
        message: `\`${p.command.name} ${p.subcommand}\` asks for confirmation, which a build cannot give: ${manager.fix}`,
        // Safe: without the flag the command aborts and the build fails.
        fix: addFlagFix(graph, p.subcommandWord, manager.fixFlag.text, 'safe', manager.fixFlag.after === 'program'),
      });
    }
  }
}
