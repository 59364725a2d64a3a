/**
 * Every Dockerfile of the shared corpus (real files from public repositories, kept beside the
 * project in ../shared/corpus) is analysed without an internal error. Template files, which are
 * not valid Dockerfiles, must not crash either.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/analyze.js';
import { CORPUS, corpusFiles, corpusPresent } from './helpers/corpus.js';

const present = corpusPresent();
if (!present) console.warn(`corpus tests skipped: ${CORPUS} not found (see ../shared/corpus/README.md)`);

describe.skipIf(!present)('corpus', () => {
  for (const folder of ['files', 'templates'] as const) {
    it(`analyses every file in corpus/${folder} without an internal error`, async () => {
      const files = corpusFiles(folder);
      let findings = 0;
      let fileErrors = 0;
      const internal: string[] = [];
      const byRule = new Map<string, number>();
      for (const path of files) {
        const report = await analyzeFile({ path, bytes: readFileSync(path) });
        if (report.internal) internal.push(`${path}: ${report.error}`);
        else if (report.error) fileErrors++;
        findings += report.findings.length;
        for (const f of report.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      }
      const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ');
      console.log(`corpus/${folder}: ${files.length} files, ${findings} findings (${rules}), ${fileErrors} refused, ${internal.length} internal errors`);
      expect(internal).toEqual([]);
      expect(files.length).toBeGreaterThan(folder === 'files' ? 4000 : 300);
    }, 600_000);
  }
});
