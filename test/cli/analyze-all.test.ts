/**
 * Many files: worker threads must give the same reports, in the same order, as one thread,
 * including files that cannot be read; when workers fail, this thread does their work.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/analyze.js';
import { FILES_PER_WORKER, analyzeAll, analyzeInput, workerCount, type RunOptions } from '../../src/cli/analyze-all.js';
import type { InputRef } from '../../src/cli/inputs.js';
import { jsonReport } from '../../src/report/json.js';
import { BIN, dfscan } from '../helpers/cli.js';
import { manyDockerfiles } from '../helpers/many-files.js';

const OPTIONS: RunOptions = { buildArgs: new Map([['BASE', 'node:22-slim']]), maxFileBytes: 1 << 20 };
const COUNT = 2 * FILES_PER_WORKER + 37;

let inputs: InputRef[];
let dir: string;
let expected: FileReport[];

beforeAll(async () => {
  const made = manyDockerfiles(COUNT);
  dir = made.dir;
  const binary = join(mkdtempSync(join(tmpdir(), 'dfscan-bin-')), 'Dockerfile');
  writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00]));
  inputs = made.files.map((path): InputRef => ({ path, read: true }));
  // Files that fail in different ways, spread through the run.
  inputs.splice(3, 0, { path: join(dir, 'missing', 'Dockerfile'), read: true });
  inputs.splice(200, 0, { path: binary, read: true });
  inputs.splice(300, 0, { path: 'elsewhere', error: 'no such file or directory' });
  inputs.push({ path: 'svc/Dockerfile', bytes: new TextEncoder().encode('FROM node:22\nCOPY . .\nRUN npm ci\n') });
  expected = [];
  for (const input of inputs) expected.push(await analyzeInput(input, OPTIONS));
});

async function run(workerScript: URL | undefined, threads: number) {
  const reports: FileReport[] = [];
  const { workers } = await analyzeAll(inputs, OPTIONS, { threads, workerScript }, (r) => reports.push(r));
  return { reports, workers };
}

describe('analyzeAll', () => {
  it('gives the reports of one thread, in the same order, from two worker threads', async () => {
    expect(workerCount(inputs.length, { threads: 2, workerScript: pathToFileURL(BIN) })).toBe(2);
    const { reports, workers } = await run(pathToFileURL(BIN), 2);
    expect(workers).toBe(2);
    expect(reports).toEqual(expected);
    expect(reports.map((r) => r.error).filter(Boolean)).toEqual([
      'no such file or directory',
      expect.stringMatching(/^binary file/),
      'no such file or directory',
    ]);
  }, 60_000);

  it('starts no worker for a few files, or without a worker script', async () => {
    expect(workerCount(FILES_PER_WORKER - 1, { threads: 8, workerScript: pathToFileURL(BIN) })).toBe(0);
    expect(workerCount(10 * FILES_PER_WORKER, { threads: 8, workerScript: undefined })).toBe(0);
    expect(workerCount(10 * FILES_PER_WORKER, { threads: 3, workerScript: pathToFileURL(BIN) })).toBe(3);
    const { reports, workers } = await run(undefined, 2);
    expect(workers).toBe(0);
    expect(reports).toEqual(expected);
  }, 60_000);

  it('does the work of workers that fail on this thread', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'dfscan-broken-')), 'worker.mjs');
    writeFileSync(broken, 'throw new Error("worker cannot start");\n');
    const { reports, workers } = await run(pathToFileURL(broken), 2);
    expect(workers).toBe(0);
    expect(reports).toEqual(expected);
  }, 60_000);
});

describe('dfscan with many files', () => {
  it('prints the same report and exits the same with --jobs 1 and --jobs 2 as the analysis in one thread', () => {
    const one = dfscan(['-f', 'json', '--jobs', '1', dir]);
    const two = dfscan(['-f', 'json', '--jobs', '2', dir]);
    const inProcess = expected.filter((r) => r.path.startsWith(dir) && r.error === null);
    expect(one.stdout).toBe(jsonReport(inProcess));
    expect(two.stdout).toBe(one.stdout);
    expect([one.code, two.code]).toEqual([1, 1]);
    const tty = (jobs: string) => dfscan(['--jobs', jobs, dir], { env: { NO_COLOR: '1' } }).stdout;
    expect(tty('2')).toBe(tty('1'));
  }, 120_000);
});
