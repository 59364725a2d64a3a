/**
 * Shared by the bad-input tests: a scratch folder, the CLI run with a time bound (a hang must fail
 * the test, not stall the suite: spawnSync blocks vitest's own timeout), and the checks every
 * case makes on stderr and on the JSON report.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { BIN, dfscan, type CliResult } from '../helpers/cli.js';

/** A clean Dockerfile: no findings, so the exit code of a run is the bad file's. */
export const GOOD = 'FROM alpine:3.20\nRUN echo hello\n';
export const GOOD_NAME = 'good.Dockerfile';

/** A fresh folder holding `files` (text or bytes), with the good Dockerfile beside them. */
export function scratch(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'dfscan-bad-'));
  for (const [path, content] of Object.entries({ [GOOD_NAME]: GOOD, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export interface Run extends CliResult {
  readonly ms: number;
}

/**
 * The built CLI in `cwd`, killed after `timeoutMs` (then the test fails saying so). Runs through
 * test/helpers/cli.ts when no bound is asked for.
 */
export function run(args: readonly string[], options: { cwd: string; input?: string | Buffer; timeoutMs?: number; env?: Record<string, string> }): Run {
  const t0 = performance.now();
  if (options.timeoutMs === undefined) {
    const r = dfscan(args, { cwd: options.cwd, ...(options.input !== undefined ? { input: options.input } : {}), ...(options.env ? { env: options.env } : {}) });
    return { ...r, ms: performance.now() - t0 };
  }
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...options.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: options.timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - t0;
  // A run that stops reading its input early (a size limit) may end before all of it is written
  // to its pipe: the write fails with EPIPE, and the run's status and output still stand.
  const unread = (r.error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE' && r.status !== null;
  if ((r.error && !unread) || r.signal) throw new Error(`dfscan ${args.join(' ')} did not finish within ${options.timeoutMs} ms (${r.signal ?? r.error?.message})`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms };
}

/** The lines a run wrote on stderr. */
export function stderrLines(r: CliResult): string[] {
  return r.stderr.split('\n').filter((l) => l !== '');
}

/**
 * Exactly one line on stderr, `dfscan: <subject>: <what>`, and nothing that looks like a stack
 * trace or a raw exception.
 */
export function expectOneLine(r: CliResult, subject: string, what: RegExp): string {
  const lines = stderrLines(r);
  expect(lines, r.stderr).toHaveLength(1);
  const line = lines[0]!;
  expect(line.startsWith(`dfscan: ${subject}: `), line).toBe(true);
  expect(line.slice(`dfscan: ${subject}: `.length)).toMatch(what);
  expectNoTrace(r);
  return line;
}

/** No stack frames, no exception class names, no Node internals on stderr. */
export function expectNoTrace(r: CliResult): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/\b(TypeError|RangeError|SyntaxError|ReferenceError|Error):|node:internal|\.ts:\d+|\.js:\d+/);
}

export interface JsonFile {
  readonly path: string;
  readonly error: string | null;
  readonly findings: readonly { rule: string; severity: string; line: number; message: string }[];
  readonly score: { overall: number } | null;
}

/** The files of a `--format json` report, by path. */
export function jsonFiles(r: CliResult): Map<string, JsonFile> {
  const doc = JSON.parse(r.stdout) as { files: JsonFile[] };
  return new Map(doc.files.map((f) => [f.path, f]));
}

/** The good Dockerfile was analysed and reported as usual, whatever happened to the others. */
export function expectGoodReported(files: Map<string, JsonFile>, path = GOOD_NAME): void {
  const good = files.get(path);
  expect(good, `${path} is missing from the report`).toBeDefined();
  expect(good!.error).toBeNull();
  expect(good!.findings).toEqual([]);
  expect(good!.score?.overall).toBe(100);
}

/** A file the report lists as not analysed, with the same reason as on stderr. */
export function expectNotAnalysed(files: Map<string, JsonFile>, path: string, line: string): void {
  const f = files.get(path);
  expect(f, `${path} is missing from the report`).toBeDefined();
  expect(f!.error).not.toBeNull();
  expect(line.endsWith(`: ${f!.error}`), `${line} / ${f!.error}`).toBe(true);
  expect(f!.findings).toEqual([]);
  expect(f!.score).toBeNull();
}
