#!/usr/bin/env node
// `npm run fuzz`: the long fuzz run. Feeds N generated Dockerfiles (grammar text and mutated
// corpus files, from test/hardening/mutators.ts) through the library, with the same checks as
// the bounded test (test/hardening/fuzz-check.ts): no internal error, no analysis over the time
// limit, the same report twice. Prints how many inputs it tried and how many failed; on a
// failure writes each failing input and what went wrong to --out and exits 1.
//
//   node scripts/fuzz.mjs [--runs N] [--seed N] [--corpus DIR] [--limit-ms N] [--no-fix] [--out DIR]
//
// The TypeScript sources are bundled with esbuild (as scripts/build.mjs bundles the CLI) into
// node_modules/.cache, where the WebAssembly parsers resolve from node_modules.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus', 'files') },
    'limit-ms': { type: 'string', default: '1000' },
    'no-fix': { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'fuzz-failures') },
  },
});
const runs = Number(args.runs);
const seed = args.seed === undefined ? Date.now() % 2 ** 31 : Number(args.seed);
const limitMs = Number(args['limit-ms']);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, not ${args.runs}`);
if (!Number.isInteger(seed)) fail(`--seed must be an integer, not ${args.seed}`);
if (!(limitMs > 0)) fail(`--limit-ms must be a positive number, not ${args['limit-ms']}`);

const bundle = join(ROOT, 'node_modules', '.cache', 'dfscan-fuzz', 'fuzz.mjs');
await build({
  stdin: {
    contents: [
      "export { default as fc } from 'fast-check';",
      "export { fuzzCase } from './test/hardening/mutators.ts';",
      "export { checkCase, caseBytes, describeCase } from './test/hardening/fuzz-check.ts';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
    sourcefile: 'fuzz-entry.ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __dfscanRequire } from 'node:module';\nconst require = __dfscanRequire(import.meta.url);" },
});
const { fc, fuzzCase, checkCase, caseBytes, describeCase } = await import(pathToFileURL(bundle).href);

let corpus = [];
try {
  corpus = readdirSync(args.corpus, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ name: relative(args.corpus, file), bytes: new Uint8Array(readFileSync(file)) }));
} catch {
  // No corpus: the grammar still runs.
}
const log = (s) => process.stderr.write(`${s}\n`);
log(corpus.length > 0
  ? `fuzz: ${runs} inputs, seed ${seed}, grammar text and mutations of ${corpus.length} files from ${args.corpus}`
  : `fuzz: ${runs} inputs, seed ${seed}, grammar text only (no corpus at ${args.corpus})`);

// One analysis first, so that loading the shell parser is not counted as an input's time.
await checkCase({ kind: 'grammar', text: 'FROM alpine\nRUN echo\n' }, { limitMs: Infinity, fix: false });

let tried = 0;
let slowest = { ms: 0, what: '' };
const failures = [];
const counts = { internal: 0, slow: 0, nondeterministic: 0, fix: 0, threw: 0 };
const started = performance.now();
const every = Math.max(1, Math.min(5000, Math.floor(runs / 20)));

await fc.assert(
  fc.asyncProperty(fuzzCase(corpus), async (c) => {
    const result = await checkCase(c, { limitMs, fix: !args['no-fix'] });
    tried++;
    if (result.ms > slowest.ms) slowest = { ms: result.ms, what: describeCase(c) };
    if (result.problems.length > 0) {
      failures.push({ c, problems: result.problems });
      for (const p of result.problems) counts[kindOf(p)]++;
    }
    if (tried % every === 0) {
      const s = (performance.now() - started) / 1000;
      log(`  ${tried}/${runs} inputs, ${failures.length} failed, slowest ${slowest.ms.toFixed(0)} ms, ${s.toFixed(0)} s`);
    }
    // Every input runs: failures are collected here, not shrunk.
    return true;
  }),
  { seed, numRuns: runs },
);

const seconds = (performance.now() - started) / 1000;
console.log(`inputs tried: ${tried}`);
console.log(`failed: ${failures.length} (internal error ${counts.internal}, threw ${counts.threw}, over ${limitMs} ms ${counts.slow}, nondeterministic ${counts.nondeterministic}, --fix ${counts.fix})`);
console.log(`slowest: ${slowest.ms.toFixed(1)} ms (${slowest.what})`);
console.log(`seed: ${seed}`);
console.log(`time: ${seconds.toFixed(0)} s`);

if (failures.length > 0) {
  rmSync(args.out, { recursive: true, force: true });
  mkdirSync(args.out, { recursive: true });
  failures.forEach(({ c, problems }, i) => {
    const name = `failure-${String(i + 1).padStart(4, '0')}`;
    writeFileSync(join(args.out, `${name}.Dockerfile`), caseBytes(c));
    writeFileSync(join(args.out, `${name}.txt`), `${describeCase(c)}\n${problems.join('\n')}\n`);
  });
  console.log(`failing inputs written to ${args.out}`);
  process.exit(1);
}

function kindOf(problem) {
  if (problem.startsWith('internal error')) return 'internal';
  if (problem.startsWith('slow')) return 'slow';
  if (problem.startsWith('nondeterministic')) return 'nondeterministic';
  if (problem.includes('threw')) return 'threw';
  return 'fix';
}

function fail(message) {
  process.stderr.write(`fuzz: ${message}\n`);
  process.exit(2);
}
