#!/usr/bin/env node
// The CLI's entry (dist/cli.js): small, so that it can start the process again with the flags it
// needs before anything big is loaded, then runs the bundle (dist/dfscan.cjs) with V8's code
// cache. Worker threads start here too (see analyze-all.ts).
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { runBundle } from './compile-cache.js';
import { analysesFiles, compileShellParserEarly } from './early-wasm.js';
import { relaunchWithLiftoff } from './relaunch.js';
import { setV8Flags } from './v8-flags.js';

const code = isMainThread ? relaunchWithLiftoff(fileURLToPath(import.meta.url)) : null;
if (code !== null) {
  process.exitCode = code;
} else {
  setV8Flags();
  if (!isMainThread || analysesFiles(process.argv.slice(2))) await compileShellParserEarly(new URL('.', import.meta.url));
  runBundle(fileURLToPath(new URL('dfscan.cjs', import.meta.url)), import.meta.url, process.env, isMainThread);
}
