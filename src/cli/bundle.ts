// The bundle's entry (dist/dfscan.cjs, run by bin.ts): a worker thread serves files, the main
// thread runs the CLI. `import.meta.url` is the URL of bin.ts's file, which workers start again.
import { isMainThread } from 'node:worker_threads';

// What bin.ts asks the bundle when the run ends: has it compiled the analysis of a RUN (see compile-cache.ts)?
export { shellParserStarted as analysedRun } from '../parse/shell/parser.js';

if (!isMainThread) {
  void import('./worker.js').then(({ serveWorker }) => serveWorker());
} else {
  void import('./main.js').then(({ run }) => run(new URL(import.meta.url)));
}
