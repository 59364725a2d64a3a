/**
 * The working directory a command of a RUN runs in: the RUN's WORKDIR, followed through the
 * `cd` commands before it. Null when a `cd` before it may or may not run, or goes to a place
 * known only at run time: a fix must not guess where a file lands.
 */
import type { ShellCommand } from '../parse/shell/commands.js';
import { joinPath } from './paths.js';
import { runFacts } from './run-facts.js';
import type { RunNode } from './types.js';

export function commandCwd(run: RunNode, cmd: ShellCommand): string | null {
  let cwd = run.workdir;
  for (const c of runFacts(run).commands) {
    if (c === cmd) return cwd;
    if (c.name !== 'cd') continue;
    const dir = c.args[0]?.value;
    if (c.conditional || !dir || dir.startsWith('~') || dir.includes('$') || dir === '-') return null;
    cwd = joinPath(cwd, dir);
  }
  return null;
}
