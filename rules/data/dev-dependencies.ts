/**
 * How each ecosystem installs development dependencies (test runners, linters, compilers) by
 * default, how to leave them out, and what they weigh. Read by dev-dependencies.
 *
 * Bytes are compressed (× 0.4 for on-disk sizes, the rule of thumb of facts/README.md).
 */
export interface DevInstall {
  readonly ecosystem: string;
  /** Programs and subcommands that install the project's dependencies ('' = bare command). */
  readonly commands: readonly string[];
  readonly subcommands: readonly string[];
  /** Flags (any of them) that leave the development dependencies out. */
  readonly prodFlags: readonly string[];
  /** `--only main`, `--omit dev`: option and the values that leave them out. */
  readonly prodOptions?: readonly { readonly option: string; readonly values: readonly string[] }[];
  /** Environment variables and the values that leave them out (`NODE_ENV=production`). */
  readonly prodEnv: readonly { readonly name: string; readonly value: RegExp }[];
  /** Commands run later in the same RUN that remove them again (`npm prune --omit=dev`). */
  readonly prune?: { readonly command: string; readonly args: readonly string[] };
  /** Installs named packages instead of the project's manifest: not about dev dependencies. */
  readonly namedPackagesAreOther: boolean;
  readonly fix: string;
  readonly bytes: number;
  readonly basis: string;
}

const NPM_BASIS =
  'measured on Debian 12 with npm 11.19.1 (2026-11): a service with express, pg, pino and zod as dependencies has 9.2 MB of node_modules with --omit=dev and 96.7 MB with typescript, eslint, jest, @types/node, tsx and prettier as devDependencies; the 87.5 MB difference × 0.4';

const NODE_ENV = [{ name: 'NODE_ENV', value: /^production$/i }];

export const DEV_INSTALLS: readonly DevInstall[] = [
  {
    ecosystem: 'npm',
    commands: ['npm'],
    subcommands: ['ci', 'install', 'i', 'clean-install', 'isntall', 'in'],
    prodFlags: ['--production', '--only=prod', '--only=production', '--omit=dev', '-g', '--global'],
    prodOptions: [{ option: '--omit', values: ['dev'] }, { option: '--only', values: ['prod', 'production'] }],
    prodEnv: [...NODE_ENV, { name: 'NPM_CONFIG_PRODUCTION', value: /^true$/i }, { name: 'npm_config_production', value: /^true$/i }, { name: 'NPM_CONFIG_OMIT', value: /dev/ }, { name: 'npm_config_omit', value: /dev/ }],
    prune: { command: 'npm', args: ['prune'] },
    namedPackagesAreOther: true,
    fix: 'install with `npm ci --omit=dev` (or build in an earlier stage and copy the result)',
    bytes: 35_000_000,
    basis: NPM_BASIS,
  },
  {
    ecosystem: 'yarn',
    commands: ['yarn'],
    subcommands: ['', 'install'],
    prodFlags: ['--production', '--prod'],
    prodEnv: NODE_ENV,
    namedPackagesAreOther: false,
    fix: 'install with `yarn install --production` (Yarn 2+: `yarn workspaces focus --production`)',
    bytes: 35_000_000,
    basis: `as npm: ${NPM_BASIS}`,
  },
  {
    ecosystem: 'pnpm',
    commands: ['pnpm'],
    subcommands: ['install', 'i'],
    prodFlags: ['--prod', '-P', '--production'],
    prodEnv: NODE_ENV,
    prune: { command: 'pnpm', args: ['prune', '--prod'] },
    namedPackagesAreOther: false,
    fix: 'install with `pnpm install --prod`',
    bytes: 35_000_000,
    basis: `as npm: ${NPM_BASIS}`,
  },
  {
    ecosystem: 'poetry',
    commands: ['poetry'],
    subcommands: ['install', 'sync'],
    prodFlags: ['--no-dev', '--only-root'],
    prodOptions: [{ option: '--only', values: ['main'] }, { option: '--without', values: ['dev', 'test', 'dev,test', 'test,dev'] }],
    prodEnv: [],
    namedPackagesAreOther: false,
    fix: 'install with `poetry install --only main`',
    bytes: 24_000_000,
    basis: 'estimate: a Python service\'s dev group (pytest, mypy, ruff or black, coverage) takes about 60 MB installed, mypy alone most of it; × 0.4',
  },
  {
    ecosystem: 'uv',
    commands: ['uv'],
    subcommands: ['sync'],
    prodFlags: ['--no-dev', '--only-group', '--no-default-groups'],
    prodEnv: [{ name: 'UV_NO_DEV', value: /^(1|true|yes)$/i }],
    namedPackagesAreOther: false,
    fix: 'install with `uv sync --no-dev`',
    bytes: 24_000_000,
    basis: 'estimate: as poetry, the dev group of a Python service',
  },
  {
    ecosystem: 'pipenv',
    commands: ['pipenv'],
    subcommands: ['install', 'sync'],
    // pipenv installs dev packages only when asked: the finding is `--dev` itself (see the rule).
    prodFlags: [],
    prodEnv: [],
    namedPackagesAreOther: false,
    fix: 'drop `--dev`',
    bytes: 24_000_000,
    basis: 'estimate: as poetry, the dev packages of a Python service',
  },
  {
    ecosystem: 'bundler',
    commands: ['bundle', 'bundler'],
    subcommands: ['install', ''],
    prodFlags: ['--without'],
    prodEnv: [{ name: 'BUNDLE_WITHOUT', value: /(development|test)/ }, { name: 'BUNDLE_ONLY', value: /./ }],
    namedPackagesAreOther: false,
    fix: 'set `ENV BUNDLE_WITHOUT="development:test"` before `bundle install`',
    bytes: 12_000_000,
    basis: 'estimate: rspec, rubocop, byebug and their dependencies take about 30 MB installed; × 0.4',
  },
  {
    ecosystem: 'composer',
    commands: ['composer'],
    subcommands: ['install', 'update'],
    prodFlags: ['--no-dev'],
    prodEnv: [{ name: 'COMPOSER_NO_DEV', value: /^(1|true)$/i }],
    namedPackagesAreOther: false,
    fix: 'install with `composer install --no-dev`',
    bytes: 16_000_000,
    basis: 'estimate: phpunit, phpstan and their dependencies take about 40 MB of vendor/; × 0.4',
  },
];

