/**
 * The reports are written file by file; the text must be what the whole document gives at once.
 */
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/analyze.js';
import { colors } from '../../src/report/color.js';
import { jsonReport, jsonWriter } from '../../src/report/json.js';
import { ttyReport, ttyWriter } from '../../src/report/tty.js';
import { TOOL } from '../../src/version.js';
import { analyze, lines } from '../helpers/analyze.js';

const failed = (path: string): FileReport => ({ path, error: 'no such file or directory', internal: false, findings: [], score: null, estimate: null, details: null });

async function reports(): Promise<FileReport[]> {
  return [
    await analyze(lines('FROM node:22', 'COPY . .', 'RUN npm ci', 'RUN apt-get update && apt-get install -y "a \\"b\\"" \\u00e9')),
    failed('missing/Dockerfile'),
    await analyze(lines('FROM node:22-slim', 'CMD ["node"]')),
  ];
}

/** The document as the contract describes it, serialised in one piece. */
function wholeDocument(files: readonly FileReport[]): string {
  const doc = {
    version: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    files: files.map((f) => ({
      path: f.path,
      error: f.error,
      findings: f.findings.map(({ savingsGroup: _, ...rest }) => rest),
      score: f.score,
      estimate: f.estimate,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

describe('jsonWriter', () => {
  it('writes exactly JSON.stringify(document, null, 2), for no file, one and several', async () => {
    const all = await reports();
    for (const files of [[], all.slice(0, 1), all.slice(1, 2), all]) {
      let text = '';
      const w = jsonWriter((chunk) => {
        text += chunk;
      });
      files.forEach((f) => w.file(f));
      w.end();
      expect(text).toBe(wholeDocument(files));
      expect(jsonReport(files)).toBe(text);
    }
  });
});

describe('ttyWriter', () => {
  it('writes each analysed file when it comes and the totals at the end', async () => {
    const all = await reports();
    const chunks: string[] = [];
    const w = await ttyWriter({ colors: colors(false), width: 80 }, (c) => chunks.push(c));
    w.file(all[0]!);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/^Dockerfile\n┌/);
    w.file(all[1]!);
    expect(chunks).toHaveLength(1);
    w.file(all[2]!);
    w.end();
    const n = all.reduce((sum, f) => sum + f.findings.length, 0);
    expect(n).toBeGreaterThan(1);
    expect(chunks.at(-1)).toBe(`3 files, ${n} findings, 1 not analysed\n`);
    expect(chunks.join('')).toBe(await ttyReport(all, { colors: colors(false), width: 80 }));
    expect(await ttyReport([all[2]!], { colors: colors(false), width: 80 })).toMatch(/no findings\n.*\n.*\n.*\n\n$/);
    expect(await ttyReport([all[1]!], { colors: colors(false), width: 80 })).toBe('1 file, 0 findings, 1 not analysed\n');
  });
});
