import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileLimited } from '../../src/context/read-file.js';

describe('readFileLimited', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dfscan-read-'));

  it('reads a file whole, at every size around the buffer it starts with', () => {
    for (const size of [0, 1, 2, 4095, 4096, 65_536, 65_537, 200_000]) {
      const path = join(dir, `f${size}`);
      const bytes = Buffer.alloc(size, 'x');
      writeFileSync(path, bytes);
      const r = readFileLimited(path, 1 << 20, { followLinks: true });
      expect(r.ok && r.bytes.equals(bytes), `${size} bytes`).toBe(true);
    }
  });

  it('stops one byte past the limit and says so', () => {
    const path = join(dir, 'big');
    writeFileSync(path, Buffer.alloc(1000, 'x'));
    expect(readFileLimited(path, 999, { followLinks: true })).toEqual({ ok: false, reason: 'too-large', bytes: 1000, exact: true });
    expect(readFileLimited(path, 1000, { followLinks: true }).ok).toBe(true);
  });

  it.skipIf(process.platform !== 'linux')('reads a /proc file, which states no size, to its end', () => {
    // It states 0 bytes; a Node process's memory map is several KB.
    const r = readFileLimited('/proc/self/maps', 1 << 22, { followLinks: true });
    expect(r.ok).toBe(true);
    const text = r.ok ? r.bytes.toString() : '';
    expect(text.length).toBeGreaterThan(4096);
    expect(text.endsWith('\n')).toBe(true);
  });
});
