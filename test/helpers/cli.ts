import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'dist', 'cli.cjs');
/** The entry worker threads start from. */
export const WORKER = join(ROOT, 'dist', 'worker.cjs');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled CLI as users do (built by `npm run build`, which `npm test` runs first). */
/** `timeoutMs`: the run is killed after this long (its code is then -1), for a test that a run ends. */
export function dfscan(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): CliResult {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build (npm test does)`);
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...options.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', env, cwd: options.cwd ?? ROOT, encoding: 'utf8', maxBuffer: 256 << 20, ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
