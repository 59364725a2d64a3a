/**
 * The young generation of the thread that analyses (src/cli/young-generation.ts): held until the
 * first file, then let grow to the cap, then held again.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLD_YOUNG_GENERATION, YOUNG_SEMI_SPACE_CAP_MB, youngGenerationForAnalyses } from '../../src/cli/young-generation.js';
import { V8_FLAGS } from '../../src/cli/v8-flags.js';
import { ROOT, dfscan } from '../helpers/cli.js';

const MB = 2 ** 20;
const CAP = 2 * YOUNG_SEMI_SPACE_CAP_MB * MB;

describe('youngGenerationForAnalyses', () => {
  function follow(sizes: number[]): string[][] {
    const set: string[] = [];
    let size = 0;
    const young = youngGenerationForAnalyses((f) => set.push(f), () => size);
    return sizes.map((s) => {
      size = s;
      set.length = 0;
      young.analysed();
      return [...set];
    });
  }

  it('lets the young generation grow after the first file, and holds it again once it reaches the cap', () => {
    expect(follow([CAP / 4, CAP / 4, CAP / 2, CAP, CAP, CAP / 4])).toEqual([
      ['--semi-space-growth-factor=2'],
      [],
      [],
      [HOLD_YOUNG_GENERATION],
      [],
      // Shrunk by V8 after the cap: not grown again.
      [],
    ]);
  });

  it('never lets a young generation grow that is at the cap already', () => {
    expect(follow([CAP, CAP / 4])).toEqual([[], []]);
  });

  it('is held by the flags the CLI starts with', () => {
    expect(V8_FLAGS).toContain(HOLD_YOUNG_GENERATION);
  });
});

describe('the young generation of a CLI run', () => {
  it('stays within the cap over many files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-young-'));
    try {
      const example = readFileSync(join(ROOT, 'examples', 'node-app', 'Dockerfile'), 'utf8');
      for (let i = 0; i < 400; i++) {
        mkdirSync(join(dir, String(i)));
        writeFileSync(join(dir, String(i), 'Dockerfile'), `${example}\nRUN echo ${i} && apt-get update && apt-get install -y curl\n`);
      }
      // Prints the new space's size as the process ends.
      const probe = join(dir, 'probe.cjs');
      writeFileSync(probe, `process.on('exit', () => process.stderr.write('new space ' + require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size + '\\n'));`);
      const run = dfscan(['-j', '1', '-f', 'json', '--failure-threshold', 'none', dir], { env: { NODE_OPTIONS: `--require ${probe}` } });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).files).toHaveLength(400);
      // Every process's (Node 22 and later start a second, see relaunch.ts).
      const sizes = [...run.stderr.matchAll(/new space (\d+)/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      // Without the hold it grew to 16 MB over these files, and to 32 MB over the corpus.
      expect(Math.max(...sizes)).toBeLessThanOrEqual(CAP);
      expect(Math.min(...sizes)).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
