#!/usr/bin/env node
// The bundled CLI is also the script of its worker threads; each loads only what it runs.
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { relaunchWithLiftoff } from './relaunch.js';

if (!isMainThread) {
  const { serveWorker } = await import('./worker.js');
  serveWorker();
} else {
  const code = relaunchWithLiftoff(fileURLToPath(import.meta.url));
  if (code !== null) {
    process.exitCode = code;
  } else {
    const { run } = await import('./main.js');
    await run(new URL(import.meta.url));
  }
}
