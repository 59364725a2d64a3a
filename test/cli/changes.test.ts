import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, writeContext } from '../helpers/analyze.js';
import { dfscan } from '../helpers/cli.js';

const GOOD = lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build', 'CMD ["node", "src/app.js"]');
const BAD = lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'RUN npm run build', 'CMD ["node", "src/app.js"]');
const FILES = { 'package.json': '{}', 'package-lock.json': '{}', 'src/app.js': 'x', '.dockerignore': 'node_modules\n' };

function rebuild(dockerfile: string, args: string[]) {
  const file = writeContext(dockerfile, FILES);
  const r = dfscan(['-f', 'json', file, ...args]);
  expect(r.stderr).toBe('');
  return { file, rebuild: JSON.parse(r.stdout).files[0].rebuild };
}

describe('--changed', () => {
  it('good ordering: a source edit rebuilds only from COPY . . on', () => {
    expect(rebuild(GOOD, ['--changed', 'src/app.js']).rebuild).toEqual({
      changed: ['src/app.js'],
      stages: [{ stage: '0', firstLine: 5, lines: [5, 6], seconds: expect.any(Number) }],
    });
  });

  it('bad ordering: the same edit re-runs npm ci too', () => {
    const { rebuild: r } = rebuild(BAD, ['--changed', 'src/app.js']);
    expect(r.stages[0]).toMatchObject({ firstLine: 3, lines: [3, 4, 5] });
    expect(r.stages[0].seconds).toBeGreaterThanOrEqual(30);
  });

  it('a lockfile change rebuilds the install in either ordering', () => {
    expect(rebuild(GOOD, ['--changed', 'package-lock.json']).rebuild.stages[0]).toMatchObject({ firstLine: 3, lines: [3, 4, 5, 6] });
  });

  it('a file .dockerignore leaves out changes nothing', () => {
    expect(rebuild(GOOD, ['--changed', 'node_modules/x/index.js']).rebuild.stages[0]).toMatchObject({ firstLine: null, lines: [], seconds: 0 });
  });

  it('follows a rebuilt stage into the stages that copy from it', () => {
    const multi = lines('FROM node:22 AS build', 'COPY src/ src/', 'RUN npm ci && npm run build', 'FROM nginx:1-alpine', 'COPY nginx.conf /etc/nginx/', 'COPY --from=build /dist /html');
    expect(rebuild(multi, ['--changed', 'src/app.js']).rebuild.stages.map((s: { firstLine: number | null }) => s.firstLine)).toEqual([2, 6]);
    expect(rebuild(multi, ['--changed', 'nginx.conf']).rebuild.stages.map((s: { firstLine: number | null }) => s.firstLine)).toEqual([null, 5]);
  });

  it('shows the rebuild in the terminal report', () => {
    const file = writeContext(BAD, FILES);
    const r = dfscan([file, '--changed', 'src/app.js', '--no-color']);
    expect(r.stdout).toMatch(/change src\/app\.js:\n\s+stage 0 rebuilds from line 3 \(3 steps: lines 3, 4, 5\), ~\d+ s/);
  });
});

describe('--changed-since', () => {
  it('takes the changed files from git, relative to the context, untracked ones included', () => {
    const file = writeContext(GOOD, FILES);
    const dir = dirname(file);
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'first');
    writeFileSync(join(dir, 'src', 'app.js'), 'changed');
    writeFileSync(join(dir, 'src', 'new.js'), 'new');
    const r = dfscan(['-f', 'json', file, '--changed-since', 'HEAD']);
    const rb = JSON.parse(r.stdout).files[0].rebuild;
    expect(rb.changed).toEqual(['src/app.js', 'src/new.js']);
    expect(rb.stages[0]).toMatchObject({ firstLine: 5 });
  });

  it('a bad revision is one line on stderr and exit 2', () => {
    const file = writeContext(GOOD, FILES);
    execFileSync('git', ['-C', dirname(file), 'init', '-q']);
    const r = dfscan([file, '--changed-since', 'no-such-rev']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^dfscan: --changed-since no-such-rev: /)]);
    expect(dfscan([file, '--changed-since', '--output=x']).code).toBe(2);
  });
});
