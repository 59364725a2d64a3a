/**
 * Many files: worker threads must give the same reports, in the same order, as one thread,
 * including files that cannot be read or decoded; when workers fail, this thread does their work.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RULES } from '../../rules/index.js';
import { notAnalysed, type FileReport } from '../../src/analyze.js';
import { analysedHere } from '../../src/cli/analysed-count.js';
import { FILES_PER_WORKER, WorkerStarter, analyzeAll, analyzeJob, defaultThreads, workerCount, type Item, type JobOptions } from '../../src/cli/analyze-all.js';
import { DEFAULT_SETTINGS } from '../../src/rules/types.js';
import { WORKER, dfscan } from '../helpers/cli.js';
import { reportText } from '../helpers/reports.js';
import { manyDockerfiles } from '../helpers/many-files.js';

const COUNT = 2 * FILES_PER_WORKER + 37;

function options(path: string | null): JobOptions {
  return {
    buildArgs: new Map(),
    ruleIds: DEFAULT_RULES.map((r) => r.id),
    settings: DEFAULT_SETTINGS,
    severities: new Map(),
    context: path === null ? null : { dir: dirname(path), dockerfile: path },
  };
}

let items: Item[];
let dir: string;
let expected: FileReport[];

beforeAll(async () => {
  const made = manyDockerfiles(COUNT);
  dir = made.dir;
  items = made.files.map((path): Item => ({ input: { path, bytes: readFileSync(path) }, options: options(path) }));
  // Files that fail in different ways, spread through the run.
  items.splice(3, 0, { report: notAnalysed(join(dir, 'missing', 'Dockerfile'), 'no such file or directory') });
  items.splice(200, 0, { input: { path: 'binary/Dockerfile', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00]) }, options: options(null) });
  items.splice(300, 0, { report: notAnalysed('elsewhere', 'no such file or directory') });
  items.push({ input: { path: 'svc/Dockerfile', bytes: new TextEncoder().encode('FROM node:22\nCOPY . .\nRUN npm ci\n') }, options: { ...options(null), buildArgs: new Map([['BASE', 'node:22-slim']]) } });
  expected = [];
  for (const item of items) expected.push('report' in item ? item.report : await analyzeJob(item));
});

async function run(workerScript: URL | undefined, threads: number) {
  const reports: FileReport[] = [];
  const { workers } = await analyzeAll(items, { threads, workerScript }, (r) => reports.push(r));
  return { reports, workers };
}

describe('analyzeAll', () => {
  it('gives the reports of one thread, in the same order, from two worker threads and this one', async () => {
    expect(workerCount(items.length, { threads: 3, workerScript: pathToFileURL(WORKER) })).toBe(2);
    const here = analysedHere();
    const { reports, workers } = await run(pathToFileURL(WORKER), 3);
    expect(workers).toBe(2);
    // This thread analyses files beside its workers, from the same queue.
    expect(analysedHere() - here).toBeGreaterThan(0);
    expect(analysedHere() - here).toBeLessThan(COUNT);
    expect(reports).toEqual(expected);
    expect(reports.map((r) => r.error).filter(Boolean)).toEqual([
      'no such file or directory',
      expect.stringMatching(/^binary file/),
      'no such file or directory',
    ]);
  }, 120_000);

  it('takes the CPUs for threads by default, but one thread on two CPUs', () => {
    expect([1, 2, 3, 4, 16].map(defaultThreads)).toEqual([1, 1, 3, 4, 16]);
  });

  it('starts no worker for a few files, or without a worker script', async () => {
    expect(workerCount(FILES_PER_WORKER - 1, { threads: 8, workerScript: pathToFileURL(WORKER) })).toBe(0);
    expect(workerCount(10 * FILES_PER_WORKER, { threads: 8, workerScript: undefined })).toBe(0);
    // This thread counts as one: -j 1 starts no worker, -j 3 two.
    expect(workerCount(10 * FILES_PER_WORKER, { threads: 1, workerScript: pathToFileURL(WORKER) })).toBe(0);
    expect(workerCount(10 * FILES_PER_WORKER, { threads: 3, workerScript: pathToFileURL(WORKER) })).toBe(2);
    const { reports, workers } = await run(undefined, 2);
    expect(workers).toBe(0);
    expect(reports).toEqual(expected);
  }, 120_000);

  it('takes the workers started while the files were found, and stops those it does not need', async () => {
    const pool = { threads: 3, workerScript: pathToFileURL(WORKER) };
    const started = new WorkerStarter(pool);
    started.found(FILES_PER_WORKER - 1);
    expect(started.count).toBe(0);
    started.found(items.length);
    expect(started.count).toBe(2);
    // Never more than the threads allow.
    started.found(10 * items.length);
    expect(started.count).toBe(2);
    // Fewer files than found (some could not be read): one worker is enough, the other stops.
    const few = items.slice(0, FILES_PER_WORKER + 10);
    const reports: FileReport[] = [];
    const { workers } = await analyzeAll(few, { ...pool, started }, (r) => reports.push(r));
    expect(workers).toBe(1);
    expect(reports).toEqual(expected.slice(0, few.length));
    await vi.waitFor(() => expect(started.running()).toBe(0), { timeout: 10_000 });
  }, 120_000);

  it('does the work of workers that fail on this thread', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'dfscan-broken-')), 'worker.mjs');
    writeFileSync(broken, 'throw new Error("worker cannot start");\n');
    const { reports, workers } = await run(pathToFileURL(broken), 3);
    expect(workers).toBe(0);
    expect(reports).toEqual(expected);
  }, 120_000);
});

describe('dfscan with many files', () => {
  it('prints the same report and exits the same with --jobs 1 (one thread) and --jobs 3 (two workers)', () => {
    const one = dfscan(['-f', 'json', '--jobs', '1', dir]);
    const two = dfscan(['-f', 'json', '--jobs', '3', dir]);
    const inProcess = expected.filter((r) => r.path.startsWith(dir) && r.error === null);
    expect(one.stdout).toBe(reportText('json', inProcess));
    expect(two.stdout).toBe(one.stdout);
    expect([one.code, two.code]).toEqual([1, 1]);
    const tty = (jobs: string) => dfscan(['--jobs', jobs, dir], { env: { NO_COLOR: '1' } }).stdout;
    expect(tty('3')).toBe(tty('1'));
  }, 180_000);

  it('ends at once when a bad configuration stops a run whose workers have started', () => {
    const bad = manyDockerfiles(FILES_PER_WORKER + 20).dir;
    writeFileSync(join(bad, '.dfscan.yaml'), 'rules: [\n');
    const r = dfscan(['--jobs', '2', bad], { timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.dfscan\.yaml/);
  }, 90_000);

  it('says so when --jobs is not a positive whole number', () => {
    const r = dfscan(['--jobs', '0', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});
