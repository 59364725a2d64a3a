/**
 * The CLI keeps V8's bytecode for its bundle in the user's cache folder (src/cli/compile-cache.ts):
 * the output never depends on it, a cache that does not fit is replaced, and one that fits is
 * used as it is.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, dfscan } from '../helpers/cli.js';

const ARGS = ['-f', 'json', 'examples/node-app/Dockerfile'];
const CACHE_NAME = `v8-${process.version}-${process.arch}.bin`;

function fresh(): { home: string; file: string; env: Record<string, string> } {
  const home = mkdtempSync(join(tmpdir(), 'dfscan-cache-'));
  return { home, file: join(home, 'dfscan', CACHE_NAME), env: { XDG_CACHE_HOME: home } };
}

describe('the compile cache', () => {
  const plain = dfscan(ARGS, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });

  it('is written by the first run, in a folder only the user can open, and used as it is by the next', () => {
    const { file, env } = fresh();
    const first = dfscan(ARGS, { env });
    expect([first.code, first.stdout, first.stderr]).toEqual([plain.code, plain.stdout, '']);
    expect(plain.code).toBe(1);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    if (process.platform !== 'win32') expect(statSync(join(file, '..')).mode & 0o077).toBe(0);
    const written = readFileSync(file);

    const second = dfscan(ARGS, { env });
    expect([second.code, second.stdout, second.stderr]).toEqual([plain.code, plain.stdout, '']);
    // V8 took it: a refused cache would have been written again (with other bytes).
    expect(readFileSync(file).equals(written)).toBe(true);
    expect(readdirSync(join(file, '..'))).toEqual([CACHE_NAME]);
  });

  it('made by a run that analysed no RUN, is made again by the first run that does, then kept', () => {
    const { file, env } = fresh();
    expect(dfscan(['--version'], { env }).code).toBe(0);
    const partial = readFileSync(file);
    const analysed = dfscan(ARGS, { env });
    expect([analysed.code, analysed.stdout, analysed.stderr]).toEqual([plain.code, plain.stdout, '']);
    const complete = readFileSync(file);
    // The analysis compiled more functions, all of them now in the cache.
    expect(complete.length).toBeGreaterThan(partial.length);
    expect(dfscan(['--version'], { env }).code).toBe(0);
    expect(dfscan(ARGS, { env }).stdout).toBe(plain.stdout);
    expect(readFileSync(file).equals(complete)).toBe(true);
  });

  it('is not made by a run of many files, which uses one made by a run of a few', () => {
    const { file, env } = fresh();
    const many = mkdtempSync(join(tmpdir(), 'dfscan-many-'));
    const text = readFileSync(join(ROOT, ARGS.at(-1)!));
    for (let i = 0; i < 11; i++) {
      mkdirSync(join(many, String(i)));
      writeFileSync(join(many, String(i), 'Dockerfile'), text);
    }
    const long = dfscan(['-j', '1', '-f', 'json', many], { env });
    expect([long.code, long.stderr]).toEqual([1, '']);
    expect(existsSync(file)).toBe(false);
    // Ten files are still a few.
    rmSync(join(many, '10'), { recursive: true });
    expect(dfscan(['-j', '1', '-f', 'json', many], { env }).code).toBe(1);
    const made = readFileSync(file);
    expect(made[28]).toBe(1);
    mkdirSync(join(many, '10'));
    writeFileSync(join(many, '10', 'Dockerfile'), text);
    expect(dfscan(['-j', '1', '-f', 'json', many], { env }).stdout).toBe(long.stdout);
    expect(readFileSync(file).equals(made)).toBe(true);
  });

  it('made under other V8 flags, is replaced at once by a partial one, which the next run under them completes', () => {
    const { file, env } = fresh();
    dfscan(ARGS, { env });
    const full = readFileSync(file);
    // A flag V8 checks the cache against on Node 20 and 24 alike (Node 24's V8 leaves heap sizes out).
    const flagged = { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --stack-trace-limit=20`.trim() };
    const refused = dfscan(ARGS, { env: flagged });
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([plain.code, plain.stdout, '']);
    const partial = readFileSync(file);
    expect(partial.length).toBeLessThan(full.length / 4);
    expect(dfscan(ARGS, { env: flagged }).stdout).toBe(plain.stdout);
    expect(readFileSync(file).length).toBeGreaterThan(full.length / 2);
  });

  it('replaces a damaged cache, or one made for another bundle, and gives the same output', () => {
    // Headed by the bundle's own hash and time, the rest is for V8 to refuse.
    const bundle = join(ROOT, 'dist', 'dfscan.cjs');
    const key = Buffer.alloc(28);
    createHash('sha1').update(readFileSync(bundle)).digest().copy(key);
    key.writeDoubleLE(statSync(bundle).mtimeMs, 20);
    const forThisBundle = Buffer.concat([key, Buffer.of(1), Buffer.alloc(100_000, 7)]);
    for (const damaged of [Buffer.from('not bytecode'), Buffer.alloc(200_000, 7), forThisBundle]) {
      const { file, env } = fresh();
      mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
      writeFileSync(file, damaged);
      const r = dfscan(ARGS, { env });
      expect([r.code, r.stdout, r.stderr]).toEqual([plain.code, plain.stdout, '']);
      expect(readFileSync(file).equals(damaged)).toBe(false);
      expect(statSync(file).size).toBeGreaterThan(10_000);
    }
  });

  it('is made again for a bundle changed in place after the build (patched), though the hash the build wrote is the same', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dfscan-dist-'));
    for (const f of readdirSync(join(ROOT, 'dist'))) copyFileSync(join(ROOT, 'dist', f), join(dist, f));
    const { file, env } = fresh();
    const run = () => spawnSync(process.execPath, [join(dist, 'cli.cjs'), ...ARGS], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    const first = run();
    expect([first.status, first.stdout]).toEqual([plain.code, plain.stdout]);
    const made = readFileSync(file);
    // The same length, so V8's own check would take the old cache: a one-character patch.
    const bundle = join(dist, 'dfscan.cjs');
    const patched = readFileSync(bundle, 'latin1').replaceAll('image-size analyzer', 'image-size analyser');
    writeFileSync(bundle, patched, 'latin1');
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    const second = run();
    expect([second.status, second.stdout]).toEqual([plain.code, plain.stdout]);
    expect(readFileSync(file).equals(made)).toBe(false);
    expect(spawnSync(process.execPath, [join(dist, 'cli.cjs'), '--help'], { env: { ...process.env, ...env }, encoding: 'utf8' }).stdout).toContain('image-size analyser');
  });

  it('is neither read nor written with NODE_DISABLE_COMPILE_CACHE', () => {
    const { home, env } = fresh();
    const r = dfscan(ARGS, { env: { ...env, NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect([r.code, r.stdout, r.stderr]).toEqual([plain.code, plain.stdout, '']);
    expect(readdirSync(home)).toEqual([]);
  });

  it('runs as without one where the cache folder cannot be made', () => {
    const { home, env } = fresh();
    writeFileSync(join(home, 'dfscan'), 'a file where the folder would be');
    const r = dfscan(ARGS, { env });
    expect([r.code, r.stdout, r.stderr]).toEqual([plain.code, plain.stdout, '']);
    expect(readFileSync(join(home, 'dfscan'), 'utf8')).toBe('a file where the folder would be');
  });

  it.skipIf(process.platform === 'win32')('leaves a folder others can write alone', () => {
    const { file, env } = fresh();
    dfscan(ARGS, { env });
    const planted = readFileSync(file);
    chmodSync(join(file, '..'), 0o777);
    const r = dfscan(ARGS, { env });
    expect([r.code, r.stdout, r.stderr]).toEqual([plain.code, plain.stdout, '']);
    // Not replaced: the folder is not the user's alone, so dfscan neither writes nor reads it.
    expect(readFileSync(file).equals(planted)).toBe(true);
  });
});
