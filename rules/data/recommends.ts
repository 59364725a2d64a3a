/**
 * What `apt-get install` adds without `--no-install-recommends`: the extra installed size of the
 * recommended packages, per package named. Measured on Debian 12 (bookworm) by simulating the
 * install on a minimal base with and without recommends (facts/cache-sizes.md, "Extra installed
 * size without --no-install-recommends"). On-disk MB; the rule converts to compressed bytes.
 */
export interface RecommendsOverhead {
  /** Extra installed MB (on disk) that the recommends pull in. */
  readonly extraMb: number;
}

const MEASURED = 'measured: simulated install on a minimal bookworm base, with and without recommends (facts/cache-sizes.md)';

export const RECOMMENDS_BASIS = MEASURED;

export const RECOMMENDS_OVERHEAD: Readonly<Record<string, RecommendsOverhead>> = {
  git: { extraMb: 14.3 },
  curl: { extraMb: 3.6 },
  wget: { extraMb: 8.9 },
  python3: { extraMb: 3.0 },
  'python3-pip': { extraMb: 388.0 },
  'build-essential': { extraMb: 77.8 },
  gcc: { extraMb: 99.1 },
  imagemagick: { extraMb: 113.3 },
  nginx: { extraMb: 0.4 },
  'openjdk-17-jre-headless': { extraMb: 54.0 },
  nodejs: { extraMb: 17.5 },
  npm: { extraMb: 625.3 },
  'libpq-dev': { extraMb: 0 },
  vim: { extraMb: 0 },
  'ca-certificates': { extraMb: 0 },
};

/**
 * For a package the table does not know: the median of the fifteen measured packages (14.3 MB,
 * git), so that an unknown install is neither free nor as costly as the worst cases (npm, pip).
 */
export const UNKNOWN_PACKAGE_EXTRA_MB = 14.3;
