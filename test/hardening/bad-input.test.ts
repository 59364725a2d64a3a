/**
 * Broken and hostile Dockerfile contents, each scanned by the built CLI together with a good
 * Dockerfile. A file that is not a Dockerfile at all (binary data, UTF-16) cannot be analysed:
 * one line on stderr naming it, exit 2, and the good file still in the report. A file that is a
 * broken Dockerfile (empty, unclosed heredoc, unknown instruction) is analysed: its problems are
 * findings, nothing goes to stderr, and the exit code follows the findings as for any file.
 */
import { describe, expect, it } from 'vitest';
import { expectGoodReported, expectNoTrace, expectNotAnalysed, expectOneLine, GOOD, GOOD_NAME, jsonFiles, run, scratch, type JsonFile } from './run.js';

/** Deterministic noise (a linear congruential generator), with NUL bytes where real binaries have them. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  out[100] = 0;
  return out;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01]);

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

/** Files that are no Dockerfile: refused with one line, the good file still analysed. */
const REFUSED: { name: string; file: string; bytes: Uint8Array; what: RegExp }[] = [
  { name: 'random bytes with NULs', file: 'random.Dockerfile', bytes: noise(4096, 7), what: /^binary file \(NUL byte at offset \d+\), not a Dockerfile$/ },
  { name: 'a PNG image', file: 'logo.png', bytes: PNG, what: /^binary file \(NUL byte at offset 8\), not a Dockerfile$/ },
  { name: 'UTF-16 LE with a byte-order mark', file: 'utf16le.Dockerfile', bytes: utf16(GOOD, 'le'), what: /^file is UTF-16 encoded; Docker reads Dockerfiles as UTF-8$/ },
  { name: 'UTF-16 BE with a byte-order mark', file: 'utf16be.Dockerfile', bytes: utf16(GOOD, 'be'), what: /^file is UTF-16 encoded; Docker reads Dockerfiles as UTF-8$/ },
];

describe('files that are not Dockerfiles: one line, exit 2, the other file still reported', () => {
  for (const c of REFUSED) {
    it(c.name, () => {
      const root = scratch({ [c.file]: c.bytes });
      const r = run(['-f', 'json', c.file, GOOD_NAME], { cwd: root });
      expect(r.code).toBe(2);
      const line = expectOneLine(r, c.file, c.what);
      const files = jsonFiles(r);
      expectNotAnalysed(files, c.file, line);
      expectGoodReported(files);
    });
  }

  it('the same refusals in the tty report: the reason once on stderr, the good file in the report', () => {
    const root = scratch({ 'a.Dockerfile': PNG });
    const r = run(['--no-color', 'a.Dockerfile', GOOD_NAME], { cwd: root });
    expect(r.code).toBe(2);
    expectOneLine(r, 'a.Dockerfile', /^binary file/);
    expect(r.stdout).toContain(GOOD_NAME);
    expect(r.stdout).toMatch(/2 files, 0 findings, 1 not analysed/);
  });

  it('from standard input, under the name --stdin-filename gives', () => {
    const root = scratch();
    for (const bytes of [PNG, utf16(GOOD, 'le'), utf16(GOOD, 'be'), noise(2048, 3)]) {
      const r = run(['-f', 'json', '--stdin-filename', 'piped/Dockerfile', '-', GOOD_NAME], { cwd: root, input: Buffer.from(bytes) });
      expect(r.code).toBe(2);
      const line = expectOneLine(r, 'piped/Dockerfile', /^(binary file|file is UTF-16)/);
      const files = jsonFiles(r);
      expectNotAnalysed(files, 'piped/Dockerfile', line);
      expectGoodReported(files);
    }
  });
});

/**
 * Broken Dockerfiles that can still be read: the problem is a finding at its line (what Docker
 * would refuse or misread), nothing is written to stderr, and the exit code is the contract's
 * (1: these findings are warnings or errors).
 */
