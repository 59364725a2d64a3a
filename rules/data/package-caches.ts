/**
 * Package managers that leave a cache or an index behind in the layer that runs them, how to
 * avoid it, and what it weighs. Read by package-cache, split-cleanup and the size estimate.
 *
 * Bytes are compressed layer bytes (what a pull transfers). Caches of already-compressed files
 * (gzip'd indexes, .deb/.rpm/.whl/.tgz archives) compress no further, so their on-disk size is
 * used as is.
 */
export interface CacheCleaner {
  readonly command: string;
  /** Arguments that must all be present, in any order (`clean`, `all`). */
  readonly args: readonly string[];
}

export interface PackageCache {
  readonly id: string;
  /** Programs that are this package manager. */
  readonly commands: readonly string[];
  /** Subcommands that write the cache or index. */
  readonly writes: readonly string[];
  /** Options that avoid the cache entirely (`apk add --no-cache`). */
  readonly noCacheFlags: readonly string[];
  /** Environment variables that, when set to a non-empty value, disable the cache. */
  readonly noCacheEnv: readonly string[];
  /** Where the cache lives; `~` is the home of the build user. */
  readonly paths: readonly string[];
  /** Commands that empty the cache. */
  readonly cleaners: readonly CacheCleaner[];
  /** The cleanup to append, for messages and fixes. */
  readonly cleanup: string;
  /** The flag to add instead, where one exists. */
  readonly flagFix: string | null;
  /** Subcommands the flag does nothing for (`apk update` only writes the index). */
  readonly flagFixSkips?: readonly string[];
  /**
   * An index that later installs read (the apt lists, the apk index): removing it breaks a
   * later layer that installs without refreshing it first. How a command refreshes it (a
   * subcommand or a flag), and the subcommands that do not read it.
   */
  readonly index?: { readonly refresh: readonly string[]; readonly refreshFlags: readonly string[]; readonly unread: readonly string[] };
  readonly bytes: number;
  readonly bytesBasis: string;
}

