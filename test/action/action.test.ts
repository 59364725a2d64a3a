/**
 * Runs the bundled action (dist/action.js) as the runner does: inputs in INPUT_* variables,
 * the workspace, summary and output files in GITHUB_*, from a folder other than the workspace,
 * with every network call made to fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_LIMIT } from '../../src/action/runner.js';
import { ROOT } from '../helpers/cli.js';

const ACTION = join(ROOT, 'dist', 'action.js');
const BAD = readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8');
const FIXED = join(ROOT, 'examples/node-app-fixed');

/** The fixed example with its build context (.dockerignore, manifests, source), placed in a folder of the workspace. */
function goodApp(dir = ''): Record<string, string> {
  return Object.fromEntries(readdirSync(FIXED).map((name) => [join(dir, name), readFileSync(join(FIXED, name), 'utf8')]));
}

/** Loaded before the action: any attempt to reach the network throws. */
const OFFLINE = join(mkdtempSync(join(tmpdir(), 'dfscan-offline-')), 'offline.mjs');
writeFileSync(
  OFFLINE,
  `import net from 'node:net';
const refuse = () => { throw new Error('the action tried to reach the network'); };
net.Socket.prototype.connect = refuse;
globalThis.fetch = refuse;
`,
);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Workflow commands the runner would act on: outside ::stop-commands:: blocks. */
  commands: string[];
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'dfscan-ws-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    writeFileSync(join(ws, path), content);
  }
  return ws;
}

function runAction(ws: string, inputs: Record<string, string>, options: { summary?: string } = {}): Run {
  const runner = mkdtempSync(join(tmpdir(), 'dfscan-runner-'));
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary');
  writeFileSync(outputFile, '');
  if (options.summary !== undefined) writeFileSync(summaryFile, options.summary);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runner,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, ['--import', OFFLINE, ACTION], { cwd: runner, env, encoding: 'utf8' });
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    commands: runnerCommands(r.stdout),
    outputs: readOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    workspace: ws,
  };
}

