/**
 * A worker thread of the CLI: analyses the batches of files the main thread sends and sends
 * back their reports (see analyze-all.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeInput, type Done, type Task, type WorkerData } from './analyze-all.js';

export function serveWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorker must run in a worker thread');
  const { options } = workerData as WorkerData;
  port.on('message', async (tasks: Task[]) => {
    const done: Done[] = [];
    for (const t of tasks) done.push({ id: t.id, report: await analyzeInput(t.input, options) });
    port.postMessage(done);
  });
}
