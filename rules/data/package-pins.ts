/**
 * How each package manager names a version on its command line, so that an install that leaves
 * the version to the day of the build can be told from one that fixes it. Read through
 * src/graph/package-specs.ts by the *-pin-versions rules.
 */
export interface PinSyntax {
  /** Key used by the rules (`apt`, `pip`, ...). */
  readonly id: string;
  /** Programs (after wrappers and `python -m` are looked through). */
  readonly commands: readonly string[];
  /** Subcommand path that installs (`install`, or `module install` for dnf modules). */
  readonly subcommands: readonly (readonly string[])[];
  /** Options that take a value, so the value is not read as a package. */
  readonly optionsWithValue: readonly string[];
  /** Options that fix the version of every package named (`gem install -v 1.2`). */
  readonly versionOptions?: readonly string[];
  /** Whether a package word carries a version. */
  readonly pinned: (spec: string) => boolean;
  /** Versions that only name a moving target (`@latest`). */
  readonly floating?: RegExp;
  /** Words that are not registry packages (local files, folders, URLs): nothing to pin. */
  readonly exempt: RegExp;
  /** Stop reading packages at this word (`gem install x -- --build-flags`). */
  readonly endOfPackages?: string;
  /** How the package reads once pinned, for messages (`curl` → `curl=<version>`). */
  readonly hint: (name: string) => string;
}

/** Paths and local archives: `./pkg`, `/tmp/x`, `~/x`, `../x`. */
const PATH = String.raw`^(\.{1,2}(/|$)|/|~/)`;

/**
 * A VCS URL's path names a ref: `/r.git@v1.0`, `/r.git@v1.0#egg=r` (an `@` after a `/`, then
 * something up to the end or a `#`, with no `/`). One pass; `/\/[^/]*@[^/#]+(#|$)/` retried at
 * every `@` of a long word.
 */
function namesVcsRef(path: string): boolean {
  let slashSeen = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '/') slashSeen = true;
    if (c !== '@' || !slashSeen) continue;
    let j = i + 1;
    while (j < path.length && path[j] !== '/' && path[j] !== '#') j++;
    if (j > i + 1 && (j === path.length || path[j] === '#')) return true;
    // Nothing after this `@` can end otherwise before the next `/` or `#`: go on from there.
    i = j - 1;
  }
  return false;
}

