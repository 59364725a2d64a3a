/**
 * The package table generated from Debian's apt index against the installs measured on a
 * bookworm machine (facts/cache-sizes.md): the same dependency closures, within a few percent.
 */
import { describe, expect, it } from 'vitest';
import { aptRow } from '../../src/model/package-sizes.js';

/** facts/cache-sizes.md: package → [packages, installed MB] without recommends, extra MB with them. */
const MEASURED: Record<string, [number, number, number]> = {
  git: [19, 57.3, 14.3],
  curl: [16, 11.4, 3.6],
  wget: [2, 3.5, 8.9],
  'python3-pip': [33, 47.2, 388.0],
  gcc: [28, 174.8, 99.1],
  imagemagick: [46, 94.7, 113.3],
  nginx: [18, 15.1, 0.4],
  'openjdk-17-jre-headless': [34, 218.6, 54.0],
  nodejs: [13, 94.4, 17.5],
};

describe('apt package table', () => {
  for (const [name, [count, installedMB, extraMB]] of Object.entries(MEASURED)) {
    it(`${name}: closure and size match the measured install`, () => {
      const row = aptRow(name)!;
      expect(row).toBeDefined();
      expect(Math.abs(row[0] - count)).toBeLessThanOrEqual(6);
      // The facts give MB of 2^20 bytes (dpkg's Installed-Size is in KiB).
      expect(row[1] / 2 ** 20 / installedMB).toBeGreaterThan(0.85);
      expect(row[1] / 2 ** 20 / installedMB).toBeLessThan(1.15);
      expect(Math.abs(row[3] / 2 ** 20 - extraMB)).toBeLessThan(Math.max(2, extraMB * 0.25));
    });
  }

  it('covers at least 2,000 packages', async () => {
    const table = await import('../../rules/data/apt-packages.json', { with: { type: 'json' } });
    expect(Object.keys(table.default.packages).length).toBeGreaterThanOrEqual(2000);
  });
});