const ANALYSED: { name: string; file: string; text: string | Buffer; finding: { rule: string; line: number; message: RegExp } | null }[] = [
  // Docker refuses a file with no instructions ("file with no instructions"): a clean report
  // would pass in CI a file the build then refuses.
  { name: 'an empty file', file: 'empty.Dockerfile', text: '', finding: { rule: 'syntax-error', line: 1, message: /no instructions/ } },
  { name: 'a file of comments only', file: 'comments.Dockerfile', text: '# syntax=docker/dockerfile:1\n\n# nothing here yet\n   # indented\n', finding: { rule: 'syntax-error', line: 1, message: /no instructions/ } },
  {
    name: 'invalid UTF-8 (a lone continuation byte, an overlong form, a truncated sequence)',
    file: 'latin1.Dockerfile',
    text: Buffer.concat([Buffer.from('FROM alpine:3.20\nLABEL a=ok\nLABEL b="caf'), Buffer.from([0xe9, 0x80, 0xc0, 0xaf, 0xe2, 0x82]), Buffer.from('"\n')]),
    finding: { rule: 'syntax-error', line: 3, message: /line 3 is not valid UTF-8/ },
  },
  { name: 'an unterminated heredoc', file: 'heredoc.Dockerfile', text: 'FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\n', finding: { rule: 'syntax-error', line: 2, message: /heredoc <<EOF is never closed/ } },
  { name: 'an unterminated JSON array', file: 'json.Dockerfile', text: 'FROM alpine:3.20\nCMD ["a",\n', finding: { rule: 'json-args', line: 2, message: /not valid JSON/ } },
  { name: 'unknown instructions', file: 'unknown.Dockerfile', text: 'FROM alpine:3.20\nFROBNICATE now\nRUNN echo hi\n', finding: { rule: 'syntax-error', line: 2, message: /unknown instruction "FROBNICATE"/ } },
  { name: 'ONBUILD ONBUILD', file: 'onbuild.Dockerfile', text: 'FROM alpine:3.20\nONBUILD ONBUILD RUN x\n', finding: { rule: 'onbuild-trigger', line: 2, message: /ONBUILD cannot trigger ONBUILD/ } },
];

function expectAnalysed(f: JsonFile | undefined, finding: (typeof ANALYSED)[number]['finding']): void {
  expect(f).toBeDefined();
  expect(f!.error).toBeNull();
  expect(f!.score).not.toBeNull();
  if (finding) expect(f!.findings).toContainEqual(expect.objectContaining({ rule: finding.rule, line: finding.line, message: expect.stringMatching(finding.message) }));
}

describe('broken Dockerfiles are analysed: their problems are findings, not errors', () => {
  for (const c of ANALYSED) {
    it(c.name, () => {
      const root = scratch({ [c.file]: c.text });
      const r = run(['-f', 'json', c.file, GOOD_NAME], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const files = jsonFiles(r);
      expectAnalysed(files.get(c.file), c.finding);
      expectGoodReported(files);
    });
  }

  it('the same from standard input', () => {
    const root = scratch();
    for (const c of ANALYSED) {
      const r = run(['-f', 'json', '-', GOOD_NAME], { cwd: root, input: c.text });
      expect(r.stderr, c.name).toBe('');
      expect(r.code, c.name).toBe(1);
      const files = jsonFiles(r);
      expectAnalysed(files.get('-'), c.finding);
      expectGoodReported(files);
    }
  });

  it('a second unknown instruction is a finding of its own', () => {
    const root = scratch({ 'u.Dockerfile': 'FROM alpine:3.20\nFROBNICATE now\nRUNN echo hi\n' });
    const files = jsonFiles(run(['-f', 'json', 'u.Dockerfile'], { cwd: root }));
    expect(files.get('u.Dockerfile')!.findings.filter((f) => f.rule === 'syntax-error').map((f) => f.line)).toEqual([2, 3]);
  });

  it('all of them in one run: one report per file, in order, and the exit code of the worst', () => {
    const files: Record<string, string | Uint8Array> = {};
    for (const c of [...ANALYSED, ...REFUSED]) files[c.file] = 'text' in c ? c.text : c.bytes;
    const root = scratch(files);
    const names = [...Object.keys(files), GOOD_NAME];
    const r = run(['-f', 'json', ...names], { cwd: root });
    expect(r.code).toBe(2);
    expectNoTrace(r);
    // One line per file that could not be analysed, none for the others.
    expect(r.stderr.split('\n').filter(Boolean).map((l) => l.split(':')[1]!.trim())).toEqual(REFUSED.map((c) => c.file));
    const report = jsonFiles(r);
    expect([...report.keys()]).toEqual(names);
    expectGoodReported(report);
  });
});

describe('an unterminated quote', () => {
  it('in a RUN is left to the shell: the file is analysed, no error', () => {
    // Docker hands a shell-form RUN to /bin/sh -c unparsed; the build fails when sh runs it.
    const root = scratch({ 'q.Dockerfile': 'FROM alpine:3.20\nRUN echo "unterminated\n' });
    const r = run(['-f', 'json', 'q.Dockerfile', GOOD_NAME], { cwd: root });
    expect(r.stderr).toBe('');
    const files = jsonFiles(r);
    expectAnalysed(files.get('q.Dockerfile'), null);
    expect(r.code).toBe(files.get('q.Dockerfile')!.findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0);
    expectGoodReported(files);
  });

  for (const line of ['ENV A="unterminated', "LABEL org.opencontainers.image.title='half", 'ARG B="x']) {
    it(`in ${line.split(' ')[0]}, which Docker itself parses and refuses, is a syntax error`, () => {
      const root = scratch({ 'q.Dockerfile': `FROM alpine:3.20\n${line}\n` });
      const r = run(['-f', 'json', 'q.Dockerfile', GOOD_NAME], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const files = jsonFiles(r);
      expectAnalysed(files.get('q.Dockerfile'), { rule: 'syntax-error', line: 2, message: /quote .* never closed/ });
      expectGoodReported(files);
    });
  }
});
