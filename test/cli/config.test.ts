/**
 * Configuration through the CLI: discovery, -c, hadolint's file, command-line overrides and
 * their precedence, exit codes, and bad configurations.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dfscan } from '../helpers/cli.js';

const APT = 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12\n';

/** A repository (a folder with .git) holding `files`. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dfscan-cli-config-'));
  mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface Finding {
  rule: string;
  severity: string;
  line: number;
}

function run(cwd: string, args: string[], input?: string) {
  const r = dfscan(['-f', 'json', ...args], { cwd, input });
  const files = r.stdout ? (JSON.parse(r.stdout).files as { path: string; findings: Finding[] }[]) : [];
  return { ...r, found: files.map((f) => `${f.path}: ${f.findings.map((x) => `${x.rule}/${x.severity}`).join(' ')}`.trim()) };
}

describe('configuration files', () => {
  it("hadolint's `ignored: [DL3009]` silences package-cache", () => {
    const root = repo({ 'Dockerfile': APT });
    expect(run(root, ['Dockerfile'])).toMatchObject({ code: 1, found: ['Dockerfile: package-cache/warning'] });
    writeFileSync(join(root, '.hadolint.yaml'), 'ignored:\n  - DL3009\n  - SC2086\n');
    expect(run(root, ['Dockerfile'])).toMatchObject({ code: 0, found: ['Dockerfile:'], stderr: '' });
  });

  it('finds .dfscan.yaml from each Dockerfile\'s folder upward, wherever dfscan runs', () => {
    const root = repo({ 'svc/a/Dockerfile': APT, 'svc/b/Dockerfile': APT, 'svc/a/.dfscan.yaml': 'override: { info: [package-cache] }\n', '.hadolint.yaml': 'ignored: [DL3009]\n' });
    const r = run(tmpdir(), [join(root, 'svc')]);
    expect(r.found).toEqual([`${join(root, 'svc/a/Dockerfile')}: package-cache/info`, `${join(root, 'svc/b/Dockerfile')}:`]);
    expect(r.code).toBe(0);
  });

  it('-c FILE replaces the search', () => {
    const root = repo({ 'Dockerfile': APT, '.dfscan.yaml': 'ignore: [package-cache]\n', 'ci/strict.yaml': 'override: { error: [DL3009] }\n' });
    expect(run(root, ['-c', 'ci/strict.yaml', '--failure-threshold', 'error', 'Dockerfile'])).toMatchObject({ code: 1, found: ['Dockerfile: package-cache/error'] });
  });

  it('standard input is configured from the folder of --stdin-filename', () => {
    const root = repo({ 'svc/.dfscan.yaml': 'ignore: [package-cache]\n' });
    expect(run(root, ['--stdin-filename', 'svc/Dockerfile', '-'], APT).found).toEqual(['svc/Dockerfile:']);
    expect(run(root, ['-'], APT).found).toEqual(['-: package-cache/warning']);
  });

  it('per-path overrides, with their own failure threshold', () => {
    const root = repo({
      '.dfscan.yaml': 'overrides:\n  "legacy/**":\n    failure-threshold: none\n    override: { style: [package-cache] }\n',
      'legacy/Dockerfile': APT,
      'Dockerfile': APT,
    });
    expect(run(root, ['legacy'])).toMatchObject({ code: 0, found: ['legacy/Dockerfile: package-cache/style'] });
    expect(run(root, ['legacy', 'Dockerfile'])).toMatchObject({ code: 1, found: ['legacy/Dockerfile: package-cache/style', 'Dockerfile: package-cache/warning'] });
  });
});

describe('command-line overrides: the command line over the file over the defaults', () => {
  const root = repo({ 'Dockerfile': APT, '.dfscan.yaml': 'override:\n  info: [package-cache]\nfailure-threshold: warning\n' });

  it('the file lowers package-cache to info: exit 0 at the default threshold', () => {
    expect(run(root, [])).toMatchObject({ code: 0, found: ['Dockerfile: package-cache/info'] });
  });

  it('--warning and --error raise it again, for the report and the exit code', () => {
    expect(run(root, ['--warning', 'DL3009'])).toMatchObject({ code: 1, found: ['Dockerfile: package-cache/warning'] });
    expect(run(root, ['--error', 'package-cache', '--failure-threshold', 'error'])).toMatchObject({ code: 1, found: ['Dockerfile: package-cache/error'] });
    expect(run(root, ['--failure-threshold', 'error'])).toMatchObject({ code: 0 });
    expect(run(root, ['--failure-threshold', 'info'])).toMatchObject({ code: 1 });
  });

  it('--ignore takes ids, aliases and comma lists, repeated', () => {
    expect(run(root, ['--ignore', 'dl3009'])).toMatchObject({ code: 0, found: ['Dockerfile:'] });
    expect(run(root, ['--ignore', 'fat-base,package-cache', '--ignore', 'split-cleanup'])).toMatchObject({ found: ['Dockerfile:'] });
  });

  it('refuses unknown rules and a rule given two severities, exit 2 before any analysis', () => {
    const r = run(root, ['--ignore', 'pakage-cache', '--info', 'fat-base', '--error', 'fat-base']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      'dfscan: --ignore pakage-cache: unknown rule "pakage-cache"; did you mean "package-cache"? (dfscan rules lists them)',
      'dfscan: --error and --info both name fat-base; give it one severity',
      '',
    ]);
  });

  it('--report-unused-pragmas reports a pragma that suppresses nothing', () => {
    const r = dfscan(['-f', 'json', '--report-unused-pragmas', '-'], { cwd: root, input: 'FROM alpine:3.24\n# dfscan ignore=package-cache\nRUN true\n' });
    const [finding] = JSON.parse(r.stdout).files[0].findings;
    expect(finding).toMatchObject({ rule: 'unused-pragma', line: 2, column: 17, category: 'style', severity: 'warning' });
    expect(r.code).toBe(1);
  });
});

describe('bad configuration', () => {
  it('stops the run with file:line:column and exit 2, and analyses nothing', () => {
    const root = repo({ 'a/Dockerfile': APT, 'b/Dockerfile': APT, 'b/.dfscan.yaml': 'ignore:\n  - fat-bse\nignored: [DL3009]\n' });
    const r = dfscan(['-f', 'json', 'a/Dockerfile', 'b/Dockerfile'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'dfscan: b/.dfscan.yaml:2:5: unknown rule "fat-bse"; did you mean "fat-base"? (dfscan rules lists them)',
        'dfscan: b/.dfscan.yaml:3:1: unknown key "ignored" (did you mean "ignore"?); valid keys: failure-threshold, ignore, label-schema, override, overrides, report-unused-pragmas, strict-labels, trusted-registries',
        '',
      ].join('\n'),
    );
  });

  it('invalid YAML, a missing -c file and a huge file: one line each', () => {
    const root = repo({ 'Dockerfile': APT, '.dfscan.yaml': 'ignore: [fat-base\n', 'huge.yaml': `# ${'x'.repeat(2 * 1024 * 1024)}\n` });
    expect(dfscan(['Dockerfile'], { cwd: root })).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'dfscan: .dfscan.yaml:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n',
    });
    expect(dfscan(['-c', 'nope.yaml', 'Dockerfile'], { cwd: root })).toMatchObject({ code: 2, stderr: 'dfscan: nope.yaml: no such file\n' });
    expect(dfscan(['-c', 'huge.yaml', 'Dockerfile'], { cwd: root })).toMatchObject({
      code: 2,
      stderr: 'dfscan: huge.yaml: 2097155 bytes, over the 1048576-byte limit for a configuration file\n',
    });
  });
});
