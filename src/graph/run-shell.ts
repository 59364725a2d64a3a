/**
 * The shell a RUN's script goes to: the last SHELL instruction before it in its stage or the
 * stages it is built on, or Docker's default `/bin/sh -c`.
 */
import { baseStage } from './stages.js';
import type { Node, RunNode, Stage } from './types.js';

export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

export function runShell(run: RunNode): readonly string[] {
  const stage = run.stage;
  if (!stage) return DEFAULT_SHELL;
  const own = lastShell(stage.nodes, run);
  if (own) return own;
  const base = baseStage(stage);
  return base ? shellLeftBy(base) : DEFAULT_SHELL;
}

/**
 * The shell a stage leaves to the stages built on it, kept per stage: asking each RUN's whole
 * chain of stages took the square of the chain's length. A loop, not recursion, since a chain
 * can be as long as a file has lines.
 */
const LEFT_BY = new WeakMap<Stage, readonly string[]>();

function shellLeftBy(stage: Stage): readonly string[] {
  const unknown: Stage[] = [];
  let shell: readonly string[] | undefined;
  for (let s: Stage | null = stage; s && !shell; s = baseStage(s)) {
    shell = LEFT_BY.get(s) ?? lastShell(s.nodes, null) ?? undefined;
    if (!LEFT_BY.has(s)) unknown.push(s);
  }
  shell ??= DEFAULT_SHELL;
  for (const s of unknown) LEFT_BY.set(s, shell);
  return shell;
}

/** The exec form of the last SHELL among `nodes`, before `until` if given. */
function lastShell(nodes: readonly Node[], until: Node | null): readonly string[] | null {
  let shell: readonly string[] | null = null;
  for (const n of nodes) {
    if (n === until) break;
    if (n.kind === 'shell' && n.exec && n.exec.length > 0) shell = n.exec;
  }
  return shell;
}

/** Whether the shell is started with `-o pipefail` (`-o pipefail`, `-eo pipefail`, `-o errexit -o pipefail`). */
export function shellHasPipefail(shell: readonly string[]): boolean {
  return shell.some((w, i) => w === 'pipefail' && i > 0 && /^-[a-zA-Z]*o$/.test(shell[i - 1]!));
}
