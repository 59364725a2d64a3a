import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES_PER_WORKER } from '../../src/cli/analyze-all.js';
import { HELPER_NICE_STEP, LONG_RUN_FILES } from '../../src/cli/helper-threads.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { manyDockerfiles } from '../helpers/many-files.js';

/**
 * Loaded into the CLI's threads, writes nice values, read from /proc, to the file DFSCAN_TEST_NICE
 * names: the main thread's and every other thread's at the end of the process, and a worker's own
 * each time it sends reports (a worker is terminated, not ended, so it has no end of its own; and
 * a listener for messages would take the first ones from the worker's own).
 */
const RECORDER = `
import { appendFileSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { isMainThread, parentPort } from 'node:worker_threads';
const nice = (tid) => { const s = readFileSync('/proc/self/task/' + tid + '/stat', 'utf8'); return Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[16]); };
const self = () => Number(readlinkSync('/proc/thread-self').split('/').pop());
const write = (line) => appendFileSync(process.env.DFSCAN_TEST_NICE, JSON.stringify(line) + '\\n');
if (isMainThread) process.on('exit', () => write({ main: nice(process.pid), others: readdirSync('/proc/self/task').filter((t) => Number(t) !== process.pid).map(nice) }));
else {
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (...args) => (write({ worker: nice(self()) }), post(...args));
}
`;

interface Recorded {
  main?: number;
  others?: number[];
  worker?: number;
}

function runRecorded(args: readonly string[]): Recorded[] {
  const dir = mkdtempSync(join(tmpdir(), 'dfscan-nice-'));
  const recorder = join(dir, 'recorder.mjs');
  const out = join(dir, 'nice.jsonl');
  writeFileSync(recorder, RECORDER);
  writeFileSync(out, '');
  const r = spawnSync(process.execPath, ['--import', recorder, BIN, '-f', 'json', '--failure-threshold', 'none', ...args], { cwd: ROOT, env: { ...process.env, DFSCAN_TEST_NICE: out }, encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Recorded);
}

describe.skipIf(process.platform !== 'linux')('V8 helper threads in a long run (Linux)', () => {
  // The CLI's threads start at the priority of the thread that starts the process.
  const base = getPriority();
  const lowered = Math.min(19, base + HELPER_NICE_STEP);

  it('are lowered once the run has LONG_RUN_FILES files, and the analysing main thread is not', () => {
    const [rec] = runRecorded(['-j', '1', manyDockerfiles(LONG_RUN_FILES).dir]);
    expect(rec!.main).toBe(base);
    // V8's helpers, started with the process; threads started later by the main thread take its priority.
    expect(rec!.others!.filter((n) => n === lowered).length).toBeGreaterThanOrEqual(1);
    expect(rec!.others!.every((n) => n === lowered || n === base)).toBe(true);
  });

  it('are left alone in a short run', () => {
    const [rec] = runRecorded(['-j', '1', manyDockerfiles(LONG_RUN_FILES - 1).dir]);
    expect(rec!.main).toBe(base);
    expect(rec!.others!.every((n) => n === base)).toBe(true);
  });

  it('never include a worker thread that analyses: workers start after the helpers are lowered', () => {
    const recs = runRecorded(['-j', '2', manyDockerfiles(FILES_PER_WORKER + 10).dir]);
    const workers = recs.filter((r) => r.worker !== undefined);
    expect(workers.length).toBeGreaterThan(1);
    expect(workers.every((r) => r.worker === base)).toBe(true);
    expect(recs.find((r) => r.main !== undefined)!.others).toContain(lowered);
  });
});
