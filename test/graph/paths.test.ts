import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinPath } from '../../src/graph/paths.js';

describe('joinPath', () => {
  it('resolves against the base and normalises as POSIX resolve does, paths already normal or not', () => {
    const bases = ['/', '/app', '/app/', '/usr/local/lib', '/a/./b', '/a/../b'];
    const dirs = ['', '.', '..', 'src', 'src/', './src', 'src/../lib', 'a//b', 'a/./b', '.hidden', '..x', 'x..', '...', '/abs', '/abs/', '//abs', '/abs/.', '/abs/..', '/abs/../..', '/a/b/c', '/a/.b/c'];
    for (const base of bases) {
      for (const dir of dirs) expect(joinPath(base, dir), `${base} + ${dir}`).toBe(posix.resolve(base, dir).replace(/^\/\/+/, '/'));
    }
  });

  it('returns a normal absolute path as it is', () => {
    expect(joinPath('/ignored', '/usr/local/bin')).toBe('/usr/local/bin');
    expect(joinPath('/app', 'node_modules/.bin')).toBe('/app/node_modules/.bin');
  });
});