export const PACKAGE_CACHES: readonly PackageCache[] = [
  {
    id: 'apt',
    commands: ['apt-get', 'apt', 'aptitude'],
    writes: ['update'],
    noCacheFlags: [],
    noCacheEnv: [],
    paths: ['/var/lib/apt/lists'],
    cleaners: [
      { command: 'apt-get', args: ['dist-clean'] },
      { command: 'apt', args: ['dist-clean'] },
    ],
    cleanup: 'rm -rf /var/lib/apt/lists/*',
    flagFix: null,
    index: { refresh: ['update'], refreshFlags: [], unread: ['clean', 'autoclean', 'autoremove', 'remove', 'purge', 'dist-clean', 'distclean'] },
    bytes: 19_872_227,
    bytesBasis:
      'measured: /var/lib/apt/lists after apt-get update on debian bookworm with the official image settings (gzip\'d indexes), facts/cache-sizes.md; `apt-get clean` does not remove it, `apt-get dist-clean` (apt 2.9+) does',
  },
  {
    id: 'apk',
    commands: ['apk'],
    writes: ['add', 'update', 'upgrade'],
    noCacheFlags: ['--no-cache', '--no-network'],
    noCacheEnv: [],
    paths: ['/var/cache/apk'],
    cleaners: [],
    cleanup: 'rm -rf /var/cache/apk/*',
    flagFix: '--no-cache',
    flagFixSkips: ['update'],
    index: { refresh: ['update'], refreshFlags: ['-U', '--update-cache', '--no-cache'], unread: ['del', 'cache'] },
    bytes: 2_000_000,
    bytesBasis: 'published: APKINDEX files in /var/cache/apk, 1.2–2.5 MB (about 1.8 MB on alpine 3.18), facts/cache-sizes.md; `apk cache clean` leaves them',
  },
  {
    id: 'yum',
    commands: ['yum'],
    writes: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'makecache', 'swap'],
    noCacheFlags: [],
    noCacheEnv: [],
    paths: ['/var/cache/yum'],
    cleaners: [{ command: 'yum', args: ['clean', 'all'] }],
    cleanup: 'yum clean all',
    flagFix: null,
    bytes: 65_400_000,
    bytesBasis:
      'published: `yum clean all`/`dnf clean all` saved 18, 132, 195 and 710 MB on disk (facts/cache-sizes.md); median 163.5 MB × 0.4 compression',
  },
  {
    id: 'dnf',
    commands: ['dnf', 'microdnf', 'tdnf'],
    writes: ['install', 'groupinstall', 'reinstall', 'update', 'upgrade', 'makecache', 'swap'],
    noCacheFlags: [],
    noCacheEnv: [],
    paths: ['/var/cache/dnf', '/var/cache/yum'],
    cleaners: [
      { command: 'dnf', args: ['clean', 'all'] },
      { command: 'microdnf', args: ['clean', 'all'] },
      { command: 'tdnf', args: ['clean', 'all'] },
    ],
    cleanup: 'dnf clean all',
    flagFix: null,
    bytes: 65_400_000,
    bytesBasis:
      'published: `yum clean all`/`dnf clean all` saved 18, 132, 195 and 710 MB on disk (facts/cache-sizes.md); median 163.5 MB × 0.4 compression',
  },
  {
    id: 'zypper',
    commands: ['zypper'],
    writes: ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'refresh', 'ref', 'patch'],
    noCacheFlags: [],
    noCacheEnv: [],
    paths: ['/var/cache/zypp'],
    cleaners: [
      { command: 'zypper', args: ['clean'] },
      { command: 'zypper', args: ['cc'] },
    ],
    cleanup: 'zypper clean --all',
    flagFix: null,
    bytes: 30_000_000,
    bytesBasis: 'estimate: repository metadata and packages of an openSUSE base, the same order as the dnf metadata; no published figure',
  },
  {
    id: 'pip',
    commands: ['pip', 'pip3'],
    writes: ['install', 'download', 'wheel'],
    noCacheFlags: ['--no-cache-dir'],
    noCacheEnv: ['PIP_NO_CACHE_DIR'],
    paths: ['~/.cache/pip', '~/.cache'],
    cleaners: [{ command: 'pip', args: ['cache', 'purge'] }, { command: 'pip3', args: ['cache', 'purge'] }],
    cleanup: 'pip cache purge',
    flagFix: '--no-cache-dir',
    bytes: 30_000_000,
    bytesBasis:
      'published: the cache holds the downloaded wheels; `--no-cache-dir` saved 10–17 MB (caronc/apprise#939) and 78 MB (robusta-dev/krr#334), facts/cache-sizes.md; 30 MB taken as typical',
  },
  {
    id: 'uv',
    commands: ['uv'],
    writes: ['sync', 'pip', 'add', 'tool'],
    noCacheFlags: ['--no-cache', '-n'],
    noCacheEnv: ['UV_NO_CACHE'],
    paths: ['~/.cache/uv', '~/.cache'],
    cleaners: [{ command: 'uv', args: ['cache', 'clean'] }, { command: 'uv', args: ['cache', 'prune'] }],
    cleanup: 'uv cache clean',
    flagFix: '--no-cache',
    bytes: 30_000_000,
    bytesBasis: 'estimate: the same downloaded wheels as pip\'s cache (see pip)',
  },
  {
    id: 'poetry',
    commands: ['poetry'],
    writes: ['install', 'add', 'update', 'sync'],
    noCacheFlags: ['--no-cache'],
    noCacheEnv: ['POETRY_NO_CACHE'],
    paths: ['~/.cache/pypoetry', '~/.cache'],
    cleaners: [{ command: 'poetry', args: ['cache', 'clear'] }],
    cleanup: 'rm -rf ~/.cache/pypoetry',
    flagFix: '--no-cache',
    bytes: 30_000_000,
    bytesBasis: 'estimate: the same downloaded wheels as pip\'s cache (see pip)',
  },
  {
    id: 'npm',
    commands: ['npm'],
    writes: ['install', 'i', 'ci', 'clean-install', 'add', 'update', 'isntall', 'in'],
    noCacheFlags: [],
    noCacheEnv: [],
    paths: ['~/.npm'],
    cleaners: [{ command: 'npm', args: ['cache', 'clean'] }],
    cleanup: 'npm cache clean --force',
    flagFix: null,
    bytes: 50_000_000,
    bytesBasis:
      'measured with npm 11: the cache is 0.9–1.8 × node_modules (5.3 MB for express, 109 MB for a typescript/eslint/jest/webpack/react install), facts/cache-sizes.md; 50 MB taken as typical; its .tgz files compress no further',
  },
  {
    id: 'yarn',
    commands: ['yarn'],
    writes: ['', 'install', 'add'],
    noCacheFlags: [],
    noCacheEnv: [],
    paths: ['/usr/local/share/.cache/yarn', '~/.cache/yarn', '/usr/local/share/.cache', '~/.yarn/berry/cache'],
    cleaners: [{ command: 'yarn', args: ['cache', 'clean'] }],
    cleanup: 'yarn cache clean',
    flagFix: null,
    bytes: 50_000_000,
    bytesBasis: 'estimate: yarn keeps the same package archives as npm\'s cache (see npm)',
  },
  {
    id: 'gem',
    commands: ['gem', 'bundle', 'bundler'],
    writes: ['install'],
    noCacheFlags: [],
    noCacheEnv: [],
    paths: ['/usr/local/bundle/cache', '~/.gem', '/usr/local/lib/ruby/gems/*/cache', '/var/lib/gems/*/cache'],
    cleaners: [],
    cleanup: 'rm -rf /usr/local/bundle/cache',
    flagFix: null,
    bytes: 5_000_000,
    bytesBasis: 'estimate: the .gem archives of the installed gems, kept in $GEM_HOME/cache; a few MB for a typical Gemfile',
  },
  {
    id: 'composer',
    commands: ['composer'],
    writes: ['install', 'update', 'require'],
    noCacheFlags: ['--no-cache'],
    noCacheEnv: ['COMPOSER_NO_CACHE'],
    paths: ['~/.composer/cache', '~/.cache/composer', '/tmp/cache'],
    cleaners: [{ command: 'composer', args: ['clear-cache'] }, { command: 'composer', args: ['clearcache'] }],
    cleanup: 'composer clear-cache',
    flagFix: '--no-cache',
    bytes: 20_000_000,
    bytesBasis: 'estimate: the zip archives of the installed packages; no published figure',
  },
];

/** Home directory of the build user when none is set: root's. */
export const DEFAULT_HOME = '/root';
