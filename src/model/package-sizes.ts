/**
 * What a system package install adds to a layer. Debian packages come from the table generated
 * from the apt index (rules/data/apt-packages.json): the package with the dependencies a minimal
 * image lacks, and what its recommended packages would add. Other managers, and packages the
 * table does not hold, use a documented average.
 */
import table from '../../rules/data/apt-packages.json' with { type: 'json' };
import { COMPRESSION_RATIO } from '../../rules/data/compression.js';
import { APK_PACKAGE_AVERAGE, OS_PACKAGE_AVERAGE } from '../../rules/data/install-sizes.js';

type Row = readonly [count: number, installed: number, download: number, recInstalled: number, recDownload: number, own: number];
const APT = table.packages as unknown as Record<string, Row>;

export interface PackageSetSize {
  /** Compressed bytes the packages add. */
  readonly bytes: number;
  /** Compressed bytes their recommended packages would add (apt without --no-install-recommends). */
  readonly recommendsBytes: number;
  /** Packages sized from the table, and packages sized by the average. */
  readonly fromTable: number;
  readonly averaged: number;
}

export function aptRow(name: string): Row | undefined {
  return Object.hasOwn(APT, name) ? APT[name] : undefined;
}

/**
 * The set's size: dependencies are shared between packages, so the largest closure counts whole
 * and the others add their own files only.
 */
export function packageSetSize(manager: string, packages: readonly string[]): PackageSetSize {
  let largest = 0;
  let ownSum = 0;
  let largestOwn = 0;
  let recommends = 0;
  let fromTable = 0;
  let averaged = 0;
  for (const name of packages) {
    const row = manager === 'apt' ? aptRow(name.split('=')[0]!.replace(/:\w+$/, '')) : undefined;
    if (!row) {
      averaged++;
      continue;
    }
    fromTable++;
    ownSum += row[5];
    if (row[1] > largest) {
      largest = row[1];
      largestOwn = row[5];
    }
    recommends = Math.max(recommends, row[3]);
  }
  const installed = largest + (ownSum - largestOwn);
  return {
    bytes: Math.round(installed * COMPRESSION_RATIO) + averaged * (manager === 'apk' ? APK_PACKAGE_AVERAGE : OS_PACKAGE_AVERAGE).bytes,
    recommendsBytes: Math.round(recommends * COMPRESSION_RATIO),
    fromTable,
    averaged,
  };
}
