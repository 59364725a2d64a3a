/**
 * Bounded property-based fuzzing of the analyzer (issue 8, point 2): Dockerfile text from a
 * grammar and mutated corpus files (test/hardening/mutators.ts), each checked as
 * test/hardening/fuzz-check.ts says: no internal error and no throw, analysed within a second,
 * the same report when analysed again and from a fresh copy, and --fix leaving a text that
 * analyses again. A fixed seed and a few hundred inputs keep it reproducible and short; the long
 * run is `npm run fuzz`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, corpusFiles, corpusPresent } from '../helpers/corpus.js';
import { checkCase, describeCase } from './fuzz-check.js';
import { grammarDockerfile, mutatedDockerfile, type CorpusEntry, type FuzzCase } from './mutators.js';

const SEED = 20261126;
/** The limit per file; a typical input takes a few milliseconds, so this has a wide margin. */
const LIMIT_MS = 1000;
const present = corpusPresent();

/** Runs the checks over `runs` inputs; fails with the first failing input, shrunk. */
async function fuzz(arbitrary: fc.Arbitrary<FuzzCase>, runs: number, label: string): Promise<void> {
  let tried = 0;
  let slowest = { ms: 0, what: '' };
  await fc.assert(
    fc.asyncProperty(arbitrary, async (c) => {
      const { ms, problems } = await checkCase(c, { limitMs: LIMIT_MS, fix: true });
      tried++;
      if (ms > slowest.ms) slowest = { ms, what: describeCase(c) };
      expect(problems, describeCase(c)).toEqual([]);
    }),
    { seed: SEED, numRuns: runs },
  );
  console.log(`fuzz ${label}: ${tried} inputs, seed ${SEED}, slowest ${slowest.ms.toFixed(1)} ms (${slowest.what})`);
  expect(tried).toBeGreaterThanOrEqual(runs);
}

describe('fuzzing the analyzer', () => {
  beforeAll(async () => {
    // Load the shell parser once, so that its start-up is not counted as an input's time.
    await checkCase({ kind: 'grammar', text: 'FROM alpine\nRUN echo hi\n' }, { limitMs: Infinity, fix: false });
  });

  it('analyses Dockerfile text from the grammar', async () => {
    await fuzz(grammarDockerfile.map((text): FuzzCase => ({ kind: 'grammar', text })), 300, 'grammar');
  }, 120_000);

  it.skipIf(!present)('analyses mutated corpus Dockerfiles', async () => {
    const corpus: CorpusEntry[] = corpusFiles('files').map((file) => ({
      name: relative(join(CORPUS, 'files'), file),
      bytes: new Uint8Array(readFileSync(file)),
    }));
    await fuzz(mutatedDockerfile(corpus), 300, 'mutated corpus');
  }, 120_000);

  it.runIf(!present)('has no corpus to mutate', () => {
    console.log(`fuzz: corpus not found at ${CORPUS}: mutated corpus files skipped, grammar text only`);
  });
});
