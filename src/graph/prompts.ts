/**
 * Package-manager commands of a RUN that would stop to ask for a confirmation the build cannot
 * give (rules/data/prompts.ts): no `-y`, no equivalent setting, no configuration file written
 * earlier that answers yes.
 */
import { PROMPTING_MANAGERS } from '../../rules/data/prompts.js';
import type { ShellCommand, ShellWord } from '../parse/shell/commands.js';
import { argValues, hasFlag, positionals } from './commands.js';
import { configWriter } from './config-writes.js';
import { runFacts } from './run-facts.js';
import type { Graph, RunNode } from './types.js';

export interface Prompt {
  readonly command: ShellCommand;
  readonly subcommand: string;
  /** The word that names it, where a fix adds its flag. */
  readonly subcommandWord: ShellWord;
}

/** For each manager with one, whether its yes setting was written to its configuration earlier. */
const ANSWERED_IN_CONFIG = new Map(Object.values(PROMPTING_MANAGERS).flatMap((m) => (m.config ? [[m, configWriter(m.config.pathPrefix, m.config.key)] as const] : [])));

export function promptingCommands(graph: Graph, run: RunNode, managerId: string): Prompt[] {
  const manager = PROMPTING_MANAGERS[managerId];
  if (!manager) throw new Error(`no prompting manager ${managerId}`);
  const out: Prompt[] = [];
  for (const cmd of runFacts(run).commands) {
    if (!manager.commands.includes(cmd.name)) continue;
    const words = positionals(cmd, manager.optionsWithValue);
    const word = words[0];
    const sub = word ? (word.value ?? word.text) : '';
    if (!word || !manager.subcommands.includes(sub)) continue;
    if (manager.needPackages.includes(sub) && words.length < 2) continue;
    if (hasFlag(cmd, ...manager.yesFlags)) continue;
    const values = argValues(cmd);
    if (values.some((v) => manager.yesSettings.some((re) => re.test(v)))) continue;
    if (values.some((v, i) => i > 0 && /^(-o|--option|--setopt)$/.test(values[i - 1]!) && manager.yesSettings.some((re) => re.test(v)))) continue;
    if (ANSWERED_IN_CONFIG.get(manager)?.(graph, run, cmd)) continue;
    out.push({ command: cmd, subcommand: sub, subcommandWord: word });
  }
  return out;
}
