/**
 * Broken and hostile configuration files, found as `.dfscan.yaml` (or `.hadolint.yaml`) or named
 * with `--config`. As the README says, a configuration problem stops the run before any file is
 * analysed (a report made with half a configuration would be wrong without saying so): exit 2,
 * one line per problem naming the file, line and column, and no report. Hostile files (20 MB,
 * an alias bomb) are refused quickly with one line, without expanding or holding them.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoTrace, expectOneLine, GOOD_NAME, run, scratch } from './run.js';

/** A repository (so the search for a configuration stops at its root) holding the good Dockerfile. */
function repo(files: Record<string, string> = {}): string {
  const root = scratch(files);
  mkdirSync(join(root, '.git'));
  return root;
}

/** One problem each: the line:column where it is, and what is said about it. */
const BAD: { name: string; yaml: string; at: string; what: RegExp }[] = [
  { name: 'invalid YAML: an unclosed list', yaml: 'ignore: [fat-base\n', at: '2:1', what: /^invalid YAML: Flow sequence/ },
  // The parser reports three errors for this one mistake; the first is the one to fix.
  { name: 'invalid YAML whose parser errors cascade', yaml: 'ignore: [fat-base\nfoo: : :\n', at: '2:1', what: /^invalid YAML: / },
  { name: 'invalid YAML: a tab for indentation', yaml: 'ignore:\n\t- fat-base\n', at: '2:1', what: /^invalid YAML: Tabs are not allowed/ },
  { name: 'a key given twice', yaml: 'ignore: [fat-base]\nignore: [fat-base]\n', at: '2:1', what: /^this key is given twice$/ },
  { name: 'a second YAML document', yaml: 'ignore: []\n---\nignore: []\n', at: '2:1', what: /one YAML document/ },
  { name: 'not a mapping: a list', yaml: '- fat-base\n- package-cache\n', at: '1:1', what: /must be a mapping of settings/ },
  { name: 'not a mapping: a word', yaml: 'hello\n', at: '1:1', what: /must be a mapping of settings/ },
  { name: 'binary data', yaml: '\u0000\u0001\u0002garbage', at: '1:1', what: /must be a mapping of settings/ },
  { name: 'an unknown key (rules: 5)', yaml: 'rules: 5\n', at: '1:1', what: /^unknown key "rules"; valid keys: / },
  { name: 'an unknown key near a known one', yaml: 'ignored: [fat-base]\n', at: '1:1', what: /^unknown key "ignored" \(did you mean "ignore"\?\)/ },
  { name: 'a number where a list belongs (ignore: 5)', yaml: 'ignore: 5\n', at: '1:9', what: /^ignore must be a list/ },
  { name: 'a list of lists', yaml: 'ignore: [[fat-base]]\n', at: '1:10', what: /^each item of ignore must be a non-empty string$/ },
  { name: 'an unknown rule', yaml: 'ignore: [fat-bse]\n', at: '1:10', what: /^unknown rule "fat-bse"; did you mean "fat-base"\?/ },
  { name: 'severity "loud" in override', yaml: 'override:\n  loud: [fat-base]\n', at: '2:3', what: /^unknown severity "loud" under override/ },
  { name: 'failure-threshold "loud"', yaml: 'failure-threshold: loud\n', at: '1:20', what: /^failure-threshold "loud" is not one of error, warning, info, style, none$/ },
  { name: 'a number too large for any type', yaml: 'failure-threshold: 1e999999\n', at: '1:20', what: /^failure-threshold must be a string$/ },
  { name: 'a string for a boolean', yaml: 'strict-labels: "yes"\n', at: '1:16', what: /^strict-labels must be true or false$/ },
  { name: 'an unknown label type', yaml: 'label-schema:\n  maintainer: colour\n', at: '2:15', what: /is not a label type/ },
  { name: 'overrides that are a number', yaml: 'overrides: 5\n', at: '1:12', what: /^overrides must map a glob to settings/ },
  { name: 'a key that is a list', yaml: '? [a, b]\n: c\n', at: '1:3', what: /^a key must be a plain word$/ },
  { name: 'a custom tag', yaml: 'ignore: !custom [fat-base]\n', at: '1:9', what: /^invalid YAML: Unresolved tag: !custom$/ },
];