/** The lines the runner takes as commands, skipping what ::stop-commands:: protects. */
function runnerCommands(stdout: string): string[] {
  const out: string[] = [];
  let stopped: string | null = null;
  for (const line of stdout.split(/\r?\n|\r/)) {
    if (stopped !== null) {
      if (line === `::${stopped}::`) stopped = null;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopped = stop[1]!;
    else if (line.startsWith('::')) out.push(line);
  }
  expect(stopped).toBeNull();
  return out;
}

/** $GITHUB_OUTPUT as the runner reads it: name=value lines and name<<DELIMITER blocks. */
function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

interface JsonFinding {
  rule: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** The CLI's findings for the same file, analysed the same way (its folder as the build context). */
/** The title property of an annotation, unescaped. */
function parse(line: string): { title: string } {
  const title = /[ ,]title=([^,:]*)/.exec(line)?.[1] ?? '';
  return { title: title.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%') };
}

function findingsOf(ws: string, path: string): JsonFinding[] {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.cjs'), '-f', 'json', path], { cwd: ws, encoding: 'utf8' });
  return JSON.parse(r.stdout).files[0].findings;
}

describe('the GitHub Action', () => {
  it('annotates every finding, writes the summary, the SARIF file and the outputs, and fails on warnings', () => {
    const ws = workspace({ 'app/Dockerfile': BAD, ...goodApp('clean'), 'docs/README.md': '# no Dockerfile\n', '.gitignore': 'build/\n', 'build/Dockerfile': BAD });
    const r = runAction(ws, { paths: '.', 'sarif-file': 'reports/dfscan.sarif' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);

    const findings = findingsOf(ws, 'app/Dockerfile');
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual([
      '4 fat-base', '6 apt-pin-versions', '9 context-leak', '9 copy-before-install', '10 cache-mount', '10 package-cache', '12 consecutive-runs', '12 split-cleanup',
    ]);
    // One annotation per finding (info as a notice), its end column inclusive as GitHub counts it.
    // Most severe first: the warnings, then the notices.
    const bySeverity = [...findings.filter((f) => f.severity !== 'info'), ...findings.filter((f) => f.severity === 'info')];
    expect(r.commands).toEqual(
      bySeverity.map(
        (f) => `::${f.severity === 'info' ? 'notice' : 'warning'} file=app/Dockerfile,line=${f.line},endLine=${f.endLine},col=${f.column},endColumn=${f.endColumn - 1},title=dfscan%3A ${f.rule}::${f.message}`,
      ),
    );
    expect(r.stdout).toMatch(/\ndfscan: 6 findings at or above the failure threshold\n$/);

    expect(Object.keys(r.outputs)).toEqual(['findings', 'worst-grade', 'scores', 'sarif-file']);
    expect(r.outputs.findings).toBe('8');
    expect(r.outputs['worst-grade']).toBe('F');
    expect(r.outputs['sarif-file']).toBe('reports/dfscan.sarif');
    const scores = JSON.parse(r.outputs.scores!);
    expect(scores.map((s: { path: string; grade: string }) => [s.path, s.grade])).toEqual([
      ['app/Dockerfile', 'F'],
      ['clean/Dockerfile', 'A'],
    ]);
    for (const s of scores) expect(Object.keys(s)).toEqual(['path', 'cache', 'size', 'overall', 'grade']);

    expect(r.summary).toMatch(/^## dfscan\n\n2 files, 8 findings\n/);
    expect(r.summary).toContain('| app/Dockerfile | **F** |');
    expect(r.summary).toContain('<details><summary>Layers of the final image</summary>');

    const sarif = JSON.parse(readFileSync(join(ws, 'reports', 'dfscan.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(
      Array(8).fill('app/Dockerfile'),
    );
  });

  it('passes on a clean file; annotations can be turned off; failure-threshold none never fails', () => {
    const ws = workspace({ ...goodApp(), 'bad/Dockerfile': BAD });
    const clean = runAction(ws, { paths: 'Dockerfile' });
    expect([clean.code, clean.commands]).toEqual([0, []]);
    expect(clean.outputs).toEqual({ findings: '0', 'worst-grade': 'A', scores: expect.stringMatching(/^\[\{"path":"Dockerfile",/), 'sarif-file': '' });

    const quiet = runAction(ws, { paths: 'bad\nDockerfile\n', annotations: 'false', 'failure-threshold': 'none' });
    expect([quiet.code, quiet.commands]).toEqual([0, []]);
    expect(quiet.outputs.findings).toBe('8');
    expect(quiet.summary).toContain('2 files, 8 findings');
  });

  it('keeps text from the files out of the runner\'s commands, names and contents alike', () => {
    const ws = workspace({
      '::error::name.Dockerfile': 'FROM debian:bookworm-slim\n::warning::injected\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 # ::error::x%0A\n',
    });
    const r = runAction(ws, { paths: '.' });
    // The terminal report shows the name and the bad line; the runner sees only our annotations.
    expect(r.stdout).toContain('::error::name.Dockerfile');
    // One annotation per finding, each naming the file escaped; nothing else reaches the runner.
    for (const c of r.commands) expect(c).toMatch(/^::(error|warning|notice) file=%3A%3Aerror%3A%3Aname\.Dockerfile,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=dfscan%3A [a-z-]+::[^\r\n]*$/);
    expect(r.commands).toContain('::error file=%3A%3Aerror%3A%3Aname.Dockerfile,line=2,endLine=2,col=1,endColumn=19,title=dfscan%3A syntax-error::unknown instruction "::warning::injected"');
    expect(r.commands.filter((c) => /^::warning file=%3A%3Aerror%3A%3Aname\.Dockerfile,line=3,endLine=3,col=5,endColumn=\d+,title=dfscan%3A package-cache::/.test(c))).toHaveLength(1);
  });

  it('points to the job summary when annotations are left out', () => {
    const many = ['FROM debian:bookworm-slim', ...Array.from({ length: 12 }, (_, i) => `RUN apt-get update && apt-get install -y --no-install-recommends pkg${i}=1.0`)].join('\n');
    const r = runAction(workspace({ 'Dockerfile': many }), { paths: '.' });
    expect(r.commands.filter((c) => c.startsWith('::warning '))).toHaveLength(10);
    expect(r.commands.at(-1)).toBe(
      '::notice title=dfscan%3A 2 more findings::2 more findings are not shown as annotations (2 warnings): GitHub shows 10 of each kind per step. See the job summary.',
    );
  });

  it('keeps the job summary under 1 MiB', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`svc${String(i).padStart(2, '0')}/Dockerfile`] = BAD;
    const before = 'x'.repeat(SUMMARY_LIMIT - 20_000);
    const r = runAction(workspace(files), { paths: '.', annotations: 'false' }, { summary: before });
    expect(r.summary.startsWith(before)).toBe(true);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(r.summary).toContain('> The report was cut to stay under');
    expect(r.summary).toContain('| svc00/Dockerfile | **F** |');

    const full = 'x'.repeat(SUMMARY_LIMIT - 100);
    const none = runAction(workspace(files), { paths: '.', annotations: 'false' }, { summary: full });
    expect(none.summary).toBe(full);
    expect(none.stdout).toContain('dfscan: the job summary of this step is full; the report is not added to it\n');
  });

  it('answers a bad input or an unreadable path with one error and exit 2', () => {
    const ws = workspace(goodApp());
    for (const [inputs, error] of [
      [{ 'failure-threshold': 'severe' }, '::error::dfscan: input failure-threshold: expected one of error, warning, info, style, none, got "severe"'],
      [{ annotations: 'yes' }, '::error::dfscan: input annotations: expected true or false, got "yes"'],
      [{ config: 'nope.yaml' }, '::error::dfscan: input config: nope.yaml: no such file'],
    ] as const) {
      const r = runAction(ws, inputs);
      expect([r.code, r.stdout]).toEqual([2, `${error}\n`]);
    }
    const missing = runAction(ws, { paths: 'Dockerfile\nservices/api' });
    expect(missing.code).toBe(2);
    expect(missing.commands).toEqual(['::error file=services/api,title=dfscan%3A file not analysed::no such file or directory']);
    expect(missing.outputs.findings).toBe('0');
  });

  it('checks the gates as the CLI does: a missed one is an error on its file and fails the step', () => {
    const ws = workspace({ ...goodApp('clean'), 'app/Dockerfile': BAD });
    const r = runAction(ws, { paths: '.', 'failure-threshold': 'none', 'min-score': '90', 'max-image-size': '1GB', annotations: 'true' });
    expect(r.code).toBe(1);
    const gateErrors = r.commands.filter((c) => c.startsWith('::error '));
    expect(gateErrors).toEqual([expect.stringMatching(/^::error file=app\/Dockerfile,title=dfscan%3A min-score gate::FAIL min-score app\/Dockerfile: \d+ < 90$/)]);
    expect(r.stdout).toContain('dfscan: 1 gate missed\n');
    expect(r.stdout).not.toContain('at or above the failure threshold');
    expect(r.summary).toMatch(/\*\*Gates\*\*\n\n- \*\*FAIL min-score app\/Dockerfile: \d+ \\< 90\*\*\n- PASS max-image-size app\/Dockerfile/);

    const passed = runAction(ws, { paths: 'clean', 'min-score': '90', 'max-waste': '10MB' });
    expect([passed.code, passed.commands]).toEqual([0, []]);
    expect(passed.stdout).toMatch(/PASS(\u001b\[\d+m)? min-score clean\/Dockerfile: \d+ >= 90/);

    const bad = runAction(ws, { 'max-waste': '10XB' });
    expect([bad.code, bad.stdout]).toEqual([2, '::error::dfscan: input max-waste: not a size: "10XB" (use e.g. 200MB, 1.5GB, 300MiB)\n']);
    const score = runAction(ws, { 'min-score': '101' });
    expect([score.code, score.stdout]).toEqual([2, '::error::dfscan: input min-score: expected a whole number from 0 to 100, got "101"\n']);
  });

  it('reads the configuration as the CLI does: the config input, else the nearest .dfscan.yaml', () => {
    const ws = workspace({ 'app/Dockerfile': BAD, 'ci/dfscan.yaml': 'ignore: [fat-base, context-leak]\nfailure-threshold: error\n', 'other/.dfscan.yaml': 'ignore: [fat-bse]\n', 'other/Dockerfile': BAD });
    const named = runAction(ws, { paths: 'app', config: 'ci/dfscan.yaml' });
    expect(named.code).toBe(0);
    expect(named.outputs.findings).toBe('6');
    expect(named.commands.map((c) => parse(c))).toEqual(['apt-pin-versions', 'copy-before-install', 'package-cache', 'split-cleanup', 'cache-mount', 'consecutive-runs'].map((rule) => expect.objectContaining({ title: `dfscan: ${rule}` })));
    // The failure-threshold input wins over the file's.
    expect(runAction(ws, { paths: 'app', config: 'ci/dfscan.yaml', 'failure-threshold': 'warning' }).code).toBe(1);

    const nearest = runAction(ws, { paths: 'app\nother' });
    expect(nearest.code).toBe(2);
    expect(nearest.commands).toEqual([expect.stringMatching(/^::error::dfscan: .*\.dfscan\.yaml:1:\d+: unknown rule "fat-bse"; did you mean "fat-base"\?/)]);
  });
});
