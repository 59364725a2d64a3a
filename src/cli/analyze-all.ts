/**
 * Analyses the files of a run and hands each report on in the order of the inputs, as soon as
 * it and every report before it are ready. A few files are analysed on this thread, which
 * starts fastest. Many files go to worker threads (the bundled CLI started again as a worker,
 * see bin.ts), in batches, while this thread only orders and writes the reports: a worker's
 * heap is sized for the job (see WORKER_LIMITS), and a report does not depend on the thread
 * that made it, so the output is the same as from one thread.
 */
import { Worker } from 'node:worker_threads';
import { analyzeFile, type FileReport } from '../analyze.js';
import { readInput, type InputRef } from './inputs.js';

/** What every thread needs to analyse a file; sent to workers, so plain data. */
export interface RunOptions {
  readonly buildArgs: ReadonlyMap<string, string>;
  readonly maxFileBytes: number;
}

export interface PoolOptions {
  /** Threads that may analyse files, this one included. */
  readonly threads: number;
  /** The script a worker runs (the bundled CLI); without one, everything runs on this thread. */
  readonly workerScript?: URL | undefined;
}

/**
 * Files each worker must have to be worth starting: a worker takes about 0.1 s to load the CLI
 * and the shell parser, and a Dockerfile takes about 1 ms.
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

export interface WorkerData {
  readonly options: RunOptions;
}

export interface Task {
  readonly id: number;
  readonly input: InputRef;
}

export interface Done {
  readonly id: number;
  readonly report: FileReport;
}

/** Reads and analyses one input. Reports keep no graph: they cross threads and are written at once. */
export async function analyzeInput(ref: InputRef, options: RunOptions): Promise<FileReport> {
  const input = readInput(ref, options.maxFileBytes);
  if ('error' in input) {
    return { path: input.path, error: input.error, internal: false, findings: [], score: null, estimate: null, details: null };
  }
  return { ...(await analyzeFile(input, { buildArgs: options.buildArgs })), details: null };
}

/** How many worker threads a run of `files` files gets: none for a few files. */
export function workerCount(files: number, pool: PoolOptions): number {
  if (!pool.workerScript) return 0;
  return Math.min(pool.threads, Math.floor(files / FILES_PER_WORKER));
}

/** Returns how many worker threads delivered reports (0 when all ran on this thread). */
export async function analyzeAll(
  inputs: readonly InputRef[],
  options: RunOptions,
  pool: PoolOptions,
  emit: (report: FileReport) => void,
): Promise<{ workers: number }> {
  const total = inputs.length;
  const ready = new Map<number, FileReport>();
  let emitted = 0;
  let next = 0;
  /** Files a failed worker held, done again here. */
  const retry: number[] = [];
  let wake: (() => void) | null = null;

  const take = (): number | undefined => retry.pop() ?? (next < total ? next++ : undefined);
  const deliver = (id: number, report: FileReport): void => {
    ready.set(id, report);
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

  const workers: Worker[] = [];
  const count = workerCount(total, pool);
  let alive = count;
  let delivering = 0;
  for (let w = 0; w < count; w++) {
    let worker: Worker;
    try {
      worker = new Worker(pool.workerScript!, { workerData: { options } satisfies WorkerData, resourceLimits: WORKER_LIMITS });
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
        const size = Math.max(1, Math.min(BATCH, Math.floor((total - next) / (2 * count))));
        const tasks: Task[] = [];
        while (tasks.length < size) {
          const id = take();
          if (id === undefined) break;
          tasks.push({ id, input: inputs[id]! });
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
      deliver(id, await analyzeInput(inputs[id]!, options));
    }
  } finally {
    for (const w of workers) {
      w.removeAllListeners();
      void w.terminate();
    }
  }
  return { workers: delivering };
}
