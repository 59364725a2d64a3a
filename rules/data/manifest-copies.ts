/**
 * What copy-before-install's fix copies before a dependency install, per ecosystem, and what
 * makes copying only those files unsafe: the install would read more (a workspace, a local path
 * dependency, a lifecycle script that runs project code) or write into the folder that the
 * source copy, moved after it, would then overwrite (node_modules from the host).
 *
 * Ecosystems missing here get no fix: Gradle and Cargo resolve from the whole project
 * (settings.gradle's subprojects, buildSrc; Cargo's targets must exist), .NET restores projects
 * in sub-folders. Builds need the source itself; only Go's fetch step can run before it.
 */
export interface ManifestCopy {
  /** The ecosystem (rules/data/ecosystems.ts). */
  readonly ecosystem: string;
  /** The subcommands covered; every install of the ecosystem when absent. */
  readonly subcommands?: readonly string[];
  /** Files at the context root the install reads: the first must exist, the others when they do. */
  readonly files: readonly string[];
  /** Options whose value names a file the install reads (`pip install -r requirements.txt`). */
  readonly fileOptions?: readonly string[];
  /** Options the install needs to read nothing else; each entry lists alternatives. */
  readonly requiredOptions?: readonly (readonly string[])[];
  /** Paths whose presence in the context means the install reads more than the files. */
  readonly blockers: readonly string[];
  /** Content of a file (null: each file named by fileOptions) showing that the install reads more. */
  readonly readsMore?: readonly { readonly file: string | null; readonly pattern: RegExp }[];
  /** Arguments that name a local file or folder to install. */
  readonly localArgument?: RegExp;
  /** What the install writes in the working directory. */
  readonly outputs: readonly string[];
  /**
   * Package arguments are saved to the manifest (`npm install express`), which the moved COPY
   * would then overwrite with the old one; except with these options (`--global`).
   */
  readonly argumentsSaved?: { readonly unless: readonly string[] };
  /**
   * For a build that fetches its dependencies as it goes (`go build`): the command that fetches
   * them from the manifests alone, run before the source COPY; the variables that change where
   * or how it fetches (set between, they would differ for the two); and what in the context
   * means the build fetches nothing (a vendor folder), so that the new layer would only add bytes.
   */
  readonly prefetch?: { readonly command: string; readonly env: RegExp; readonly outputs: readonly string[] };
}

/** Lifecycle scripts run project code during an install; workspaces install from sub-folders. */
const NODE_READS_MORE = [{ file: 'package.json', pattern: /"(preinstall|install|postinstall|prepare|prepublish|workspaces)"\s*:/ }];
const NODE_SAVES = { unless: ['-g', '--global', '--no-save'] };
const NODE_LOCAL = /^(\.|\/|~|file:|link:|portal:)|\.(tgz|tar\.gz)$/;

