/**
 * Analyses the files of a run and hands each report on in the order of the inputs, as soon as
 * it and every report before it are ready. A few files are analysed on this thread, which
 * starts fastest. Many files go to worker threads (the bundled CLI started again as a worker,
 * see bin.ts), in batches, while this thread orders the reports: a report is plain data and
 * does not depend on the thread that made it, so the output is the same as from one thread.
 */
import { Worker } from 'node:worker_threads';
import { RULES } from '../../rules/index.js';
import { analyzeFile, notAnalysed, type AnalyzeOptions, type FileInput, type FileReport } from '../analyze.js';
import { readInput, type PendingInput } from './inputs.js';

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
  /** The script a worker runs (the bundled CLI); without one, everything runs on this thread. */
  readonly workerScript?: URL | undefined;
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

/** Analyses one job; the same on every thread. */
export function analyzeJob(job: Job): Promise<FileReport> {
  const input = readInput(job.input);
  if ('error' in input) return Promise.resolve(notAnalysed(input.path, input.error));
  const { ruleIds, ...options } = job.options;
  return analyzeFile(input, { ...options, rules: ruleIds.map((id) => BY_ID.get(id)!) });
}

/**
 * How many worker threads a run of `files` files gets: none for a few files, and at most one
 * fewer than the threads, since this one is busy too (reading files, taking reports back from
 * the workers, writing them). Measured on 2 cores: this thread and one worker are faster than
 * this thread and two, which compete with it for the cores.
 */
export function workerCount(files: number, pool: PoolOptions): number {
  if (!pool.workerScript) return 0;
  return Math.max(0, Math.min(pool.threads - 1, Math.floor(files / FILES_PER_WORKER)));
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
  const count = workerCount(jobs.length, pool);
  let alive = count;
  let delivering = 0;
  for (let w = 0; w < count; w++) {
    let worker: Worker;
    try {
      worker = new Worker(pool.workerScript!, { resourceLimits: WORKER_LIMITS });
    } catch {
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
        const size = Math.max(1, Math.min(BATCH, Math.floor((jobs.length - next) / (2 * count))));
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
    worker.on('message', (done: Done[]) => {
      if (!delivered) delivering++;
      delivered = true;
      batches--;
      for (const d of done) {
        held.delete(d.id);
        deliver(d.id, d.report);
      }
      feed();
      notify();
    });
    worker.on('error', fail);
    worker.on('exit', fail);
    feed();
  }

  try {
    while (emitted < total) {
      // With workers, this thread analyses only what failed workers leave.
      const id = alive === 0 ? take() : retry.pop();
      if (id === undefined) {
        // Everything left is with the workers: wait for their reports (or their failure).
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      deliver(id, await analyzeJob(items[id] as Job));
    }
  } finally {
    for (const w of workers) {
      w.removeAllListeners();
      void w.terminate();
    }
  }
  return { workers: delivering };
}