describe('a bad .dfscan.yaml stops the run: one line naming file:line:column, exit 2, no report', () => {
  for (const c of BAD) {
    it(c.name, () => {
      const root = repo({ '.dfscan.yaml': c.yaml });
      const r = run(['-f', 'json', GOOD_NAME], { cwd: root, timeoutMs: 30_000 });
      expect(r.code).toBe(2);
      expectOneLine(r, `.dfscan.yaml:${c.at}`, c.what);
      expect(r.stdout).toBe('');
    });
  }

  it('the same through --config, and for standard input', () => {
    const root = repo({ 'conf/bad.yaml': 'failure-threshold: loud\n' });
    const r = run(['-f', 'json', '--config', 'conf/bad.yaml', GOOD_NAME], { cwd: root });
    expect(r.code).toBe(2);
    expectOneLine(r, 'conf/bad.yaml:1:20', /^failure-threshold "loud"/);
    expect(r.stdout).toBe('');
    const s = run(['-f', 'json', '--config', 'conf/bad.yaml', '-'], { cwd: root, input: 'FROM alpine:3.20\n' });
    expect(s.code).toBe(2);
    expectOneLine(s, 'conf/bad.yaml:1:20', /^failure-threshold "loud"/);
  });

  it("hadolint's file, read in hadolint's format", () => {
    const root = repo({ '.hadolint.yaml': 'ignored: 5\n' });
    const r = run(['-f', 'json', GOOD_NAME], { cwd: root });
    expect(r.code).toBe(2);
    expectOneLine(r, '.hadolint.yaml:1:10', /^ignored must be a list/);
  });

  it('a config that cannot be read as a file: missing, a folder, a FIFO', () => {
    const root = repo({ 'conf/x': '' });
    for (const [path, what] of [['nope.yaml', /^no such file$/], ['conf', /^not a regular file$/]] as const) {
      const r = run(['--config', path, GOOD_NAME], { cwd: root });
      expect(r.code, path).toBe(2);
      expectOneLine(r, path, what);
    }
  });

  it('two problems are two lines, each naming its place', () => {
    const root = repo({ '.dfscan.yaml': 'ignore: [fat-bse]\ncolour: blue\n' });
    const r = run([GOOD_NAME], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean).map((l) => l.split(': ')[1])).toEqual(['.dfscan.yaml:1:10', '.dfscan.yaml:2:1']);
  });
});

/** Nine aliases of nine aliases of ... nine levels deep: 9^9 (387 million) strings when expanded. */
function aliasBomb(): string {
  const lines = ['trusted-registries: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]', 'overrides:'];
  for (let i = 1; i <= 9; i++) {
    lines.push(`  "p${i}/**":`, `    trusted-registries: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('hostile configuration files are refused quickly, in one line, without being expanded', () => {
  // A small heap: a configuration that were expanded or held whole would run out of it.
  const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=64' };

  it('the heap bound leaves an ordinary run working', () => {
    const root = repo({ '.dfscan.yaml': 'ignore: [fat-base]\n' });
    const r = run([GOOD_NAME], { cwd: root, env: SMALL_HEAP, timeoutMs: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a YAML alias bomb ("billion laughs")', () => {
    const root = repo({ '.dfscan.yaml': aliasBomb() });
    const r = run(['-f', 'json', GOOD_NAME], { cwd: root, env: SMALL_HEAP, timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expectOneLine(r, '.dfscan.yaml:4:30', /^YAML aliases \(\*name\) are not supported in a configuration file$/);
    expect(r.stdout).toBe('');
  });

  it('an alias bomb under keys that are not settings is refused as a bomb, in one line', () => {
    const lines = ['x0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) lines.push(`x${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
    const root = repo({ 'bomb.yaml': `${lines.join('\n')}\n` });
    const r = run(['--config', 'bomb.yaml', GOOD_NAME], { cwd: root, env: SMALL_HEAP, timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expectOneLine(r, 'bomb.yaml:2:10', /^YAML aliases/);
  });

  it('20 MB of YAML is refused by its size (1 MiB at most), as .dfscan.yaml and through --config', () => {
    const root = repo();
    const huge = join(root, '.dfscan.yaml');
    // Written a megabyte at a time: a list of 2 million rule names.
    const fd = openSync(huge, 'w');
    writeSync(fd, 'ignore:\n');
    const chunk = Buffer.from('  - fat-base\n'.repeat(80_660));
    for (let i = 0; i < 20; i++) writeSync(fd, chunk);
    closeSync(fd);
    try {
      for (const args of [[GOOD_NAME], ['--config', '.dfscan.yaml', GOOD_NAME]]) {
        const r = run(['-f', 'json', ...args], { cwd: root, env: SMALL_HEAP, timeoutMs: 30_000 });
        expect(r.code).toBe(2);
        expectOneLine(r, '.dfscan.yaml', /^\d{8} bytes, over the 1048576-byte limit for a configuration file$/);
        expect(r.stdout).toBe('');
      }
    } finally {
      rmSync(huge);
    }
  });

  it('deep nesting: ten thousand open brackets', () => {
    const root = repo();
    writeFileSync(join(root, '.dfscan.yaml'), `ignore: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    const r = run([GOOD_NAME], { cwd: root, env: SMALL_HEAP, timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    // Where the parser gives up depends on the stack size: the line names the file and the depth.
    expect(r.stderr).toMatch(/^dfscan: \.dfscan\.yaml:1:\d+: (invalid YAML: nested too deeply|each item of ignore must be a non-empty string)\n$/);
    expectNoTrace(r);
  });
});
