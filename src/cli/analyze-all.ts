/**
 * Analyses the files of a run and hands each report on in the order of the inputs, as soon as
 * it and every report before it are ready. A few files are analysed on this thread, which
 * starts fastest. Many files are shared with worker threads (dist/worker.cjs, see
 * worker-entry.ts), sent to them in batches, while this thread analyses the others and orders
 * the reports: a report is plain data and does not depend on the thread that made it, so the
 * output is the same as from one thread.
 */
import type { Worker } from 'node:worker_threads';
import { RULES } from '../../rules/index.js';
import { analyzeFile, notAnalysed, type AnalyzeOptions, type FileInput, type FileReport } from '../analyze.js';
import type { Rule } from '../rules/types.js';
import { countAnalysed } from './analysed-count.js';
import { readInput, type PendingInput } from './inputs.js';
import type { YoungGeneration } from './young-generation.js';

/**
 * A file to analyse and how; plain data, so that it can be sent to a worker. A file on disk is
 * read by the thread that analyses it, when it does.
 */
export interface Job {
  readonly input: FileInput | PendingInput;
  readonly options: JobOptions;
}

/** AnalyzeOptions with the rules named by id (a rule holds code, which cannot cross threads). */
export type JobOptions = Omit<AnalyzeOptions, 'rules'> & { readonly ruleIds: readonly string[] };

/** A job, or the report of a file that could not be read. */
export type Item = Job | { readonly report: FileReport };

export interface PoolOptions {
  /** Threads that may analyse files, this one included. */
  readonly threads: number;
  /** The script a worker runs (dist/worker.cjs); without one, everything runs on this thread. */
  readonly workerScript?: URL | undefined;
  /** Workers started while the inputs were being found (see WorkerStarter), used before new ones. */
  readonly started?: WorkerStarter | undefined;
  /** Told of each file analysed on this thread (see young-generation.ts). */
  readonly young?: YoungGeneration | undefined;
}

/**
 * Files each worker must have to be worth starting: a worker takes about 0.1 s to load the CLI
 * and the shell parser, and a Dockerfile takes a few ms.
 */
export const FILES_PER_WORKER = 200;

/**
 * A worker's heap: every object of an analysis dies with its file (the live heap stays near
 * 10 MB), so small generations are collected as cheaply and keep the peak memory of a long
 * run low; by default V8 lets them grow to tens of MB first. A file too big for them makes
 * the worker fail, and this thread, with no such limits, analyses it again.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 };
/** Files sent to a worker at once, and batches a worker holds, so it never waits for work. */
const BATCH = 8;
const BATCHES_AHEAD = 2;

export interface Task {
  readonly id: number;
  readonly job: Job;
}

export interface Done {
  readonly id: number;
  readonly report: FileReport;
}

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/**
 * The rules of a list of ids. The files of one configuration share their list of ids on this
 * thread, and so one list of rules, which runRules also keeps its run order for.
 */
const RULES_OF = new WeakMap<readonly string[], readonly Rule[]>();

function rulesOf(ids: readonly string[]): readonly Rule[] {
  let rules = RULES_OF.get(ids);
  if (!rules) RULES_OF.set(ids, (rules = ids.map((id) => BY_ID.get(id)!)));
  return rules;
}

/** Analyses one job; the same on every thread. */
export function analyzeJob(job: Job): Promise<FileReport> {
  countAnalysed();
  const input = readInput(job.input);
  if ('error' in input) return Promise.resolve(notAnalysed(input.path, input.error));
  const { ruleIds, ...options } = job.options;
  return analyzeFile(input, { ...options, rules: rulesOf(ruleIds) });
}

/**
 * How many worker threads a run of `files` files gets: none for a few files, and at most one
 * fewer than the threads, since this one analyses files too.
 */
export function workerCount(files: number, pool: PoolOptions): number {
  if (!pool.workerScript) return 0;
  return Math.max(0, Math.min(pool.threads - 1, Math.floor(files / FILES_PER_WORKER)));
}

/**
 * Starts workers while this thread is still finding the inputs. A worker takes about a quarter
 * of a second to load the CLI and the shell parser, and the scan of a large tree takes as long:
 * told how many files the scan has found so far, the starter starts each worker as soon as the
 * count earns it (workerCount), and the worker loads while the scan and the configuration go on.
 */
export class WorkerStarter {
  private readonly workers: { readonly worker: Worker; exited: boolean }[] = [];

  constructor(private readonly pool: PoolOptions) {}

  found(files: number): void {
    while (this.workers.length < workerCount(files, this.pool)) {
      const started = startWorker(this.pool.workerScript!);
      if (!started) return;
      const entry = { worker: started, exited: false };
      // Until analyzeAll takes it, a worker that fails only has to be known to have failed, and
      // one the run never takes (a bad configuration ends it first) must not keep it alive.
      started.on('error', () => {});
      started.once('exit', () => (entry.exited = true));
      started.unref();
      this.workers.push(entry);
    }
  }

