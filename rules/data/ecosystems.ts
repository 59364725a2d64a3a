/**
 * Dependency installs per language ecosystem: which commands install dependencies from the
 * manifests alone, which build commands fetch them as a side effect, and which files those
 * manifests are. Read by copy-before-install and by the rebuild estimate.
 */
export interface CommandPattern {
  /** Program names (`npm`; `./mvnw` matches as `mvnw`). */
  readonly commands: readonly string[];
  /** First non-option argument; '' matches a bare command (`yarn`). Any when absent. */
  readonly subcommands?: readonly string[];
  /** Goals anywhere in the arguments (`mvn -B dependency:go-offline`). */
  readonly anyArg?: readonly string[];
  /** Arguments that mean the command installs the project itself, which needs its source. */
  readonly needsSource?: readonly string[];
}

export interface Ecosystem {
  readonly id: string;
  readonly label: string;
  /** File names (globs allowed) the install reads; copying only these keeps the cache. */
  readonly manifests: readonly string[];
  /** Commands that install dependencies from the manifests alone. */
  readonly installs: readonly CommandPattern[];
  /** Builds that also download dependencies when no earlier step did. */
  readonly builds: readonly CommandPattern[];
  /** What to copy and run first, for messages. */
  readonly manifestHint: string;
  readonly installHint: string;
  /** Key into DURATIONS for an install, and for a build. */
  readonly installDuration: string;
  readonly buildDuration: string;
}

