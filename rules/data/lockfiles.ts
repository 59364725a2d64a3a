/**
 * Node package managers and how each is told to install exactly its lockfile: npm by a command
 * of its own (`npm ci`), the others by a flag, a variable or a line in their configuration.
 * Read by npm-install-not-ci and lockfile-not-frozen.
 */
export interface LockedInstall {
  readonly tool: string;
  readonly commands: readonly string[];
  /** Subcommands that install the project's dependencies ('' is the bare command: `yarn`). */
  readonly subcommands: readonly string[];
  readonly lockfiles: readonly string[];
  /** Options that make the install fail rather than change the lockfile. */
  readonly frozenFlags: readonly string[];
  /** Variables that do the same when set to a true value. */
  readonly frozenEnv: readonly string[];
  /** Files of the build context whose content does the same. */
  readonly frozenConfig: readonly { readonly file: string; readonly pattern: RegExp }[];
  /** Options naming the project folder instead of the working directory. */
  readonly dirOptions: readonly string[];
  /** What to write instead. */
  readonly advice: string;
  /** The flag `--fix-unsafe` adds after the subcommand, or null where it depends on the tool's version (Yarn 1 or 2+). */
  readonly fixFlag: string | null;
  /** For such a tool: the flag to add when the lockfile in the build context's root reads like this. */
  readonly fixFlagByLockfile: readonly { readonly pattern: RegExp; readonly flag: string }[];
}

export const NPM_INSTALL: LockedInstall = {
  tool: 'npm',
  commands: ['npm'],
  subcommands: ['install', 'i', 'in', 'isntall', 'add'],
  lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
  frozenFlags: [],
  frozenEnv: [],
  frozenConfig: [],
  dirOptions: ['--prefix'],
  advice: 'npm ci',
  fixFlag: null,
  fixFlagByLockfile: [],
};

export const FROZEN_INSTALLS: readonly LockedInstall[] = [
  {
    tool: 'yarn',
    commands: ['yarn'],
    subcommands: ['', 'install'],
    lockfiles: ['yarn.lock'],
    frozenFlags: ['--frozen-lockfile', '--immutable'],
    // Yarn 2+ turns --immutable on by itself when CI is set.
    frozenEnv: ['YARN_FROZEN_LOCKFILE', 'YARN_ENABLE_IMMUTABLE_INSTALLS', 'CI'],
    // `^[ \t]*`, not `^\s*`: with /m, `\s*` ran over every following blank line from each line start.
    frozenConfig: [
      { file: '.yarnrc.yml', pattern: /^[ \t]*enableImmutableInstalls\s*:\s*true\b/m },
      { file: '.yarnrc', pattern: /^[ \t]*(--install\.)?frozen-lockfile\s+true\b/m },
    ],
    dirOptions: ['--cwd'],
    advice: 'yarn install --frozen-lockfile (Yarn 1) or yarn install --immutable (Yarn 2+)',
    fixFlag: null,
    // Yarn 1 heads its lockfile with this comment; Yarn 2+ writes a YAML lockfile with __metadata.
    fixFlagByLockfile: [
      { pattern: /^# yarn lockfile v1$/m, flag: '--frozen-lockfile' },
      { pattern: /^__metadata:/m, flag: '--immutable' },
    ],
  },
  {
    tool: 'pnpm',
    commands: ['pnpm'],
    subcommands: ['install', 'i'],
    lockfiles: ['pnpm-lock.yaml'],
    frozenFlags: ['--frozen-lockfile'],
    // pnpm freezes the lockfile by itself in CI.
    frozenEnv: ['npm_config_frozen_lockfile', 'NPM_CONFIG_FROZEN_LOCKFILE', 'CI'],
    frozenConfig: [{ file: '.npmrc', pattern: /^[ \t]*frozen-lockfile\s*=\s*true\b/m }],
    dirOptions: ['--dir', '-C', '--prefix'],
    advice: 'pnpm install --frozen-lockfile',
    fixFlag: '--frozen-lockfile',
    fixFlagByLockfile: [],
  },
  {
    tool: 'bun',
    commands: ['bun'],
    subcommands: ['install', 'i'],
    lockfiles: ['bun.lock', 'bun.lockb'],
    frozenFlags: ['--frozen-lockfile'],
    frozenEnv: [],
    frozenConfig: [{ file: 'bunfig.toml', pattern: /^[ \t]*frozenLockfile\s*=\s*true\b/m }],
    dirOptions: ['--cwd'],
    advice: 'bun install --frozen-lockfile',
    fixFlag: '--frozen-lockfile',
    fixFlagByLockfile: [],
  },
];
