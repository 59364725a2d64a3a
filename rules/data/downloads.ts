/**
 * What tells a download from a checked one: how curl and wget name their output, which
 * commands verify a checksum or signature, which consumers of a piped download execute or
 * unpack it, and what in a URL names a fixed version. Read through src/graph/downloads.ts.
 */

/** Commands that check a checksum or a signature. */
export const VERIFIERS: readonly { readonly command: string; readonly args?: readonly string[] }[] = [
  { command: 'sha256sum' }, { command: 'sha512sum' }, { command: 'sha384sum' }, { command: 'sha224sum' },
  { command: 'sha1sum' }, { command: 'md5sum' }, { command: 'shasum' }, { command: 'b2sum' }, { command: 'cksum' },
  { command: 'gpgv' }, { command: 'gpg', args: ['--verify'] }, { command: 'gpg2', args: ['--verify'] },
  { command: 'cosign' }, { command: 'minisign' }, { command: 'signify' }, { command: 'openssl', args: ['dgst'] },
  { command: 'rpm', args: ['-K'] }, { command: 'rpm', args: ['--checksig'] },
];

/** Commands that run or unpack what is piped into them: the download becomes part of the image. */
export const EXECUTING_CONSUMERS: ReadonlySet<string> = new Set([
  'sh', 'bash', 'zsh', 'dash', 'ash', 'ksh', 'python', 'python2', 'python3', 'perl', 'ruby', 'node', 'php',
  'tar', 'bsdtar', 'unzip', 'gunzip', 'zcat', 'xz', 'unxz', 'bzip2', 'bunzip2', 'zstd', 'cpio', 'dd', 'install', 'busybox',
]);

/**
 * Files that are keys, checksums, signatures or package-source definitions: fetched to check or
 * locate something else, not shipped as software.
 */
export const CHECK_FILES = /(\.(asc|sig|gpg|key|pub|pem|sha\d*|sha\d+sum|md5|sums?|repo|list|sources)$|SHA\d*SUMS?|\/keyrings\/|\/trusted\.gpg\.d\/|\/yum\.repos\.d\/|\/sources\.list\.d\/)/i;

/** Hosts of the build machine itself (test servers), not the internet. */
export const LOCAL_HOSTS = /^[a-z]+:\/\/(localhost|127\.[\d.]+|0\.0\.0\.0|\[::1\]|host\.docker\.internal)([:/]|$)/i;

/** Path segments that name a moving target, whatever digits the rest of the URL holds. */
export const MOVING_TARGETS = /[/=](latest|master|main|head|nightly|stable|current|trunk|develop|edge|snapshot)([/._?&#-]|$)/i;

/**
 * A version in a URL: `1.2`, `v3`, `_20.x`, `-1.25.0.linux`, or a commit hash. `\d\.\d`, not
 * `\d+\.\d+` (the same test): that retried a long run of digits from each digit.
 */
export const VERSION_IN_URL = /\d\.\d|[/_@-]v?\d+([/._-]|$)|[0-9a-f]{12,40}/i;

/** Variables whose name says they hold a version. */
export const VERSION_VARIABLE = /(\$\{?|%)[A-Za-z0-9_]*(VERSION|VER|TAG|SHA|COMMIT|REV|RELEASE|REF|DIGEST)\b/i;

/** How an interpreter's command line says where its script comes from. */
export interface Interpreter {
  /** Options that give the script on the command line (`-c`, `-e`) or name a module (`-m`): stdin is then data. */
  readonly inlineOptions: readonly string[];
  /** Options that take a value, so the value is not read as the script file. */
  readonly optionsWithValue: readonly string[];
  /** Option after which every word is an argument and the script is read from stdin (`sh -s`). */
  readonly stdinOption?: string;
}

const SHELL_INTERPRETER: Interpreter = { inlineOptions: ['-c'], optionsWithValue: ['-o', '+o', '-O', '+O'], stdinOption: '-s' };
const PYTHON_INTERPRETER: Interpreter = { inlineOptions: ['-c', '-m'], optionsWithValue: ['-W', '-X', '-Q'] };

/**
 * Programs that run a script: with no script file named (or `-`, `/dev/stdin`), they read it
 * from stdin, so `curl ... | bash` runs whatever the server sent. `python3.12` is looked up as
 * `python3`.
 */
export const INTERPRETERS: Readonly<Record<string, Interpreter>> = {
  sh: SHELL_INTERPRETER, bash: SHELL_INTERPRETER, dash: SHELL_INTERPRETER, ash: SHELL_INTERPRETER,
  zsh: SHELL_INTERPRETER, ksh: SHELL_INTERPRETER, mksh: SHELL_INTERPRETER,
  python: PYTHON_INTERPRETER, python2: PYTHON_INTERPRETER, python3: PYTHON_INTERPRETER,
  perl: { inlineOptions: ['-e', '-E'], optionsWithValue: [] },
  ruby: { inlineOptions: ['-e'], optionsWithValue: ['-r', '-I'] },
  node: { inlineOptions: ['-e', '--eval', '-p', '--print'], optionsWithValue: ['-r', '--require', '--import'] },
  php: { inlineOptions: ['-r'], optionsWithValue: ['-c', '-d', '-z'] },
  pwsh: { inlineOptions: ['-c', '-Command', '-command'], optionsWithValue: [] },
};

/** Names a script file can have that are stdin. */
export const STDIN_FILES: ReadonlySet<string> = new Set(['-', '/dev/stdin', '/proc/self/fd/0', '/dev/fd/0']);

/** Shell builtins that run the text of their arguments (`eval "$(curl ...)"`, `. <(curl ...)`). */
export const EVALUATORS: ReadonlySet<string> = new Set(['eval', 'source', '.']);