export const ECOSYSTEMS: readonly Ecosystem[] = [
  {
    id: 'npm',
    label: 'npm',
    manifests: ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', '.npmrc'],
    installs: [{ commands: ['npm'], subcommands: ['ci', 'install', 'i', 'clean-install', 'isntall', 'in'], needsSource: ['.', './'] }],
    builds: [],
    manifestHint: 'package.json package-lock.json',
    installHint: 'npm ci',
    installDuration: 'npm-install',
    buildDuration: 'npm-install',
  },
  {
    id: 'yarn',
    label: 'yarn',
    manifests: ['package.json', 'yarn.lock', '.yarnrc', '.yarnrc.yml', '.yarn', '.pnp.cjs'],
    installs: [{ commands: ['yarn'], subcommands: ['', 'install'] }],
    builds: [],
    manifestHint: 'package.json yarn.lock',
    installHint: 'yarn install --frozen-lockfile',
    installDuration: 'npm-install',
    buildDuration: 'npm-install',
  },
  {
    id: 'pnpm',
    label: 'pnpm',
    manifests: ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc', '.pnpmfile.cjs'],
    installs: [{ commands: ['pnpm'], subcommands: ['install', 'i', 'fetch'] }],
    builds: [],
    manifestHint: 'package.json pnpm-lock.yaml',
    installHint: 'pnpm install --frozen-lockfile',
    installDuration: 'npm-install',
    buildDuration: 'npm-install',
  },
  {
    id: 'bun',
    label: 'bun',
    manifests: ['package.json', 'bun.lockb', 'bun.lock', 'bunfig.toml'],
    installs: [{ commands: ['bun'], subcommands: ['install', 'i'] }],
    builds: [],
    manifestHint: 'package.json bun.lock',
    installHint: 'bun install --frozen-lockfile',
    installDuration: 'bun-install',
    buildDuration: 'bun-install',
  },
  {
    id: 'pip',
    label: 'pip',
    manifests: ['requirements*.txt', 'requirements', 'constraints*.txt', 'pyproject.toml', 'setup.cfg'],
    installs: [{ commands: ['pip', 'pip3'], subcommands: ['install'], needsSource: ['.', './', '-e', '--editable'] }],
    builds: [],
    manifestHint: 'requirements.txt',
    installHint: 'pip install --no-cache-dir -r requirements.txt',
    installDuration: 'pip-install',
    buildDuration: 'pip-install',
  },
  {
    id: 'poetry',
    label: 'poetry',
    manifests: ['pyproject.toml', 'poetry.lock', 'poetry.toml'],
    installs: [{ commands: ['poetry'], subcommands: ['install', 'sync'] }],
    builds: [],
    manifestHint: 'pyproject.toml poetry.lock',
    installHint: 'poetry install --no-root',
    installDuration: 'pip-install',
    buildDuration: 'pip-install',
  },
  {
    id: 'pipenv',
    label: 'pipenv',
    manifests: ['Pipfile', 'Pipfile.lock'],
    installs: [{ commands: ['pipenv'], subcommands: ['install', 'sync'] }],
    builds: [],
    manifestHint: 'Pipfile Pipfile.lock',
    installHint: 'pipenv install --deploy --system',
    installDuration: 'pip-install',
    buildDuration: 'pip-install',
  },
  {
    id: 'uv',
    label: 'uv',
    manifests: ['pyproject.toml', 'uv.lock', '.python-version', 'requirements*.txt'],
    installs: [{ commands: ['uv'], subcommands: ['sync', 'pip'], needsSource: ['.', './', '-e', '--editable'] }],
    builds: [],
    manifestHint: 'pyproject.toml uv.lock',
    installHint: 'uv sync --locked --no-install-project',
    installDuration: 'uv-install',
    buildDuration: 'uv-install',
  },
  {
    id: 'go',
    label: 'Go modules',
    manifests: ['go.mod', 'go.sum', 'go.work', 'go.work.sum'],
    installs: [{ commands: ['go'], subcommands: ['mod'], anyArg: ['download'] }],
    builds: [{ commands: ['go'], subcommands: ['build', 'install', 'get', 'test', 'generate', 'vet'] }],
    manifestHint: 'go.mod go.sum',
    installHint: 'go mod download',
    installDuration: 'go-mod-download',
    buildDuration: 'go-build',
  },
  {
    id: 'bundler',
    label: 'Bundler',
    manifests: ['Gemfile', 'Gemfile.lock', '*.gemspec', '.bundle'],
    installs: [{ commands: ['bundle', 'bundler'], subcommands: ['install', ''] }],
    builds: [],
    manifestHint: 'Gemfile Gemfile.lock',
    installHint: 'bundle install',
    installDuration: 'bundle-install',
    buildDuration: 'bundle-install',
  },
  {
    id: 'composer',
    label: 'Composer',
    manifests: ['composer.json', 'composer.lock', 'auth.json'],
    installs: [{ commands: ['composer'], subcommands: ['install', 'update'] }],
    builds: [],
    manifestHint: 'composer.json composer.lock',
    installHint: 'composer install --no-scripts --no-autoloader',
    installDuration: 'composer-install',
    buildDuration: 'composer-install',
  },
  {
    id: 'maven',
    label: 'Maven',
    manifests: ['pom.xml', '.mvn', 'mvnw', 'settings.xml'],
    installs: [{ commands: ['mvn', 'mvnw'], anyArg: ['dependency:go-offline', 'dependency:resolve', 'dependency:resolve-plugins', 'de.qaware.maven:go-offline-maven-plugin:resolve-dependencies'] }],
    builds: [{ commands: ['mvn', 'mvnw'], anyArg: ['package', 'install', 'verify', 'compile', 'deploy', 'test', 'spring-boot:repackage'] }],
    manifestHint: 'pom.xml',
    installHint: 'mvn dependency:go-offline',
    installDuration: 'maven-resolve',
    buildDuration: 'maven-build',
  },
  {
    id: 'gradle',
    label: 'Gradle',
    manifests: ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'gradle.properties', 'gradle', 'gradlew', '*.versions.toml'],
    installs: [{ commands: ['gradle', 'gradlew'], anyArg: ['dependencies', 'downloadDependencies', '--refresh-dependencies', 'resolveDependencies'] }],
    builds: [{ commands: ['gradle', 'gradlew'], anyArg: ['build', 'assemble', 'bootJar', 'shadowJar', 'jar', 'installDist', 'bootDistZip', 'test', 'clean'] }],
    manifestHint: 'build.gradle settings.gradle',
    installHint: 'gradle dependencies',
    installDuration: 'gradle-resolve',
    buildDuration: 'gradle-build',
  },
  {
    id: 'cargo',
    label: 'Cargo',
    manifests: ['Cargo.toml', 'Cargo.lock', '.cargo', 'rust-toolchain', 'rust-toolchain.toml'],
    installs: [{ commands: ['cargo'], subcommands: ['fetch', 'chef'] }],
    builds: [{ commands: ['cargo'], subcommands: ['build', 'install', 'test', 'run'] }],
    manifestHint: 'Cargo.toml Cargo.lock',
    installHint: 'cargo fetch',
    installDuration: 'cargo-fetch',
    buildDuration: 'cargo-build',
  },
  {
    id: 'dotnet',
    label: '.NET',
    manifests: ['*.csproj', '*.fsproj', '*.vbproj', '*.sln', '*.slnx', 'NuGet.config', 'nuget.config', 'NuGet.Config', 'Directory.Build.props', 'Directory.Packages.props', 'global.json', 'packages.lock.json'],
    installs: [{ commands: ['dotnet'], subcommands: ['restore'] }],
    builds: [{ commands: ['dotnet'], subcommands: ['build', 'publish', 'test', 'pack'] }],
    manifestHint: '*.csproj',
    installHint: 'dotnet restore',
    installDuration: 'dotnet-restore',
    buildDuration: 'dotnet-build',
  },
  {
    id: 'mix',
    label: 'Mix',
    manifests: ['mix.exs', 'mix.lock'],
    installs: [{ commands: ['mix'], subcommands: ['deps.get'] }],
    builds: [{ commands: ['mix'], subcommands: ['compile', 'release', 'deps.compile'] }],
    manifestHint: 'mix.exs mix.lock',
    installHint: 'mix deps.get',
    installDuration: 'mix-deps',
    buildDuration: 'mix-compile',
  },
];

