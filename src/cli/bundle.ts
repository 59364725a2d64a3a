// The bundle's entry (dist/dfscan.cjs), run by bin.ts on the main thread and by worker-entry.ts
// on worker threads. `import.meta.url` is the URL of the entry that runs it.

// What bin.ts asks the bundle when the run ends: has it compiled the analysis of a RUN (see compile-cache.ts)?
export { shellParserStarted as analysedRun } from '../parse/shell/parser.js';

/** Runs the CLI; `workerScript` is the entry worker threads start from. */
export function runCli(workerScript: URL): void {
  void import('./main.js').then(({ run }) => run(workerScript));
}

export function serveWorker(): void {
  void import('./worker.js').then((worker) => worker.serveWorker());
}
