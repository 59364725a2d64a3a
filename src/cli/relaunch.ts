/**
 * On Node 22 and later the process starts again with `--liftoff-only` before doing any work.
 * V8 there compiles the shell parser's WebAssembly with its optimising compiler in the
 * background and makes the process wait for it at exit: a one-file run took 3 to 8 s on Node 24
 * instead of 0.5 s. The baseline compiler alone parses almost as fast, but since Node 22 the
 * flag set with v8.setFlagsFromString at run time no longer reaches the wasm compiler, and Node
 * refuses it in NODE_OPTIONS, so the command line is the only place for it. The flag is
 * process-wide: worker threads get it too. (Node 20 takes it at run time: see parser.ts.) The
 * switch to compile the parser's wasm whole, in the background, goes along (early-wasm.ts).
 */
import { EAGER_WASM_FLAG } from './early-wasm.js';

/** Set in the started-again process, so that it never starts a third. */
const MARK = 'DFSCAN_LIFTOFF_ONLY';

/** Whether a process of this Node version and these options should start again with the flag. */
export function needsLiftoffRelaunch(nodeVersion: string, execArgv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const major = Number(/^v?(\d+)/.exec(nodeVersion)?.[1] ?? 0);
  if (major < 22 || env[MARK] !== undefined) return false;
  // Whoever chose a Liftoff setting on the command line keeps it.
  return !execArgv.some((a) => /^--(no-)?liftoff[-_]only(=|$)/.test(a));
}

/**
 * Runs `script` again in a process with `--liftoff-only`, with the same arguments, standard
 * streams and environment, and returns its exit code; null when this process should do the
 * work itself (no relaunch needed, or the process could not be started).
 */
export function relaunchWithLiftoff(script: string): number | null {
  if (!needsLiftoffRelaunch(process.version, process.execArgv, process.env)) return null;
  // Loaded only here: node:child_process costs a few ms of every start that does not relaunch.
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const child = spawnSync(process.execPath, [...process.execArgv, '--liftoff-only', EAGER_WASM_FLAG, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [MARK]: '1' },
  });
  if (child.error) return null;
  if (child.signal) {
    // Die of the same signal, so that a shell or a CI runner sees what happened.
    process.kill(process.pid, child.signal);
  }
  return child.status ?? 1;
}
