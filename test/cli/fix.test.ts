/**
 * `--fix`, `--fix-unsafe` and `--diff` as users run them: files fixed in place (atomically, mode
 * kept, links kept), a diff that writes nothing, standard input fixed to standard output, and a
 * write that fails leaving the original intact with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/fix/write.js';
import { BIN, dfscan, ROOT } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples', 'node-app');

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dfscan-fix-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

describe('dfscan --diff', () => {
  it('prints a unified diff, writes nothing, and exits 1', () => {
    const dir = project();
    const before = readFileSync(join(dir, 'Dockerfile'), 'utf8');
    const r = dfscan(['--diff', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^--- a\/Dockerfile\n\+\+\+ b\/Dockerfile\n@@ /);
    expect(r.stdout).toContain('+COPY package.json package-lock.json ./\n');
    expect(r.stdout).toContain('-RUN rm -rf /var/lib/apt/lists/*\n');
    expect(r.stdout).not.toContain('node:22-slim');
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(before);
  });

  it('exits 0 with no output when there is nothing to fix; --fix-unsafe adds the unsafe fixes', () => {
    const dir = project();
    expect(dfscan(['--fix', 'Dockerfile'], { cwd: dir }).code).toBe(1);
    const clean = dfscan(['--diff', 'Dockerfile'], { cwd: dir });
    expect(clean).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const unsafe = dfscan(['--diff', '--fix-unsafe', 'Dockerfile'], { cwd: dir });
    expect(unsafe.code).toBe(1);
    expect(unsafe.stdout).toContain('-FROM node:22\n+FROM node:22-slim\n');
  });
});

describe('dfscan --fix', () => {
  it('fixes the file in place and reports what remains', () => {
    const dir = project();
    const r = dfscan(['--fix', 'Dockerfile'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(
      [
        '# A typical first Dockerfile for a Node.js service: it works, but every source',
        '# change re-installs all dependencies, and the image carries a full Debian base',
        '# and the apt package lists.',
        'FROM node:22',
        '',
        'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
        '',
        'WORKDIR /app',
        'COPY package.json package-lock.json ./',
        'RUN npm ci --omit=dev && npm cache clean --force',
        'COPY . .',
        '',
        'EXPOSE 3000',
        'CMD ["node", "server.js"]',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain('fat-base');
    expect(r.stdout).not.toContain('split-cleanup');
    expect(r.stdout).toMatch(/fixed {2}3 findings with 5 edits; the findings above remain; 1 more with --fix-unsafe/);
    // No temporary file is left beside it.
    expect(readdirSync(dir).filter((f) => f.includes('dfscan'))).toEqual([]);
  });

  it('reports fixes in JSON: what each finding would change, and what was fixed', () => {
    const dir = project();
    const diffRun = dfscan(['-f', 'json', 'Dockerfile'], { cwd: dir });
    const findings = JSON.parse(diffRun.stdout).files[0].findings;
    const fat = findings.find((f: { rule: string }) => f.rule === 'fat-base');
    expect(fat.fixable).toBe(true);
    expect(fat.fix).toEqual({ description: 'use node:22-slim', safety: 'unsafe', edits: [{ line: 4, column: 6, endLine: 4, endColumn: 13, newText: 'node:22-slim' }] });
    const leak = findings.find((f: { rule: string }) => f.rule === 'context-leak');
    expect(leak).toMatchObject({ fixable: false, fix: null });

    const r = dfscan(['--fix-unsafe', '-f', 'json', 'Dockerfile'], { cwd: dir });
    const file = JSON.parse(r.stdout).files[0];
    expect(file.fixed).toEqual({ findings: 4, edits: 6, unsafeLeft: 0 });
    expect(file.findings.map((f: { rule: string }) => f.rule)).toEqual(['apt-pin-versions', 'context-leak']);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('FROM node:22-slim\n');
  });

  it('keeps the file mode, and a symbolic link stays a link to the fixed file', () => {
    const dir = project();
    chmodSync(join(dir, 'Dockerfile'), 0o640);
    symlinkSync('Dockerfile', join(dir, 'Containerfile'));
    const r = dfscan(['--fix', 'Containerfile'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(statSync(join(dir, 'Dockerfile')).mode & 0o777).toBe(0o640);
    expect(lstatSync(join(dir, 'Containerfile')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('npm cache clean --force');
  });

  it('keeps CRLF line endings and the byte-order mark of the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-fix-'));
    const path = join(dir, 'Dockerfile');
    writeFileSync(path, Buffer.from('\uFEFFFROM alpine:3.24\r\nRUN apk update \\\r\n && apk add curl\r\n', 'utf8'));
    expect(dfscan(['--fix', path]).code).not.toBe(2);
    expect(readFileSync(path)).toEqual(Buffer.from('\uFEFFFROM alpine:3.24\r\nRUN apk update \\\r\n && apk add curl \\\r\n && rm -rf /var/cache/apk/*\r\n', 'utf8'));
  });

  it('fixes standard input to standard output, with the report on standard error', () => {
    const r = dfscan(['--fix', '-'], { input: 'FROM python:3.13-slim\nRUN pip install flask==3.1.0\n', env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('FROM python:3.13-slim\nRUN pip install --no-cache-dir flask==3.1.0\n');
    expect(r.stderr).toMatch(/no findings/);
    expect(r.stderr).toMatch(/fixed {2}1 finding with 1 edit/);
  });

  it('leaves the original intact and exits 2 when the folder is read-only', () => {
    const dir = project();
    const path = join(dir, 'Dockerfile');
    const before = readFileSync(path);
    chmodSync(dir, 0o555);
    // Root writes anywhere: run as nobody then, as a user would run it.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, '--fix', path], { encoding: 'utf8', cwd: dir, ...asUser });
    chmodSync(dir, 0o755);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`dfscan: ${path}: cannot write the fixed file: permission denied (left unchanged)`]);
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes('dfscan'))).toEqual([]);
  });
});

describe('writeAtomically', () => {
  it('removes its temporary file and leaves the original when the last step fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-write-'));
    const path = join(dir, 'Dockerfile');
    writeFileSync(path, 'FROM alpine\n');
    const failing = { rename: async () => Promise.reject(Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' })) };
    const r = await writeAtomically(path, Buffer.from('FROM alpine:3.24\n'), Buffer.from('FROM alpine\n'), failing);
    expect(r).toEqual({ ok: false, error: 'EXDEV: cross-device link not permitted' });
    expect(readFileSync(path, 'utf8')).toBe('FROM alpine\n');
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });

  it('refuses to overwrite a file that changed since it was read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-write-'));
    const path = join(dir, 'Dockerfile');
    writeFileSync(path, 'FROM alpine:edited\n');
    const r = await writeAtomically(path, Buffer.from('FROM alpine:3.24\n'), Buffer.from('FROM alpine\n'));
    expect(r.ok).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('FROM alpine:edited\n');
  });
});
