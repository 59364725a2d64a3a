/**
 * V8's helper threads (its optimising compiler, the concurrent parts of its garbage collector)
 * run below the threads that analyse once a run turns out long. On two cores they took the
 * analysing thread's core from it: over the corpus with `-j 1` they used 4.4 s of CPU beside its
 * 6.0 s, and it waited 0.7 s for a core (its schedstat). Lowered, they run on what the analysing
 * threads leave, a whole core here, and it waits 0.1 s: 6.8 s to 6.3 s a run (paired runs,
 * README's Speed section). A short run is left alone: on a busy machine it waits for the shell
 * parser's wasm, which these threads compile.
 */
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Files found that make a run long: about half a second of analysis, most of V8's compiling. */
export const LONG_RUN_FILES = 50;

/** How much lower than before each helper thread runs (nice values, 19 the lowest). */
export const HELPER_NICE_STEP = 10;

/**
 * Lowers every thread of this process but the calling main thread. Call it before starting
 * worker threads, which inherit the main thread's priority and must keep it. Linux only: there a
 * thread id given to setpriority names that thread alone, where elsewhere it names a process.
 * Threads it cannot lower (a sandbox that forbids it) keep their priority.
 */
export function lowerHelperThreads(): void {
  if (process.platform !== 'linux') return;
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const name of tids) {
    const tid = Number(name);
    if (tid === process.pid) continue;
    try {
      setPriority(tid, Math.min(19, getPriority(tid) + HELPER_NICE_STEP));
    } catch {
      // Gone, or not ours to change: it keeps its priority.
    }
  }
}
