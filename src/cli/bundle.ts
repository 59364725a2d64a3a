// The bundle's entry (dist/dfscan.cjs), run by bin.ts on the main thread and by worker-entry.ts
// on worker threads. `import.meta.url` is the URL of the entry that runs it.
import { shellParserStarted } from '../parse/shell/parser.js';
import { analysedHere } from './analysed-count.js';

/**
 * The most files a run may analyse and still make the code cache. V8 caches every function a run
 * has compiled, and a long run compiles code a run of a few files never needs: one-file runs
 * started 13 ms slower from the cache of a corpus run (194 against 181 ms, medians of 41) than
 * from the cache of a one-file run.
 */
const TYPICAL_RUN_FILES = 10;

/**
 * What bin.ts asks the bundle when the run ends (see compile-cache.ts): the cache this run would
 * make, complete when it analysed a RUN in a few files, partial when it analysed none; none
 * after many files.
 */
export function cacheKind(): 'complete' | 'partial' | null {
  if (analysedHere() > TYPICAL_RUN_FILES) return null;
  return shellParserStarted() ? 'complete' : 'partial';
}

/** Runs the CLI; `workerScript` is the entry worker threads start from. */
export function runCli(workerScript: URL): void {
  void import('./main.js').then(({ run }) => run(workerScript));
}

export function serveWorker(): void {
  void import('./worker.js').then((worker) => worker.serveWorker());
}
