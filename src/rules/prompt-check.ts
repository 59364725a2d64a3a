/**
 * The check shared by the non-interactive rules (-y for apt-get, yum, dnf; --non-interactive
 * for zypper): each command that would wait for a confirmation is reported.
 */
import { insertAfterWord, insertBeforeWord } from '../fix/edits.js';
import { type Prompt, promptingCommands } from '../graph/prompts.js';
import type { Graph } from '../graph/types.js';
import { PROMPTING_MANAGERS, type PromptingManager } from '../../rules/data/prompts.js';
import type { Fix, RuleContext } from './types.js';

export function checkPrompts({ graph, report }: RuleContext, managerId: string): void {
  const manager = PROMPTING_MANAGERS[managerId]!;
  for (const node of graph.nodes) {
    if (node.kind !== 'run') continue;
    for (const p of promptingCommands(node, managerId)) {
      report({
        node,
        start: p.command.start,
        end: p.command.end,
        message: `\`${p.command.name} ${p.subcommand}\` asks for confirmation, which a build cannot give: ${manager.fix}`,
        fix: answerYesFix(graph, p, manager),
      });
    }
  }
}

/** The yes flag added: safe, since without it the command aborts and the build fails. */
function answerYesFix(graph: Graph, prompt: Prompt, manager: PromptingManager): Fix | null {
  const { text, after } = manager.fixFlag;
  const edit = after === 'subcommand' ? insertAfterWord(graph, prompt.subcommandWord, ` ${text}`) : insertBeforeWord(graph, prompt.subcommandWord, `${text} `);
  return edit ? { description: `add ${text}`, safety: 'safe', edits: [edit] } : null;
}