/** Extensions of source code: a COPY of such a file changes with most edits. */
export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set([
  'js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte', 'py', 'rb', 'go', 'rs', 'java',
  'kt', 'kts', 'scala', 'groovy', 'clj', 'php', 'cs', 'fs', 'vb', 'ex', 'exs', 'erl', 'c', 'cc', 'cpp',
  'cxx', 'h', 'hpp', 'm', 'mm', 'swift', 'dart', 'lua', 'pl', 'pm', 'r', 'jl', 'hs', 'ml', 'zig', 'nim',
  'html', 'css', 'scss', 'sass', 'less', 'ipynb',
]);

/** Extension-less names that are files, not folders. */
export const EXTENSIONLESS_FILES: ReadonlySet<string> = new Set([
  'Makefile', 'Dockerfile', 'Containerfile', 'Procfile', 'Rakefile', 'Gemfile', 'Pipfile', 'Jenkinsfile',
  'Vagrantfile', 'Brewfile', 'Justfile', 'Taskfile', 'LICENSE', 'README', 'VERSION', 'NOTICE', 'CHANGELOG',
  'AUTHORS', 'mvnw', 'gradlew', 'entrypoint', 'docker-entrypoint', 'start', 'run',
]);

/**
 * Folders that hold image configuration rather than application code (an overlay of /etc,
 * helper scripts): they change rarely, like single configuration files.
 */
export const CONFIG_FOLDERS: ReadonlySet<string> = new Set([
  'etc', 'rootfs', 'root', 'overlay', 'files', 'patches', 'conf', 'scripts', 'docker', 'hack',
  '.devcontainer', 'library-scripts', 'entrypoint.d', 'docker-entrypoint.d', 'bin', 'sbin',
]);

/** Destinations that receive executables and scripts, not application source. */
export const EXECUTABLE_DESTINATIONS = /^\/?(usr\/(local\/)?)?s?bin\/?$/;
