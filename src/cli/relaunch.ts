/**
 * On Node 22 and later the process starts again with `--liftoff-only` before doing any work.
 * V8 there compiles the shell parser's WebAssembly with its optimising compiler in the
 * background and makes the process wait for it at exit: a one-file run took 3 to 8 s on Node 24
 * instead of 0.5 s. The baseline compiler alone parses almost as fast, but since Node 22 the
 * flag set with v8.setFlagsFromString at run time no longer reaches the wasm compiler, and Node
 * refuses it in NODE_OPTIONS, so the command line is the only place for it. The flag is
 * process-wide: worker threads get it too. (Node 20 takes it at run time: see parser.ts.) The
 * switch to compile the parser's wasm whole, in the background, goes along (early-wasm.ts).
 *
 * The new process also gets Node 20's young generation. Node 22 and later let it grow to 64 MB
 * a semi-space, four times Node 20's 16 MB (V8's 32 MB, doubled by a build without pointer
 * compression): over the corpus on Node 24 the peak memory went from about 330 to 220 MB with
 * 16 MB, and the run was faster too (README, Speed). A size chosen by the user is kept.
 */
import { EAGER_WASM_FLAG } from './early-wasm.js';

/** Node 20's largest semi-space on 64-bit machines, in MB. */
export const YOUNG_SEMI_SPACE_MB = 16;

/** Set in the started-again process, so that it never starts a third. */
const MARK = 'DFSCAN_LIFTOFF_ONLY';

/** Whether a process of this Node version and these options should start again with the flag. */
export function needsLiftoffRelaunch(nodeVersion: string, execArgv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const major = Number(/^v?(\d+)/.exec(nodeVersion)?.[1] ?? 0);
  if (major < 22 || env[MARK] !== undefined) return false;
  // Whoever chose a Liftoff setting on the command line keeps it.
  return !execArgv.some((a) => /^--(no-)?liftoff[-_]only(=|$)/.test(a));
}

/** The V8 flags the started-again process gets before the user's own command line. */
export function relaunchFlags(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const flags = ['--liftoff-only', EAGER_WASM_FLAG];
  const chosen = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => /^--max[-_]semi[-_]space[-_]size(=|$)/.test(a));
  if (!chosen) flags.push(`--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`);
  return flags;
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
  const child = spawnSync(process.execPath, [...process.execArgv, ...relaunchFlags(process.execArgv, process.env), script, ...process.argv.slice(2)], {
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
