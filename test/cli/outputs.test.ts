import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairOutputs } from '../../src/cli/outputs.js';
import { dfscan } from '../helpers/cli.js';

const EXAMPLE = 'examples/node-app/Dockerfile';

describe('-f and -o paired by position', () => {
  it('pairs each format with the -o in the same position; one without goes to standard output', () => {
    expect(pairOutputs([], [])).toEqual([{ format: 'tty', file: null }]);
    expect(pairOutputs([], ['r.txt'])).toEqual([{ format: 'tty', file: 'r.txt' }]);
    expect(pairOutputs(['sarif', 'github'], ['r.sarif'])).toEqual([
      { format: 'sarif', file: 'r.sarif' },
      { format: 'github', file: null },
    ]);
    expect(pairOutputs(['json', 'sarif'], ['-', 'r.sarif'])).toEqual([
      { format: 'json', file: null },
      { format: 'sarif', file: 'r.sarif' },
    ]);
    expect(pairOutputs(['json', 'sarif'], [])).toMatch(/^2 formats would go to standard output \(json, sarif\)/);
    expect(pairOutputs(['json'], ['a', 'b'])).toMatch(/^2 -o\/--output files for 1 -f\/--format/);
    expect(pairOutputs(['json', 'sarif'], ['a', './a'])).toMatch(/^\.\/a: both json and sarif would be written to this file/);
  });

  it('writes every format of one run, each where it was asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-out-'));
    const files = Object.fromEntries(['sarif', 'json', 'checkstyle', 'gitlab', 'rdjson', 'markdown', 'tty'].map((f) => [f, join(dir, `report.${f}`)]));
    const args = Object.entries(files).flatMap(([format, file]) => ['-f', format, '-o', file]);
    const r = dfscan([...args, '-f', 'github', EXAMPLE]);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.stdout.split('\n').filter(Boolean).every((l) => /^::(warning|notice) file=examples\/node-app\/Dockerfile,/.test(l))).toBe(true);
    for (const f of ['sarif', 'json', 'gitlab', 'rdjson']) expect(() => JSON.parse(readFileSync(files[f]!, 'utf8'))).not.toThrow();
    expect(JSON.parse(readFileSync(files.sarif!, 'utf8')).runs[0].results).toHaveLength(8);
    expect(readFileSync(files.checkstyle!, 'utf8')).toContain('<file name="examples/node-app/Dockerfile">');
    expect(readFileSync(files.markdown!, 'utf8')).toMatch(/^## dfscan\n/);
    const tty = readFileSync(files.tty!, 'utf8');
    expect(tty).toContain('copy-before-install');
    expect(tty).not.toContain('\u001b[');
  });

  it('refuses two formats on standard output, or more files than formats: one line, exit 2', () => {
    for (const args of [['-f', 'json', '-f', 'sarif'], ['-o', 'a.txt', '-o', 'b.txt']]) {
      const r = dfscan([...args, EXAMPLE]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^dfscan: /);
    }
  });

  it('reports a file it cannot write with exit 2, after writing the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-out-'));
    const r = dfscan(['-f', 'json', '-o', join(dir, 'no', 'such', 'dir.json'), '-f', 'sarif', '-o', join(dir, 'ok.sarif'), EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dfscan: .*dir\.json: cannot write the report: ENOENT/);
    expect(JSON.parse(readFileSync(join(dir, 'ok.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});
