/**
 * The shell a RUN's script goes to: the last SHELL instruction before it in its stage or the
 * stages it is built on, or Docker's default `/bin/sh -c`.
 */
import { stageChain } from './stages.js';
import type { Node, RunNode } from './types.js';

export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

export function runShell(run: RunNode): readonly string[] {
  let shell: readonly string[] = DEFAULT_SHELL;
  for (const stage of stageChain(run.stage)) {
    for (const n of stage.nodes as readonly Node[]) {
      if (n === run) return shell;
      if (n.kind === 'shell' && n.exec && n.exec.length > 0) shell = n.exec;
    }
  }
  return shell;
}

/** Whether the shell is started with `-o pipefail` (`-o pipefail`, `-eo pipefail`, `-o errexit -o pipefail`). */
export function shellHasPipefail(shell: readonly string[]): boolean {
  return shell.some((w, i) => w === 'pipefail' && i > 0 && /^-[a-zA-Z]*o$/.test(shell[i - 1]!));
}
