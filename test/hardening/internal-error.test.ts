/**
 * An internal error (a defect of dfscan, not of the file) on one file: one line naming the file
 * with a hint to report it, exit 2, and every other file still analysed and reported. Forced by
 * replacing one rule (and, for --fix, the edit applier) with one that throws on a marked file,
 * and run through the CLI's own `main`, so that the exit code and stderr are the real ones.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { GOOD } from './run.js';

/** What a marked file makes the replaced code throw. */
const MARK = '# hardening: throw here';
const thrown: { value: unknown } = { value: new Error('rule exploded\n    at check (rules/fat-base.ts:1:1)') };

vi.mock(import('../../rules/fat-base.js'), async (importOriginal) => {
  const original = (await importOriginal()).default;
  return {
    default: {
      ...original,
      check(context) {
        if (context.graph.file.source.text.includes(MARK)) throw thrown.value;
        original.check(context);
      },
    },
  };
});

vi.mock(import('../../src/fix/apply.js'), async (importOriginal) => {
  const original = await importOriginal();
  return {
    ...original,
    applyEdits(text, edits) {
      if (text.includes('# hardening: fix throws')) throw new Error('overlapping edits at 12');
      return original.applyEdits(text, edits);
    },
  };
});

interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(args: readonly string[], stdin = ''): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['-j', '1', ...args],
    env: { NO_COLOR: '1' },
    stdout: { write: (s: string) => void (stdout += s), isTTY: false, columns: 100 },
    stderr: { write: (s: string) => void (stderr += s) },
    readStdin: async () => Buffer.from(stdin),
  });
  return { code, stdout, stderr };
}

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dfscan-internal-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

/** A file whose report has findings, so that "still reported" means analysed, not just listed. */
const WITH_FINDINGS = 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n';

const HINT = /^dfscan: (.+): internal error: (.+) \(please report this with the file\)$/;

describe('an internal error on one file', () => {
  it('is one line naming the file, with a hint to report it; exit 2; the other files are reported', async () => {
    const root = folder({ 'a.Dockerfile': WITH_FINDINGS, 'bad.Dockerfile': `FROM node:22\n${MARK}\nRUN npm ci\n`, 'c.Dockerfile': GOOD });
    const paths = ['a.Dockerfile', 'bad.Dockerfile', 'c.Dockerfile'].map((f) => join(root, f));
    const r = await cli(['-f', 'json', ...paths]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines, r.stderr).toHaveLength(1);
    const m = HINT.exec(lines[0]!);
    expect(m, lines[0]).not.toBeNull();
    expect(m![1]).toBe(paths[1]);
    // The first line of the message only: no stack frames.
    expect(m![2]).toBe('rule exploded');
    expect(r.stderr).not.toMatch(/^\s+at /m);

    const report = JSON.parse(r.stdout) as { files: { path: string; error: string | null; findings: { rule: string }[]; score: unknown }[] };
    expect(report.files.map((f) => f.path)).toEqual(paths);
    const [a, bad, c] = report.files;
    expect(bad!.error).toMatch(/^internal error: rule exploded \(please report this with the file\)$/);
    expect(bad!.findings).toEqual([]);
    expect(bad!.score).toBeNull();
    // The same rule still runs on the other files.
    expect(a!.error).toBeNull();
    expect(a!.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['copy-before-install', 'fat-base']));
    expect(c!.error).toBeNull();
    expect(c!.findings).toEqual([]);
  });

  it('in the tty report too, and from standard input', async () => {
    const root = folder({ 'a.Dockerfile': WITH_FINDINGS });
    const r = await cli(['--no-color', '-', join(root, 'a.Dockerfile')], `FROM alpine:3.20\n${MARK}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^dfscan: -: internal error: rule exploded \(please report this with the file\)$/)]);
    expect(r.stdout).toContain('copy-before-install');
    expect(r.stdout).toMatch(/2 files, \d+ findings?, 1 not analysed/);
  });

  it('whatever was thrown: a message of many lines with escape sequences, a string, an object that cannot be printed', async () => {
    const root = folder({ 'bad.Dockerfile': `FROM alpine:3.20\n${MARK}\n`, 'c.Dockerfile': GOOD });
    const throws: unknown[] = [
      new RangeError('Maximum call stack size exceeded'),
      new Error('\u001b[31mred\u001b[0m first line\nsecond line\n    at x (y.js:1:1)'),
      'a bare string',
      Object.create(null),
      undefined,
    ];
    try {
      for (const value of throws) {
        thrown.value = value;
        const r = await cli(['-f', 'json', join(root, 'bad.Dockerfile'), join(root, 'c.Dockerfile')]);
        expect(r.code).toBe(2);
        const lines = r.stderr.split('\n').filter(Boolean);
        expect(lines, r.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(HINT);
        expect(lines[0]).toContain(join(root, 'bad.Dockerfile'));
        // No raw escape character reaches the terminal.
        expect(lines[0]).not.toContain('\u001b');
        const files = (JSON.parse(r.stdout) as { files: { error: string | null }[] }).files;
        expect(files[1]!.error).toBeNull();
      }
    } finally {
      thrown.value = new Error('rule exploded');
    }
  });

  it('while fixing: one line naming the file, exit 2, the file left as it was, the other files fixed', async () => {
    const root = folder({
      'a.Dockerfile': 'FROM alpine:3.20\nRUN apk add curl\n',
      'bad.Dockerfile': 'FROM alpine:3.20\n# hardening: fix throws\nRUN apk add curl\n',
    });
    const before = readFileSync(join(root, 'bad.Dockerfile'), 'utf8');
    const r = await cli(['--fix', '-f', 'json', join(root, 'a.Dockerfile'), join(root, 'bad.Dockerfile')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(HINT);
    expect(lines[0]).toContain(join(root, 'bad.Dockerfile'));
    expect(readFileSync(join(root, 'bad.Dockerfile'), 'utf8')).toBe(before);
    // The other file was fixed (apk add --no-cache) and reported.
    expect(readFileSync(join(root, 'a.Dockerfile'), 'utf8')).toContain('--no-cache');
    const files = (JSON.parse(r.stdout) as { files: { path: string; error: string | null }[] }).files;
    expect(files.map((f) => f.error === null)).toEqual([true, false]);
  });
});
