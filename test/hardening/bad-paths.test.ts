/**
 * Paths that are not plain readable Dockerfiles: missing, unreadable, a FIFO, a folder with none,
 * a folder with a loop of symbolic links, and files past the size limit (`--max-file-size`,
 * 10 MiB by default). Each case runs the built CLI with a good Dockerfile beside the bad path.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, rmSync, statSync, symlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGoodReported, expectNotAnalysed, expectOneLine, GOOD, GOOD_NAME, jsonFiles, run, scratch } from './run.js';

const MiB = 1024 * 1024;

describe('paths that cannot be read: one line, exit 2, the good file still reported', () => {
  it('a path that does not exist', () => {
    const root = scratch();
    const r = run(['-f', 'json', 'missing/Dockerfile', GOOD_NAME], { cwd: root });
    expect(r.code).toBe(2);
    const line = expectOneLine(r, 'missing/Dockerfile', /^no such file or directory$/);
    expectNotAnalysed(jsonFiles(r), 'missing/Dockerfile', line);
    expectGoodReported(jsonFiles(r));
  });

  it('a folder without a Dockerfile', () => {
    const root = scratch({ 'docs/README.md': '# no Dockerfile here\n', 'docs/Dockerfile-notes.txt': 'FROM x\n' });
    const r = run(['-f', 'json', 'docs', GOOD_NAME], { cwd: root });
    expect(r.code).toBe(2);
    const line = expectOneLine(r, 'docs', /^no Dockerfile found in this directory$/);
    expectNotAnalysed(jsonFiles(r), 'docs', line);
    expectGoodReported(jsonFiles(r));
  });

  it('a FIFO is refused without waiting for a writer', () => {
    const root = scratch();
    execFileSync('mkfifo', [join(root, 'Dockerfile.fifo')]);
    // Nobody ever writes to the FIFO: a reader that opens it blocking would wait forever.
    const r = run(['-f', 'json', 'Dockerfile.fifo', GOOD_NAME], { cwd: root, timeoutMs: 15_000 });
    expect(r.code).toBe(2);
    const line = expectOneLine(r, 'Dockerfile.fifo', /^not a regular file$/);
    expectNotAnalysed(jsonFiles(r), 'Dockerfile.fifo', line);
    expectGoodReported(jsonFiles(r));
  });

  it('a FIFO found by a folder scan is not waited on either', () => {
    const root = scratch({ 'svc/Dockerfile': GOOD });
    execFileSync('mkfifo', [join(root, 'svc', 'Dockerfile.pipe')]);
    const r = run(['-f', 'json', 'svc'], { cwd: root, timeoutMs: 15_000 });
    // The scan picks up regular files only: the FIFO is not a Dockerfile it reports.
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect([...jsonFiles(r).keys()]).toEqual(['svc/Dockerfile']);
    expectGoodReported(jsonFiles(r), 'svc/Dockerfile');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission (skipped as root, which reads any file)', () => {
    const root = scratch({ 'secret.Dockerfile': GOOD });
    chmodSync(join(root, 'secret.Dockerfile'), 0o000);
    const r = run(['-f', 'json', 'secret.Dockerfile', GOOD_NAME], { cwd: root });
    expect(r.code).toBe(2);
    const line = expectOneLine(r, 'secret.Dockerfile', /^permission denied$/);
    expectNotAnalysed(jsonFiles(r), 'secret.Dockerfile', line);
    expectGoodReported(jsonFiles(r));
  });

  it('a symbolic link that points at itself, named on the command line', () => {
    const root = scratch();
    symlinkSync('self.Dockerfile', join(root, 'self.Dockerfile'));
    const r = run(['-f', 'json', 'self.Dockerfile', GOOD_NAME], { cwd: root, timeoutMs: 15_000 });
    expect(r.code).toBe(2);
    const line = expectOneLine(r, 'self.Dockerfile', /^too many levels of symbolic links$/);
    expectNotAnalysed(jsonFiles(r), 'self.Dockerfile', line);
    expectGoodReported(jsonFiles(r));
  });
});

describe('a folder with a loop of symbolic links', () => {
  it('ends, and reports each real Dockerfile once', () => {
    const root = scratch({ 'repo/Dockerfile': GOOD, 'repo/a/Dockerfile': GOOD, 'repo/a/b/api.Dockerfile': GOOD });
    const repo = join(root, 'repo');
    symlinkSync('..', join(repo, 'a', 'loop')); // a/loop -> repo
    symlinkSync('../..', join(repo, 'a', 'b', 'up')); // a/b/up -> repo
    symlinkSync('../a', join(repo, 'a', 'b', 'sideways')); // a/b/sideways -> a
    symlinkSync('ping', join(repo, 'pong'));
    symlinkSync('pong', join(repo, 'ping')); // ping <-> pong: resolves to nothing
    symlinkSync('Dockerfile.self', join(repo, 'Dockerfile.self')); // a Dockerfile name that is a loop
    const r = run(['-f', 'json', 'repo'], { cwd: root, timeoutMs: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = jsonFiles(r);
    expect([...files.keys()]).toEqual(['repo/Dockerfile', 'repo/a/Dockerfile', 'repo/a/b/api.Dockerfile']);
    for (const path of files.keys()) expectGoodReported(files, path);
  });
});

/** Writes a file of `bytes` bytes of Dockerfile text through a small buffer (never all in memory). */
function writeLarge(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, 'FROM alpine:3.20\n');
    const line = `# ${'x'.repeat(1021)}\n`; // 1 KiB a line
    const chunk = Buffer.from(line.repeat(1024)); // 1 MiB
    let written = 17;
    while (written + chunk.length <= bytes) written += writeSync(fd, chunk);
    writeSync(fd, chunk.subarray(0, bytes - written)); // the rest: part of a comment line
  } finally {
    closeSync(fd);
  }
}