/** pip: extras and requirement files whose names say they are for development. */
const PIP_DEV_EXTRA_NAMES = new Set(['dev', 'develop', 'development', 'test', 'tests', 'testing', 'lint', 'linting', 'docs', 'all']);

/**
 * A requirement names a development extra: `.[dev]`, `pkg[test, docs]` (case aside). Read in one
 * pass: a regular expression for it retried at every `[` of a long word.
 */
export function hasPipDevExtra(spec: string): boolean {
  const lastClose = spec.lastIndexOf(']');
  let inBrackets = false;
  for (let i = 0; i < lastClose; i++) {
    const c = spec[i];
    if (c === ']') inBrackets = false;
    if (c === '[') inBrackets = true;
    else if (c !== ',' || !inBrackets) continue;
    // An extra starts after `[` or `,`: a name, blanks around it, then `,` or `]`.
    let j = i + 1;
    while (j < spec.length && /\s/.test(spec[j]!)) j++;
    let k = j;
    while (k < spec.length && /[A-Za-z]/.test(spec[k]!)) k++;
    if (k === j || k - j > 11 || !PIP_DEV_EXTRA_NAMES.has(spec.slice(j, k).toLowerCase())) continue;
    while (k < spec.length && /\s/.test(spec[k]!)) k++;
    if (spec[k] === ']' || (spec[k] === ',' && k < lastClose)) return true;
  }
  return false;
}
export const PIP_DEV_REQUIREMENTS = /(^|\/)(requirements[-_.]?(dev|test|tests|testing|lint|ci|develop)[^/]*|(dev|test|tests|testing|lint|ci)[-_.]?requirements[^/]*|requirements\/(dev|test|tests|testing|lint|ci)[^/]*)$/i;
export const PIP_DEV_BYTES = { bytes: 24_000_000, basis: 'estimate: as poetry, the development tools of a Python service' };