  /** Workers started so far. */
  get count(): number {
    return this.workers.length;
  }

  /** Workers started and still running. */
  running(): number {
    return this.workers.filter((w) => !w.exited).length;
  }

  /** The `n`th worker started, if it is still running. */
  take(n: number): Worker | undefined {
    const entry = this.workers[n];
    if (!entry || entry.exited) return undefined;
    entry.worker.ref();
    return entry.worker;
  }

  /** Stops the workers past the first `used`, which the run turned out not to need. */
  stopFrom(used: number): void {
    for (const { worker } of this.workers.slice(used)) void worker.terminate();
  }
}

/**
 * A new worker thread, or null when none can be had. node:worker_threads is loaded only here: a
 * run of a few files never needs it.
 */
function startWorker(script: URL): Worker | null {
  try {
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    return new Worker(script, { resourceLimits: WORKER_LIMITS });
  } catch {
    return null;
  }
}

/**
 * Threads a run takes when -j does not say: the CPUs, but one on a machine of two. There V8's
 * compiler and garbage collector already keep the second CPU busy beside one analysing thread,
 * and a worker compiles the same code again: with -j 2 the corpus took 5 to 25 % less time than
 * with one thread (paired runs on a shared host), for about 20 % more CPU time and 190 MB of
 * memory against 110.
 */
export function defaultThreads(cpus: number): number {
  return cpus > 2 ? cpus : 1;
}

/** Returns how many worker threads delivered reports (0 when all ran on this thread). */
export async function analyzeAll(items: readonly Item[], pool: PoolOptions, emit: (report: FileReport) => void): Promise<{ workers: number }> {
  const total = items.length;
  const ready = new Map<number, FileReport>();
  let emitted = 0;
  // Unreadable files are reported in their place without a thread's help.
  const jobs: number[] = [];
  items.forEach((item, id) => ('report' in item ? ready.set(id, item.report) : jobs.push(id)));
  let next = 0;
  /** Files a failed worker held, done again here. */
  const retry: number[] = [];
  let wake: (() => void) | null = null;

  const take = (): number | undefined => retry.pop() ?? (next < jobs.length ? jobs[next++] : undefined);
  const deliver = (id: number, report: FileReport): void => {
    ready.set(id, report);
    flush();
  };
  const flush = (): void => {
    for (let r = ready.get(emitted); r !== undefined; r = ready.get(emitted)) {
      ready.delete(emitted);
      emitted++;
      emit(r);
    }
  };
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  flush();

  const workers: Worker[] = [];
  const detach: (() => void)[] = [];
  const count = workerCount(jobs.length, pool);
  pool.started?.stopFrom(count);
  let alive = count;
  let delivering = 0;
  for (let w = 0; w < count; w++) {
    const worker = pool.started?.take(w) ?? startWorker(pool.workerScript!);
    if (!worker) {
      // No thread to be had: this one does the work.
      alive--;
      continue;
    }
    workers.push(worker);
    const held = new Set<number>();
    let batches = 0;
    let failed = false;
    const feed = (): void => {
      while (!failed && batches < BATCHES_AHEAD) {
        // Smaller batches towards the end, so that no thread is left waiting for another.
        const size = Math.max(1, Math.min(BATCH, Math.floor((jobs.length - next) / (2 * (count + 1)))));
        const tasks: Task[] = [];
        while (tasks.length < size) {
          const id = take();
          if (id === undefined) break;
          tasks.push({ id, job: items[id] as Job });
        }
        if (tasks.length === 0) return;
        for (const t of tasks) held.add(t.id);
        batches++;
        worker.postMessage(tasks);
      }
    };
    const fail = (): void => {
      if (failed) return;
      failed = true;
      alive--;
      retry.push(...held);
      held.clear();
      notify();
    };
    let delivered = false;
    const receive = (done: Done[]): void => {
      if (!delivered) delivering++;
      delivered = true;
      batches--;
      for (const d of done) {
        held.delete(d.id);
        deliver(d.id, d.report);
      }
      feed();
      notify();
    };
    worker.on('message', receive);
    worker.on('error', fail);
    worker.on('exit', fail);
    // Only this run's listeners go: a started worker's own stay to the end.
    detach.push(() => worker.off('message', receive).off('error', fail).off('exit', fail));
    feed();
  }

  try {
    while (emitted < total) {
      // This thread analyses files too, from the same queue as the workers.
      const id = take();
      if (id === undefined) {
        // Everything left is with the workers: wait for their reports (or their failure).
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      deliver(id, await analyzeJob(items[id] as Job));
      pool.young?.analysed();
      // An analysis never yields to the event loop: between files, the workers' reports come in
      // and they are given more work.
      if (alive > 0) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    for (const off of detach) off();
    for (const w of workers) void w.terminate();
  }
  return { workers: delivering };
}
