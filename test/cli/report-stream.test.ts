/**
 * The reports of a run, written as files are analysed: the same text as the whole report, handed
 * to each output in a few pieces rather than one per file.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/analyze.js';
import type { GateResult } from '../../src/cli/gates.js';
import { exitCode } from '../../src/cli/main.js';
import { reportStream } from '../../src/cli/report-stream.js';
import { analyze } from '../helpers/analyze.js';
import { ROOT } from '../helpers/cli.js';
import { reportText } from '../helpers/reports.js';

describe('the JSON stream', () => {
  it('writes the document the JSON report is, in fewer writes than files', async () => {
    const text = readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8');
    const one = await analyze(text);
    const reports = Array.from({ length: 60 }, (_, i) => ({ ...one, path: `svc-${i}/Dockerfile` }));
    const writes: string[] = [];
    const stream = reportStream([{ format: 'json', file: null }], { write: (s: string) => writes.push(s) }, { write: () => true }, { root: ROOT, color: false, width: 80 });
    const kept = reports.map((r) => stream.file(r, 'warning'));
    expect(stream.end(kept, [])).toBe(true);
    expect(writes.join('')).toBe(reportText('json', reports));
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(reports.length / 4);
  });

  it('writes the terminal report as rendered whole, with the totals of every finding, in colour when asked', async () => {
    const text = readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8');
    const one = await analyze(text);
    const clean = await analyze('FROM scratch\n');
    const failed = { ...clean, path: 'missing/Dockerfile', error: 'cannot read', findings: [] };
    const reports = [...Array.from({ length: 30 }, (_, i) => ({ ...one, path: `svc-${i}/Dockerfile` })), { ...clean, path: 'empty/Dockerfile' }, failed];
    const gates: GateResult[] = [{ gate: 'min-score', path: 'svc-0/Dockerfile', limit: 50, value: 40, pass: false }];
    for (const color of [false, true]) {
      const writes: string[] = [];
      const stream = reportStream([{ format: 'tty', file: null }], { write: (s: string) => writes.push(s) }, { write: () => true }, { root: ROOT, color, width: 100 });
      // One finding at or above the threshold is kept, which is what the exit code asks, yet the
      // totals count all of them.
      const kept = reports.map((r) => stream.file(r, 'warning'));
      const failing = (r: FileReport): boolean => r.findings.some((f) => f.severity === 'warning' || f.severity === 'error');
      expect(kept.map((k) => k.findings.length)).toEqual(reports.map((r) => (failing(r) ? 1 : 0)));
      expect(kept.filter((k) => k.findings.length === 1).every(failing)).toBe(true);
      expect(reports.some((r) => r.findings.length > 1 && failing(r))).toBe(true);
      // The exit code is the same from what was kept (the file not analysed aside: it makes 2).
      const codeOf = (rs: FileReport[]): number => exitCode(rs.filter((r) => r.error === null), rs.map(() => 'warning' as const));
      expect(codeOf(kept)).toBe(1);
      expect(codeOf(kept)).toBe(codeOf(reports));
      expect(stream.end(kept, gates)).toBe(true);
      expect(writes.join('')).toBe(reportText('tty', reports, { color, width: 100, gates }));
      expect(writes.length).toBeLessThan(reports.length / 4);
    }
    expect(reportText('tty', reports, { width: 100 })).toMatch(/^32 files, \d+ findings, 1 not analysed$/m);
  });

  it('writes the Checkstyle document as rendered whole, for no file too', async () => {
    const one = await analyze(readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8'));
    const failed = { ...one, path: 'missing/Dockerfile', error: 'cannot read', findings: [] };
    for (const reports of [[one, { ...one, path: 'b/Dockerfile' }, failed], []]) {
      const writes: string[] = [];
      const stream = reportStream([{ format: 'checkstyle', file: null }], { write: (s: string) => writes.push(s) }, { write: () => true }, { root: ROOT, color: false, width: 80 });
      const kept = reports.map((r) => stream.file(r, 'none'));
      expect(stream.end(kept, [])).toBe(true);
      expect(writes.join('')).toBe(reportText('checkstyle', reports));
    }
  });

  it('writes the GitLab, rdjson, SARIF, GitHub and Markdown reports as rendered whole, for no file too', async () => {
    const one = await analyze(readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8'));
    const failed = { ...one, path: 'missing/Dockerfile', error: 'cannot read', findings: [] };
    const clean = await analyze('FROM scratch\n');
    for (const reports of [[one, { ...clean, path: 'clean/Dockerfile' }, { ...one, path: join(ROOT, 'b/Dockerfile') }, failed], [clean], []]) {
      for (const [format, whole] of [
        ['gitlab', reportText('gitlab', reports, { root: ROOT })],
        ['rdjson', reportText('rdjson', reports, { root: ROOT })],
        ['sarif', reportText('sarif', reports, { root: ROOT })],
        ['github', reportText('github', reports, { root: ROOT })],
        ['markdown', reportText('markdown', reports, { root: ROOT })],
      ] as const) {
        const writes: string[] = [];
        const stream = reportStream([{ format, file: null }], { write: (s: string) => writes.push(s) }, { write: () => true }, { root: ROOT, color: false, width: 80 });
        const kept = reports.map((r) => stream.file(r, 'warning'));
        expect(stream.end(kept, [])).toBe(true);
        expect(writes.join(''), format).toBe(whole);
        // The JSON documents are whole ones; GitHub's annotations are lines, Markdown a document.
        if (format === 'github') expect(whole === '' || whole.startsWith('::')).toBe(true);
        else if (format === 'markdown') expect(whole).toMatch(/^## dfscan\n/);
        else expect(() => JSON.parse(whole)).not.toThrow();
      }
    }
  });

  it('writes several reports at once, each as rendered whole, a file in plain text at 80 columns', async () => {
    const one = await analyze(readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-stream-'));
    const writes: string[] = [];
    const outputs = [
      { format: 'tty', file: null },
      { format: 'json', file: join(dir, 'r.json') },
      { format: 'tty', file: join(dir, 'r.txt') },
      { format: 'github', file: join(dir, 'clean.txt') },
    ] as const;
    const stream = reportStream(outputs, { write: (s: string) => writes.push(s) }, { write: () => true }, { root: ROOT, color: true, width: 120 });
    const kept = [one].map((r) => stream.file(r, 'warning'));
    expect(stream.end(kept, [])).toBe(true);
    expect(writes.join('')).toBe(reportText('tty', [one], { root: ROOT, color: true, width: 120 }));
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe(reportText('json', [one], { root: ROOT }));
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(reportText('tty', [one], { root: ROOT }));
    expect(readFileSync(join(dir, 'clean.txt'), 'utf8')).toBe(reportText('github', [one], { root: ROOT }));
  });

  it('makes a report file with nothing to say (the GitHub annotations of a clean run) an empty file', async () => {
    const clean = await analyze('FROM scratch\n');
    const file = join(mkdtempSync(join(tmpdir(), 'dfscan-stream-')), 'annotations.txt');
    const stream = reportStream([{ format: 'github', file }], { write: () => true }, { write: () => true }, { root: ROOT, color: false, width: 80 });
    expect(stream.end([stream.file(clean, 'warning')], [])).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