describe('the size limit (--max-file-size, 10 MiB by default)', () => {
  it('refuses a 50 MB file by its size, without reading it; the good file is still reported', () => {
    const root = scratch();
    const big = join(root, 'big.Dockerfile');
    // Sparse: 50 MB on paper, no 50 MB written or held in memory.
    const fd = openSync(big, 'w');
    writeSync(fd, GOOD);
    ftruncateSync(fd, 50 * 1000 * 1000);
    closeSync(fd);
    try {
      const r = run(['-f', 'json', 'big.Dockerfile', GOOD_NAME], { cwd: root, timeoutMs: 30_000 });
      expect(r.code).toBe(2);
      const line = expectOneLine(r, 'big.Dockerfile', /^file is 50000000 bytes, over the 10485760-byte limit \(--max-file-size\)$/);
      expectNotAnalysed(jsonFiles(r), 'big.Dockerfile', line);
      expectGoodReported(jsonFiles(r));
    } finally {
      rmSync(big);
    }
  });

  it('a file one byte over the default is refused, one at the limit is analysed', () => {
    const root = scratch();
    writeLarge(join(root, 'at.Dockerfile'), 10 * MiB);
    writeLarge(join(root, 'over.Dockerfile'), 10 * MiB + 1);
    try {
      expect(statSync(join(root, 'at.Dockerfile')).size).toBe(10 * MiB);
      const r = run(['-f', 'json', 'at.Dockerfile', 'over.Dockerfile', GOOD_NAME], { cwd: root, timeoutMs: 60_000 });
      expect(r.code).toBe(2);
      const line = expectOneLine(r, 'over.Dockerfile', /^file is 10485761 bytes, over the 10485760-byte limit/);
      const files = jsonFiles(r);
      expectNotAnalysed(files, 'over.Dockerfile', line);
      expect(files.get('at.Dockerfile')!.error).toBeNull();
      expectGoodReported(files);
    } finally {
      rmSync(join(root, 'at.Dockerfile'));
      rmSync(join(root, 'over.Dockerfile'));
    }
  });

  it('is configurable upwards: a larger limit lets a file over 10 MiB through', () => {
    const root = scratch();
    writeLarge(join(root, 'large.Dockerfile'), 12 * MiB);
    try {
      const r = run(['-f', 'json', '--max-file-size', String(16 * MiB), 'large.Dockerfile', GOOD_NAME], { cwd: root, timeoutMs: 60_000 });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const files = jsonFiles(r);
      expect(files.get('large.Dockerfile')!.error).toBeNull();
      expectGoodReported(files);
    } finally {
      rmSync(join(root, 'large.Dockerfile'));
    }
  });

  it('is configurable downwards: a small limit refuses a small file, and standard input', () => {
    const small = 'FROM alpine:3.20\nRUN echo a line that takes it past forty bytes\n';
    const root = scratch({ 'small.Dockerfile': small });
    const r = run(['-f', 'json', '--max-file-size', '40', 'small.Dockerfile', GOOD_NAME], { cwd: root });
    expect(r.code).toBe(2);
    const line = expectOneLine(r, 'small.Dockerfile', new RegExp(`^file is ${small.length} bytes, over the 40-byte limit \\(--max-file-size\\)$`));
    expectNotAnalysed(jsonFiles(r), 'small.Dockerfile', line);
    expectGoodReported(jsonFiles(r));

    const s = run(['-f', 'json', '--max-file-size', '40', '-', GOOD_NAME], { cwd: root, input: small });
    expect(s.code).toBe(2);
    const stdinLine = expectOneLine(s, '-', /^standard input is larger than the 40-byte limit \(--max-file-size\)$/);
    expectNotAnalysed(jsonFiles(s), '-', stdinLine);
    expectGoodReported(jsonFiles(s));
  });

  it('a limit that is not a positive whole number is a usage error, in one line', () => {
    const root = scratch();
    for (const bad of ['0', '-5', 'ten', '1.5']) {
      const r = run(['--max-file-size', bad, GOOD_NAME], { cwd: root });
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^dfscan: .*--max-file-size.*positive whole number/);
    }
  });

  it('standard input past the default limit is refused after reading one byte more, not all of it', () => {
    const root = scratch();
    const input = Buffer.alloc(10 * MiB + 64 * 1024, '# padding line\n');
    const r = run(['-f', 'json', '-', GOOD_NAME], { cwd: root, input, timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    const line = expectOneLine(r, '-', /^standard input is larger than the 10485760-byte limit/);
    expectNotAnalysed(jsonFiles(r), '-', line);
    expectGoodReported(jsonFiles(r));
  });
});

it('a scan of a folder also reports a file inside it past the limit, and the rest', () => {
  const root = scratch({ 'svc/a/Dockerfile': GOOD, 'svc/b/Dockerfile': GOOD });
  mkdirSync(join(root, 'svc', 'c'));
  const fd = openSync(join(root, 'svc', 'c', 'Dockerfile'), 'w');
  ftruncateSync(fd, 11 * MiB);
  closeSync(fd);
  const r = run(['-f', 'json', 'svc'], { cwd: root, timeoutMs: 30_000 });
  expect(r.code).toBe(2);
  const line = expectOneLine(r, 'svc/c/Dockerfile', /over the 10485760-byte limit/);
  const files = jsonFiles(r);
  expect([...files.keys()]).toEqual(['svc/a/Dockerfile', 'svc/b/Dockerfile', 'svc/c/Dockerfile']);
  expectNotAnalysed(files, 'svc/c/Dockerfile', line);
  expectGoodReported(files, 'svc/a/Dockerfile');
  expectGoodReported(files, 'svc/b/Dockerfile');
});