export const MANIFEST_COPIES: readonly ManifestCopy[] = [
  {
    ecosystem: 'npm',
    files: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', '.npmrc'],
    blockers: [],
    readsMore: NODE_READS_MORE,
    localArgument: NODE_LOCAL,
    outputs: ['node_modules'],
    argumentsSaved: NODE_SAVES,
  },
  {
    ecosystem: 'yarn',
    files: ['package.json', 'yarn.lock', '.yarnrc', '.yarnrc.yml', '.npmrc'],
    // Yarn 2+ keeps its own release and plugins in .yarn/, a folder.
    blockers: ['.yarn', '.pnp.cjs'],
    readsMore: NODE_READS_MORE,
    localArgument: NODE_LOCAL,
    outputs: ['node_modules'],
    argumentsSaved: NODE_SAVES,
  },
  {
    ecosystem: 'pnpm',
    files: ['package.json', 'pnpm-lock.yaml', '.npmrc', '.pnpmfile.cjs'],
    blockers: ['pnpm-workspace.yaml'],
    readsMore: NODE_READS_MORE,
    localArgument: NODE_LOCAL,
    outputs: ['node_modules'],
    argumentsSaved: NODE_SAVES,
  },
  {
    ecosystem: 'bun',
    files: ['package.json', 'bun.lock', 'bun.lockb', 'bunfig.toml', '.npmrc'],
    blockers: [],
    readsMore: NODE_READS_MORE,
    localArgument: NODE_LOCAL,
    outputs: ['node_modules'],
    argumentsSaved: NODE_SAVES,
  },
  {
    ecosystem: 'pip',
    files: [],
    fileOptions: ['-r', '--requirement', '-c', '--constraint'],
    blockers: [],
    // Requirements that include other files, editable or local paths.
    // `^[ \t]*`, not `^\s*` (here and for the Gemfile): with /m, `\s*` ran over every following blank line.
    readsMore: [{ file: null, pattern: /^[ \t]*(-r|--requirement|-c|--constraint|-e|--editable|\.|\/|~|file:)|@\s*file:/m }],
    localArgument: /^(\.|\/|~|file:)|\.(whl|tar\.gz|tgz|zip)$/,
    outputs: [],
  },
  {
    ecosystem: 'pipenv',
    files: ['Pipfile', 'Pipfile.lock'],
    blockers: [],
    readsMore: [{ file: 'Pipfile', pattern: /\bpath\s*=|\beditable\s*=/ }],
    outputs: ['.venv'],
  },
  {
    ecosystem: 'poetry',
    files: ['pyproject.toml', 'poetry.lock', 'poetry.toml'],
    // Without --no-root poetry installs the project itself, from its source.
    requiredOptions: [['--no-root']],
    blockers: [],
    readsMore: [{ file: 'pyproject.toml', pattern: /\bpath\s*=/ }],
    outputs: ['.venv'],
  },
  {
    ecosystem: 'uv',
    subcommands: ['sync'],
    files: ['pyproject.toml', 'uv.lock', '.python-version'],
    requiredOptions: [['--no-install-project', '--only-group']],
    blockers: [],
    readsMore: [{ file: 'pyproject.toml', pattern: /\[tool\.uv\.workspace\]|\bpath\s*=|\bworkspace\s*=\s*true/ }],
    outputs: ['.venv'],
  },
  {
    ecosystem: 'go',
    files: ['go.mod', 'go.sum'],
    // A workspace names module folders; a replace with a local path reads that folder.
    blockers: ['go.work'],
    readsMore: [{ file: 'go.mod', pattern: /=>\s*\.{1,2}\//m }],
    outputs: [],
    prefetch: { command: 'go mod download', env: /^GO(PROXY|PRIVATE|FLAGS|NOSUMDB|NOPROXY|INSECURE|SUMDB|WORK|111MODULE|PATH|MODCACHE|TOOLCHAIN)$/, outputs: ['vendor'] },
  },
  {
    ecosystem: 'bundler',
    files: ['Gemfile', 'Gemfile.lock'],
    blockers: ['.bundle'],
    readsMore: [{ file: 'Gemfile', pattern: /^[ \t]*gemspec\b|\bpath:|:path\s*=>/m }],
    outputs: ['vendor'],
  },
  {
    ecosystem: 'composer',
    files: ['composer.json', 'composer.lock', 'auth.json'],
    // Scripts and the autoloader read the project's classes.
    requiredOptions: [['--no-scripts'], ['--no-autoloader']],
    blockers: [],
    readsMore: [{ file: 'composer.json', pattern: /"type"\s*:\s*"path"/ }],
    outputs: ['vendor'],
  },
  {
    ecosystem: 'maven',
    files: ['pom.xml'],
    // .mvn holds the wrapper and build extensions; <modules> are sub-folders.
    blockers: ['.mvn'],
    readsMore: [{ file: 'pom.xml', pattern: /<modules>/ }],
    outputs: [],
  },
  {
    ecosystem: 'mix',
    files: ['mix.exs', 'mix.lock'],
    blockers: ['apps'],
    readsMore: [{ file: 'mix.exs', pattern: /\bpath:|\bin_umbrella:/ }],
    outputs: ['deps', '_build'],
  },
];

/** System package arguments that are files from the context (`apt-get install ./pkg.deb`). */
export const LOCAL_PACKAGE = /^(\.|\/|~)|\.(deb|rpm|apk)$/;

/**
 * Commands that read nothing from the build context when their paths are absolute: they may
 * stand in a RUN with the install, or between the source COPY and it.
 */
export const CONTEXT_FREE_COMMANDS: ReadonlySet<string> = new Set([
  '=', 'set', 'echo', 'true', ':', 'export', 'printf', 'rm', 'mkdir', 'cd', 'ln', 'chmod', 'chown',
  'useradd', 'groupadd', 'adduser', 'addgroup', 'usermod', 'apt-mark', 'update-ca-certificates',
  'corepack', 'ldconfig', 'locale-gen', 'update-alternatives',
]);
