#!/usr/bin/env node
// The bundled CLI is also the script of its worker threads; each loads only what it runs.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const { run } = await import('./main.js');
  await run(new URL(import.meta.url));
} else {
  const { serveWorker } = await import('./worker.js');
  serveWorker();
}
