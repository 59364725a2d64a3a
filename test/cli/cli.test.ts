import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { BIN, dfscan } from '../helpers/cli.js';

const EXAMPLE = 'examples/node-app/Dockerfile';
const FIXED = 'examples/node-app-fixed/Dockerfile';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dfscan-cli-'));
}

describe('dfscan --format json', () => {
  it('prints the contract document', () => {
    const r = dfscan(['--format', 'json', EXAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.tool).toEqual({ name: 'dfscan', version: pkg.version });
    const [file] = doc.files;
    expect(file.path).toBe(EXAMPLE);
    expect(file.error).toBeNull();
    expect(Object.keys(file)).toEqual(['path', 'error', 'findings', 'score', 'estimate', 'layers']);
    expect(file.findings.map((f: { rule: string; line: number }) => `${f.line} ${f.rule}`)).toEqual([
      '4 fat-base',
      '6 apt-pin-versions',
      '9 context-leak',
      '9 copy-before-install',
      '10 cache-mount',
      '10 package-cache',
      '12 consecutive-runs',
      '12 split-cleanup',
    ]);
    for (const f of file.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'aliases', 'category', 'severity', 'line', 'column', 'endLine', 'endColumn', 'stage', 'message', 'impact', 'fixable', 'fix']);
      expect(Object.keys(f.impact)).toEqual(['bytes', 'rebuildSeconds']);
    }
    expect(Object.keys(file.score)).toEqual(['cache', 'size', 'overall', 'grade']);
    expect(Object.keys(file.estimate)).toEqual(['imageBytes', 'wastedBytes', 'savingsBytes', 'rebuildSecondsPerChange']);
    for (const v of [...Object.values(file.estimate), file.score.cache, file.score.size, file.score.overall]) expect(Number.isInteger(v)).toBe(true);
  });

  it('reports a Dockerfile found by a directory scan as it reports the same file named (the scan lends its listing to the build context)', () => {
    const scanned = JSON.parse(dfscan(['-f', 'json', '--failure-threshold', 'none', 'examples']).stdout).files;
    expect(scanned.map((f: { path: string }) => f.path)).toEqual(['examples/go-service/Dockerfile', 'examples/node-app/Dockerfile', 'examples/node-app-fixed/Dockerfile']);
    const named = JSON.parse(dfscan(['-f', 'json', '--failure-threshold', 'none', ...scanned.map((f: { path: string }) => f.path)]).stdout).files;
    expect(named).toEqual(scanned);
    // The context was read: the findings that need it are there.
    expect(scanned[1].findings.map((f: { rule: string }) => f.rule)).toContain('context-leak');
  });

  it('reads standard input with -, under --stdin-filename', () => {
    const r = dfscan(['-f', 'json', '--stdin-filename', 'svc/Dockerfile', '-'], { input: 'FROM node:22-slim\nCMD ["node"]\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ path: 'svc/Dockerfile', error: null, findings: [] });
  });

  it('writes the report to -o FILE', () => {
    const out = join(tempDir(), 'report.json');
    const r = dfscan(['-f', 'json', '-o', out, FIXED]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('dfscan --format tty', () => {
  it('shows a table of findings, the scores and the estimate, within 80 columns', () => {
    const r = dfscan([EXAMPLE], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/│ Line │ Rule\s+│ Severity │ Message\s+│ Impact\s+│/);
    expect(r.stdout).toMatch(/│ 9\s+│ copy-before-install │ warning\s+│ COPY \. \. comes before/);
    expect(r.stdout).toMatch(/score\s+cache \d+\s+size \d+\s+overall \d+\s+grade [A-F]/);
    expect(r.stdout).toMatch(/image\s+~\d+ MB, wasted [\d.]+ MB, could save \d+ MB/);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked while piped, and never with NO_COLOR', () => {
    expect(dfscan(['--color', EXAMPLE]).stdout).toContain('\u001b[');
    expect(dfscan(['--color', EXAMPLE], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(dfscan(['--no-color', EXAMPLE], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('layer chart', () => {
  it('charts every layer of the final image with size, basis and rebuild frequency, in 80 columns without colour', () => {
    const r = dfscan([FIXED], { env: { NO_COLOR: '1' } });
    const chart = r.stdout.slice(r.stdout.indexOf('  layers'));
    const rows = chart.split('\n').filter((l) => /^\s+(\d+ )?\s*(FROM|RUN|COPY|total)/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(['FROM', '5', '9', '10', '11', 'total']);
    expect(chart).toMatch(/FROM node:22-slim\s+79\.4 MB █+\s+rarely/);
    expect(chart).toMatch(/10 RUN npm ci[^\n]*~20\.0 MB █+\s+deps change/);
    expect(chart).toMatch(/11 COPY \. \.\s+\d+ B █\s+every edit/);
    for (const line of chart.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(chart).not.toContain('\u001b[');
  });

  it('gives the same rows in JSON, each figure with its basis', () => {
    const [file] = JSON.parse(dfscan(['-f', 'json', FIXED]).stdout).files;
    expect(file.layers[0]).toEqual({ line: null, instruction: 'FROM node:22-slim', bytes: 79_350_916, basis: 'measured', rebuilds: 'rarely' });
    expect(file.layers.map((l: { basis: string }) => l.basis)).toEqual(['measured', 'table', 'measured', 'average', 'measured']);
    expect(file.layers.reduce((n: number, l: { bytes: number }) => n + l.bytes, 0)).toBe(file.estimate.imageBytes);
  });
});

describe('exit codes', () => {
  it('0 clean, 1 at or above the threshold, 0 below it', () => {
    expect(dfscan([FIXED]).code).toBe(0);
    expect(dfscan([EXAMPLE]).code).toBe(1);
    expect(dfscan(['--failure-threshold', 'error', EXAMPLE]).code).toBe(0);
    expect(dfscan(['--failure-threshold', 'none', EXAMPLE]).code).toBe(0);
  });

  it('2 for usage errors, with one line on stderr', () => {
    const r = dfscan(['--format', 'xml', EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^dfscan: option '-f, --format <format>' argument 'xml' is invalid/);
    expect(dfscan(['--no-such-option']).code).toBe(2);
  });

  it('2 for a bad number or an output file that cannot be written, with one line on stderr', () => {
    for (const args of [['--max-file-size', 'abc'], ['-o', join(tempDir(), 'no', 'such', 'dir', 'r.json')]]) {
      const r = dfscan([...args, FIXED]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^dfscan: .*(Expected a positive whole number|cannot write the report)/);
    }
  });

  it('prints the version', () => {
    const r = dfscan(['--version']);
    expect([r.code, r.stdout.trim()]).toEqual([0, pkg.version]);
  });
});

describe('bad inputs', () => {
  it('a missing path, an unreadable file and a binary file: one line each, exit 2, the rest still reported', () => {
    const dir = tempDir();
    const binary = join(dir, 'Dockerfile.bin');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x00, 0x01]));
    const fifo = join(dir, 'Dockerfile.fifo');
    execFileSync('mkfifo', [fifo]);
    const unreadable = join(dir, 'Dockerfile.locked');
    writeFileSync(unreadable, 'FROM alpine\n');
    chmodSync(unreadable, 0o000);
    const asRoot = process.getuid?.() === 0;
    const missing = join(dir, 'nope', 'Dockerfile');

    const r = dfscan(['-f', 'json', missing, binary, fifo, ...(asRoot ? [] : [unreadable]), FIXED]);
    expect(r.code).toBe(2);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      `dfscan: ${missing}: no such file or directory`,
      expect.stringMatching(new RegExp(`^dfscan: ${binary}: binary file`)),
      `dfscan: ${fifo}: not a regular file`,
      ...(asRoot ? [] : [`dfscan: ${unreadable}: permission denied`]),
    ]);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: { path: string }) => f.path)).toEqual([missing, binary, fifo, ...(asRoot ? [] : [unreadable]), FIXED]);
    expect(files.at(-1)).toMatchObject({ error: null, score: { grade: 'A' } });
    expect(files[0]).toMatchObject({ findings: [], score: null, estimate: null });
  });

  it('reports parse problems as findings, not as a crash', () => {
    const r = dfscan(['-f', 'json', '-'], { input: 'FROM alpine:3.24\nRUN <<EOF\necho hi\n' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['syntax-error']);
  });

  it('CRLF line endings, a byte-order mark and # escape=` are analysed like any file', () => {
    const crlf = 'FROM debian:bookworm-slim\r\nRUN apt-get update && \\\r\n    apt-get install -y curl\r\n';
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]);
    const escaped = '# escape=`\nFROM debian:bookworm-slim\nRUN apt-get update && `\n    apt-get install -y curl\n';
    for (const input of [crlf, withBom, escaped]) {
      const r = dfscan(['-f', 'json', '-'], { input });
      const [f] = JSON.parse(r.stdout).files[0].findings;
      expect(f).toMatchObject({ rule: 'package-cache', line: input === escaped ? 3 : 2, column: 5 });
    }
  });
});

describe('a reader that stops early', () => {
  // `dfscan ... | head`: the pipe closes while dfscan still writes.
  it('ends quietly, without a stack trace', () => {
    const dir = tempDir();
    const files = Array.from({ length: 300 }, (_, i) => {
      const path = join(dir, `Dockerfile.${i}`);
      writeFileSync(path, 'FROM node:22\nCOPY . .\nRUN npm ci\n');
      return path;
    });
    const script = `node ${JSON.stringify(BIN)} -j 1 -f json ${dir} 2>${JSON.stringify(join(dir, 'err'))} | head -c 100 >/dev/null; echo $\{PIPESTATUS[0]}`;
    const code = execFileSync('bash', ['-c', script], { encoding: 'utf8' }).trim();
    expect(files).toHaveLength(300);
    expect(readFileSync(join(dir, 'err'), 'utf8')).toBe('');
    expect(['0', '1']).toContain(code);
  });
});
