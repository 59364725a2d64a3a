/**
 * A worker thread of the CLI: analyses the batches of files the main thread sends and sends
 * back their reports (see analyze-all.ts).
 */
import { loadShellParser } from '../parse/shell/parser.js';
import { analyzeJob, type Done, type Task } from './analyze-all.js';

export function serveWorker(): void {
  const port = process.getBuiltinModule('node:worker_threads').parentPort;
  if (!port) throw new Error('serveWorker must run in a worker thread');
  // A worker is started for many files, which have RUN instructions: the shell parser loads
  // while the first files are on their way. A failure to load is met again, and reported, by
  // the first analysis that needs the parser.
  loadShellParser().catch(() => {});
  port.on('message', async (tasks: Task[]) => {
    const done: Done[] = [];
    for (const t of tasks) done.push({ id: t.id, report: await analyzeJob(t.job) });
    port.postMessage(done);
  });
}
