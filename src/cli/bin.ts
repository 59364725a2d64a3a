#!/usr/bin/env node
// The CLI's entry (dist/cli.cjs): small, so that it can start the process again with the flags
// it needs before anything big is loaded, then runs the bundle (dist/dfscan.cjs) with V8's code
// cache. Worker threads start from worker-entry.ts (dist/worker.cjs) instead, so that this entry
// never loads node:worker_threads to tell the two apart. Built as CommonJS (scripts/build.mjs),
// so it awaits nothing at its top level.
import { fileURLToPath } from 'node:url';
import { bundleFile } from './bundle-file.js';
import { runBundle } from './compile-cache.js';
import { analysesFiles, compileShellParserEarly } from './early-wasm.js';
import { relaunchWithLiftoff } from './relaunch.js';
import { setV8Flags } from './v8-flags.js';

const code = relaunchWithLiftoff(fileURLToPath(import.meta.url));
if (code !== null) {
  process.exitCode = code;
} else {
  setV8Flags();
  const start = (): void => runBundle(bundleFile(import.meta.url), import.meta.url, process.env, true).runCli!(new URL('worker.cjs', import.meta.url));
  if (analysesFiles(process.argv.slice(2))) void compileShellParserEarly(new URL('.', import.meta.url)).then(start);
  else start();
}