export const PIN_SYNTAX: Readonly<Record<string, PinSyntax>> = {
  apt: {
    id: 'apt',
    commands: ['apt-get', 'apt'],
    subcommands: [['install']],
    optionsWithValue: ['-o', '-t', '-c', '--option', '--target-release', '--config-file', '--default-release'],
    pinned: (s) => s.includes('='),
    exempt: new RegExp(`${PATH}|\\.deb$`),
    hint: (n) => `${n}=<version>`,
  },
  apk: {
    id: 'apk',
    commands: ['apk'],
    subcommands: [['add']],
    optionsWithValue: ['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file', '--cache-max-age'],
    pinned: (s) => /[=~<>]/.test(s),
    exempt: new RegExp(`${PATH}|\\.apk$`),
    hint: (n) => `${n}=<version>`,
  },
  pip: {
    id: 'pip',
    commands: ['pip', 'pip2', 'pip3'],
    subcommands: [['install']],
    optionsWithValue: [
      '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--prefix', '--root', '-t', '--target', '--build',
      '--trusted-host', '--platform', '--python-version', '--implementation', '--abi', '--src', '--upgrade-strategy',
      '--progress-bar', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--cert', '--client-cert',
      '--cache-dir', '--global-option', '--install-option', '--config-settings', '-C', '--report', '--only-binary',
      '--no-binary', '--python', '--root-user-action', '--use-feature', '--use-deprecated', '--log-file',
      '-r', '--requirement', '-e', '--editable',
    ],
    // A constraints file fixes the versions of the packages named beside it.
    versionOptions: ['-c', '--constraint'],
    // A VCS URL pins when it names a ref after the repository path: `git+https://host/r.git@v1.0`.
    pinned: (s) => (/^[a-z]+\+[a-z]+:\/\//i.test(s) ? namesVcsRef(s.replace(/^[^:]+:\/\/[^/]*@/, '')) : /(==|~=|>=|<=|!=|[<>@])/.test(s)),
    exempt: new RegExp(`${PATH}|\\.(whl|tar\\.gz|tgz|zip|tar\\.bz2)$|^\\.$|^(https?|file)://`),
    hint: (n) => `${n}==<version>`,
  },
  npm: {
    id: 'npm',
    commands: ['npm'],
    subcommands: [['install'], ['i'], ['add'], ['isntall'], ['in']],
    optionsWithValue: ['--registry', '--loglevel', '--prefix', '-C', '--cache', '--userconfig', '--omit', '--include', '--workspace', '-w', '--tag', '--install-strategy', '--location'],
    // `name@1.2`, `@scope/name@^1`; a git URL pins with `#ref`.
    pinned: (s) => (s.includes('://') ? /#./.test(s) : /^(@[^@/]+\/)?[^@]+@./.test(s)),
    floating: /@(latest|next|canary|beta|alpha|nightly|\*|x)$/i,
    exempt: new RegExp(`${PATH}|\\.(tgz|tar|tar\\.gz)$`),
    hint: (n) => `${n.replace(/(.)@[^@/]*$/, '$1')}@<version>`,
  },
  gem: {
    id: 'gem',
    commands: ['gem'],
    subcommands: [['install'], ['i']],
    optionsWithValue: ['-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-P', '--trust-policy', '--platform', '-g', '--file', '--build-root', '--document'],
    versionOptions: ['-v', '--version'],
    pinned: (s) => /:./.test(s),
    exempt: new RegExp(`${PATH}|\\.gem$`),
    endOfPackages: '--',
    hint: (n) => `${n}:<version>`,
  },
  yum: {
    id: 'yum',
    commands: ['yum'],
    subcommands: [['install'], ['groupinstall'], ['localinstall'], ['module', 'install']],
    optionsWithValue: ['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-c', '--config', '--repo', '--repoid', '-x', '--exclude', '-d', '--debuglevel', '-e', '--errorlevel'],
    // `name-1.2`, `name-1:1.2` (epoch), `name-${VERSION}`; `module:stream` for modules.
    pinned: (s) => /-(\d|\$)|:[^/]/.test(s),
    exempt: new RegExp(`${PATH}|\\.rpm$|^(https?|ftp)://|^@|[()]`),
    hint: (n) => (n.includes(':') ? n : `${n}-<version>`),
  },
  dnf: {
    id: 'dnf',
    commands: ['dnf', 'microdnf'],
    subcommands: [['install'], ['groupinstall'], ['localinstall'], ['module', 'install']],
    optionsWithValue: ['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-c', '--config', '--repo', '--repoid', '-x', '--exclude', '-d', '--debuglevel', '-e', '--errorlevel'],
    pinned: (s) => /-(\d|\$)|:[^/]/.test(s),
    exempt: new RegExp(`${PATH}|\\.rpm$|^(https?|ftp)://|^@|[()]`),
    hint: (n) => (n.includes(':') ? n : `${n}-<version>`),
  },
  zypper: {
    id: 'zypper',
    commands: ['zypper'],
    subcommands: [['install'], ['in']],
    optionsWithValue: ['-t', '--type', '-r', '--repo', '--from', '-p', '--plus-repo', '--root', '-R', '--reposd-path', '-D', '-C', '--cache-dir'],
    pinned: (s) => /[=<>]/.test(s),
    exempt: new RegExp(`${PATH}|\\.rpm$|^(https?|ftp)://`),
    hint: (n) => `${n}=<version>`,
  },
  go: {
    id: 'go',
    commands: ['go'],
    subcommands: [['install'], ['get'], ['run']],
    optionsWithValue: ['-ldflags', '-gcflags', '-asmflags', '-tags', '-o', '-mod', '-modfile', '-p', '-pkgdir', '-toolexec', '-overlay', '-pgo', '-buildmode', '-compiler', '-gccgoflags', '-installsuffix', '-exec', '-C'],
    pinned: (s) => /@./.test(s),
    floating: /@(latest|master|main|head|upgrade|patch|none)$/i,
    // Local packages and files of the project itself (`.`, `./cmd/app`, `./...`, `main.go`).
    exempt: new RegExp(`${PATH}|\\.go$|^\\.\\.\\.$|^(all|std|cmd|tool)$`),
    hint: (n) => `${n.replace(/@[^@/]*$/, '')}@<version>`,
  },
};
