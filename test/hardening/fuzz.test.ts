/**
 * Bounded property-based fuzzing of the analyzer (issue 8, point 2): Dockerfile text from a
 * grammar and mutated corpus files (test/hardening/mutators.ts), each checked as
 * test/hardening/fuzz-check.ts says: no internal error and no throw, analysed within a second,
 * the same report when analysed again and from a fresh copy, and --fix leaving a text that
 * analyses again. A fixed seed and a few hundred inputs keep it reproducible and short; the long
 * run is `npm run fuzz`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analyze.js';
import { fixFile } from '../../src/fix/fix-file.js';
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

describe('inputs the fuzzing found', () => {
  it('matches a COPY wildcard with an unclosed [ against lockfile names without an internal error', async () => {
    // The wildcard was turned into a regular expression, which an unclosed [ made invalid.
    const text = 'FROM node:20\nWORKDIR /app\nCOPY aa[packagepackage.json ./\nRUN yarn install\n';
    const { problems } = await checkCase({ kind: 'grammar', text }, { limitMs: LIMIT_MS, fix: true });
    expect(problems).toEqual([]);
  });

  it('matches a COPY wildcard of many stars in linear time', async () => {
    // As a regular expression `^.*.*.*...x$` backtracked: 12 stars took a second, 20 minutes.
    const text = `FROM node:20\nWORKDIR /app\nCOPY ${'*'.repeat(5000)}x ./\nRUN npm install\n`;
    const start = performance.now();
    const report = await analyzeFile({ path: 'Dockerfile', text });
    expect(report.error).toBeNull();
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('still finds the lockfile a COPY wildcard brings, with the build context', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-fuzz-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{ "name": "app" }\n');
      writeFileSync(join(dir, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
      const dockerfile = join(dir, 'Dockerfile');
      const rulesFor = async (pattern: string) => {
        const text = `FROM node:20\nWORKDIR /app\nCOPY ${pattern} ./\nRUN npm install\n`;
        const report = await analyzeFile({ path: dockerfile, text }, { context: { dir, dockerfile } });
        expect(report.error).toBeNull();
        return report.findings.map((f) => f.rule);
      };
      expect(await rulesFor('package*.json')).toContain('npm-install-not-ci');
      expect(await rulesFor('package[-.]*json')).toContain('npm-install-not-ci');
      expect(await rulesFor('package?json')).not.toContain('npm-install-not-ci');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fixes the last RUN of a file with no final line break without splitting it', async () => {
    // consecutive-runs deleted the last RUN up to the end of the file, exactly where
    // package-cache appended to it: the appended `&& yarn cache clean` landed on a line of its own.
    for (const text of ['FROM composer\nRUN apk add --no-cache git\nRUN yarn install', 'from composer \r\nRUN apk add --no-cache git\r\nRUN yarn install']) {
      const outcome = await fixFile({ path: 'Dockerfile', text }, {}, { unsafe: true });
      expect(outcome.notice).toBeNull();
      expect(outcome.report.error).toBeNull();
      expect(outcome.fixed).toMatch(/^FROM composer ?\r?\nRUN apk add --no-cache git && yarn install && yarn cache clean\r?\n?$/);
    }
  });
});
