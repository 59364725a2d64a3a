#!/usr/bin/env node
// The CLI's entry (dist/cli.js): small, so that it can start the process again with the flags it
// needs before anything big is loaded, then runs the bundle (dist/dfscan.cjs) with V8's code
// cache. Worker threads start here too (see analyze-all.ts).
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { runBundle } from './compile-cache.js';
import { analysesFiles, compileShellParserEarly, EAGER_WASM_FLAG } from './early-wasm.js';
import { relaunchWithLiftoff } from './relaunch.js';

const code = isMainThread ? relaunchWithLiftoff(fileURLToPath(import.meta.url)) : null;
if (code !== null) {
  process.exitCode = code;
} else {
  // The shell parser needs this flag (see parser.ts). Set before the bundle is compiled, it is
  // among the flags V8 checks a code cache against both when the cache is made, as the run ends,
  // and when the next run starts.
  setFlagsFromString('--liftoff-only');
  // Set on every run, like the flag above, since the code cache is checked against V8's flags.
  setFlagsFromString(EAGER_WASM_FLAG);
  if (!isMainThread || analysesFiles(process.argv.slice(2))) await compileShellParserEarly(new URL('.', import.meta.url));
  runBundle(fileURLToPath(new URL('dfscan.cjs', import.meta.url)), import.meta.url, process.env, isMainThread);
}
