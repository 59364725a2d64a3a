/**
 * Whether an earlier step of the image wrote a setting into a configuration file
 * (`echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/90norecommends`): such a file
 * changes what every later command of that tool does, as if the option were given each time.
 */
import type { ShellCommand } from '../parse/shell/commands.js';
import { argValues } from './commands.js';
import { runFacts } from './run-facts.js';
import { stageChain } from './stages.js';
import type { Node, RunNode } from './types.js';

/**
 * True when a RUN before `node` (in its stage or the stages it is built on), or a command
 * before `before` in the same RUN, writes text matching `key` to a file under `pathPrefix`.
 */
export function configWritten(node: RunNode, pathPrefix: string, key: RegExp, before?: ShellCommand): boolean {
  for (const run of earlierRuns(node)) {
    const commands = runFacts(run).commands;
    const end = run === node ? (before ? commands.indexOf(before) : 0) : commands.length;
    for (let i = 0; i < end; i++) {
      if (writesSetting(commands, i, pathPrefix, key)) return true;
    }
  }
  return false;
}

function writesSetting(commands: readonly ShellCommand[], i: number, pathPrefix: string, key: RegExp): boolean {
  const cmd = commands[i]!;
  const targets = cmd.redirects.map((r) => r.value ?? '');
  if (cmd.name === 'tee') targets.push(...argValues(cmd).filter((a) => !a.startsWith('-')));
  if (!targets.some((t) => t.startsWith(pathPrefix))) return false;
  const texts = [argValues(cmd).join(' ')];
  // `echo '...' | tee /etc/...`: the text comes from the command before the pipe.
  if (cmd.joinedBy === '|' && i > 0) texts.push(argValues(commands[i - 1]!).join(' '));
  return texts.some((t) => key.test(t));
}

/** RUN instructions up to and including `node`, base stages first. */
function earlierRuns(node: RunNode): RunNode[] {
  const out: RunNode[] = [];
  for (const stage of stageChain(node.stage)) {
    for (const n of stage.nodes as readonly Node[]) {
      if (n.kind === 'run') out.push(n);
      if (n === node) return out;
    }
  }
  return out;
}
