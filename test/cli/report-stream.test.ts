/**
 * The JSON and terminal reports of a run, written as files are analysed: the same text as the
 * whole report, handed to the output in a few pieces rather than one per file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../src/cli/gates.js';
import { reportStream } from '../../src/cli/report-stream.js';
import { checkstyleReport } from '../../src/report/checkstyle.js';
import { colors } from '../../src/report/color.js';
import { gitlabReport } from '../../src/report/gitlab.js';
import { rdjsonReport } from '../../src/report/rdjson.js';
import { ttyReport } from '../../src/report/tty.js';
import { jsonReport } from '../../src/report/json.js';
import { analyze } from '../helpers/analyze.js';
import { ROOT } from '../helpers/cli.js';

describe('the JSON stream', () => {
  it('writes the document jsonReport makes, in fewer writes than files', async () => {
    const text = readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8');
    const one = await analyze(text);
    const reports = Array.from({ length: 60 }, (_, i) => ({ ...one, path: `svc-${i}/Dockerfile` }));
    const writes: string[] = [];
    const stream = reportStream([{ format: 'json', file: null }], { write: (s: string) => writes.push(s) }, { write: () => true }, { root: ROOT, color: false, width: 80 })!;
    const kept = reports.map((r) => stream.file(r, 'warning'));
    expect(stream.end(kept, [])).toBe(true);
    expect(writes.join('')).toBe(jsonReport(reports));
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(reports.length / 4);
  });

  it('writes the terminal report ttyReport makes, with the totals of every finding, in colour when asked', async () => {
    const text = readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8');
    const one = await analyze(text);
    const clean = await analyze('FROM scratch\n');
    const failed = { ...clean, path: 'missing/Dockerfile', error: 'cannot read', findings: [] };
    const reports = [...Array.from({ length: 30 }, (_, i) => ({ ...one, path: `svc-${i}/Dockerfile` })), { ...clean, path: 'empty/Dockerfile' }, failed];
    const gates: GateResult[] = [{ gate: 'min-score', path: 'svc-0/Dockerfile', limit: 50, value: 40, pass: false }];
    for (const color of [false, true]) {
      const writes: string[] = [];
      const stream = reportStream([{ format: 'tty', file: null }], { write: (s: string) => writes.push(s) }, { write: () => true }, { root: ROOT, color, width: 100 })!;
      // Only the findings at or above the threshold are kept, yet the totals count all of them.
      const kept = reports.map((r) => stream.file(r, 'error'));
      expect(kept.some((k, i) => k.findings.length < reports[i]!.findings.length)).toBe(true);
      expect(stream.end(kept, gates)).toBe(true);
      expect(writes.join('')).toBe(ttyReport(reports, { colors: colors(color), width: 100 }, gates));
      expect(writes.length).toBeLessThan(reports.length / 4);
    }
    expect(ttyReport(reports, { colors: colors(false), width: 100 })).toMatch(/^32 files, \d+ findings, 1 not analysed$/m);
  });

  it('writes the Checkstyle document checkstyleReport makes, for no file too', async () => {
    const one = await analyze(readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8'));
    const failed = { ...one, path: 'missing/Dockerfile', error: 'cannot read', findings: [] };
    for (const reports of [[one, { ...one, path: 'b/Dockerfile' }, failed], []]) {
      const writes: string[] = [];
      const stream = reportStream([{ format: 'checkstyle', file: null }], { write: (s: string) => writes.push(s) }, { write: () => true }, { root: ROOT, color: false, width: 80 })!;
      const kept = reports.map((r) => stream.file(r, 'none'));
      expect(stream.end(kept, [])).toBe(true);
      expect(writes.join('')).toBe(checkstyleReport(reports));
    }
  });

  it('writes the GitLab and rdjson documents their reports make, for no file too', async () => {
    const one = await analyze(readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8'));
    const failed = { ...one, path: 'missing/Dockerfile', error: 'cannot read', findings: [] };
    const clean = await analyze('FROM scratch\n');
    for (const reports of [[one, { ...clean, path: 'clean/Dockerfile' }, { ...one, path: join(ROOT, 'b/Dockerfile') }, failed], [clean], []]) {
      for (const [format, whole] of [
        ['gitlab', gitlabReport(reports, { root: ROOT })],
        ['rdjson', rdjsonReport(reports, { root: ROOT })],
      ] as const) {
        const writes: string[] = [];
        const stream = reportStream([{ format, file: null }], { write: (s: string) => writes.push(s) }, { write: () => true }, { root: ROOT, color: false, width: 80 })!;
        const kept = reports.map((r) => stream.file(r, 'warning'));
        expect(stream.end(kept, [])).toBe(true);
        expect(writes.join(''), format).toBe(whole);
        expect(() => JSON.parse(whole)).not.toThrow();
      }
    }
  });

  it('takes only one report, in a format written file by file', () => {
    const out = { write: () => true };
    const look = { root: ROOT, color: false, width: 80 };
    expect(reportStream([{ format: 'sarif', file: null }], out, out, look)).toBeNull();
    expect(reportStream([{ format: 'markdown', file: null }], out, out, look)).toBeNull();
    expect(reportStream([{ format: 'tty', file: null }, { format: 'json', file: 'r.json' }], out, out, look)).toBeNull();
    expect(reportStream([{ format: 'tty', file: 'r.txt' }], out, out, look)).not.toBeNull();
  });
});
