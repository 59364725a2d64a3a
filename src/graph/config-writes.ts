/**
 * Whether an earlier step of the image wrote a setting into a configuration file
 * (`echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/90norecommends`): such a file
 * changes what every later command of that tool does, as if the option were given each time.
 */
import type { ShellCommand } from '../parse/shell/commands.js';
import { argValues } from './commands.js';
import { earlierCommand } from './earlier.js';
import type { Graph, RunNode } from './types.js';

/**
 * For a setting, whether a RUN before `run` (in its stage or the stages it is built on), or a
 * command before `before` in `run`, writes text matching `key` to a file under `pathPrefix`.
 */
export function configWriter(pathPrefix: string, key: RegExp): (graph: Graph, run: RunNode, before: ShellCommand) => boolean {
  return earlierCommand((commands, i) => writesSetting(commands, i, pathPrefix, key));
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
