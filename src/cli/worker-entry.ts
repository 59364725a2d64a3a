// A worker thread's entry (dist/worker.cjs, started by analyze-all.ts): runs the bundle with the
// code cache, as bin.ts does, and serves the files the main thread sends. The V8 flags are the
// process's, set by the main thread before it compiled the bundle, so the cache fits here too.
import { bundleFile } from './bundle-file.js';
import { runBundle } from './compile-cache.js';
import { compileShellParserEarly } from './early-wasm.js';

// A worker is started for many files, which have RUN instructions.
void compileShellParserEarly(new URL('.', import.meta.url)).then(() => runBundle(bundleFile(import.meta.url), import.meta.url, process.env, false).serveWorker!());
