/**
 * Switches that turn a download's checks off: TLS certificate verification (anyone on the path
 * can answer for the server) and package signature checks (anyone who can serve a package can
 * have it installed). Read by src/graph/verification-switches.ts.
 */

export type CheckKind = 'tls' | 'signature';

export interface CommandSwitch {
  readonly kind: CheckKind;
  readonly commands: readonly string[];
  /** Options that turn the check off (short ones also inside a group: `-fsSLk`). */
  readonly flags?: readonly string[];
  /** Matched against the arguments joined by spaces (`config set strict-ssl false`). */
  readonly args?: RegExp;
  /** What is switched off, for messages. */
  readonly what: string;
  /**
   * Package files matching this, all local and none downloaded by the same RUN, were made by the
   * build itself (`abuild` output): there is no publisher to check them against.
   */
  readonly unlessLocal?: RegExp;
}

export const COMMAND_SWITCHES: readonly CommandSwitch[] = [
  { kind: 'tls', commands: ['curl'], flags: ['-k', '--insecure', '--proxy-insecure'], what: 'certificate checks of curl' },
  { kind: 'tls', commands: ['wget'], flags: ['--no-check-certificate'], what: 'certificate checks of wget' },
  { kind: 'tls', commands: ['pip', 'pip3', 'uv'], flags: ['--trusted-host', '--allow-insecure-host'], args: /\b(global|install)\.trusted-host\b/, what: 'certificate checks of pip for the host named' },
  { kind: 'tls', commands: ['npm', 'yarn', 'pnpm'], flags: ['--strict-ssl=false'], args: /\b(strict-ssl|enableStrictSsl)(\s+|=)false\b/, what: 'certificate checks of the Node package manager' },
  { kind: 'tls', commands: ['git'], args: /\bhttp\.sslverify(\s+|=)(false|no|off|0)\b/i, what: 'certificate checks of git' },
  { kind: 'tls', commands: ['conda', 'mamba', 'micromamba'], args: /\bssl_verify\s+(false|no|0)\b/i, flags: ['--insecure'], what: 'certificate checks of conda' },
  { kind: 'tls', commands: ['composer'], args: /\b(disable-tls\s+true|secure-http\s+false)\b/, what: 'TLS of composer' },
  // The host part stops at `:` (and a port): `\S+::` retried the rest of the word at every `Acquire::https::`.
  { kind: 'tls', commands: ['apt-get', 'apt'], args: /Acquire::https::(?:[^\s:]+(?::[0-9]+)?::)?Verify-(Peer|Host)=("?)(false|no|0)\2/i, what: 'certificate checks of apt' },
  { kind: 'tls', commands: ['go'], flags: ['-insecure'], what: 'certificate checks of go get' },
  { kind: 'signature', commands: ['apt-get', 'apt', 'aptitude'], flags: ['--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes'], args: /APT::Get::AllowUnauthenticated=("?)(true|yes|1)\1|Acquire::AllowInsecureRepositories=("?)(true|yes|1)\3/i, what: 'signature checks of apt' },
  { kind: 'signature', commands: ['apk'], flags: ['--allow-untrusted'], what: 'signature checks of apk', unlessLocal: /\.apk$/ },
  // The repository part stops at `=`: `\S+\.` retried the rest of the word at every `--setopt=`.
  { kind: 'signature', commands: ['yum', 'dnf', 'microdnf', 'tdnf'], flags: ['--nogpgcheck'], args: /--setopt=([^\s=]+\.)?gpgcheck=(0|false|no)\b/i, what: 'GPG checks of the package manager' },
  { kind: 'signature', commands: ['zypper'], flags: ['--no-gpg-checks'], what: 'GPG checks of zypper' },
  { kind: 'signature', commands: ['rpm'], flags: ['--nosignature', '--nodigest'], what: 'signature checks of rpm' },
];

/**
 * Text written into a configuration file (`echo ... > file`, `tee`, the replacement of a
 * `sed -i` expression) that turns a check off for every later command.
 */
export const CONFIG_SWITCHES: readonly { readonly kind: CheckKind; readonly text: RegExp; readonly what: string }[] = [
  { kind: 'tls', text: /Acquire::https::(?:[^\s:]+(?::[0-9]+)?::)?Verify-(Peer|Host)\s+"?(false|no|0)"?/i, what: 'certificate checks of apt' },
  // `^[ \t]*`, not `^\s*`: with /m, `\s*` ran over every following blank line from each line start.
  { kind: 'tls', text: /^[ \t]*check_certificate\s*=\s*off\b/m, what: 'certificate checks of wget (.wgetrc)' },
  { kind: 'tls', text: /^[ \t]*(strict-ssl\s*=\s*false|sslverify\s*=\s*(false|0))\b/im, what: 'certificate checks (strict-ssl/sslverify in a config file)' },
  // `[^[\]]*`: from each `[` only to the next bracket, not on over a run of `[` to every `]`.
  // A local folder of packages the build made itself (`deb [trusted=yes] file:///tmp/debs ./`) has no signer.
  { kind: 'signature', text: /\[[^[\]]*\btrusted=yes\b[^[\]]*\](?!\s+(file|copy):)/, what: 'signature checks of apt for that source ([trusted=yes])' },
  { kind: 'signature', text: /(^|\s|\\n)(repo_)?gpgcheck\s*=\s*(0|false|no)\b/im, what: 'GPG checks of a package repository (gpgcheck=0)' },
  { kind: 'signature', text: /APT::Get::AllowUnauthenticated\s+"?(true|yes|1)"?/i, what: 'signature checks of apt' },
];

/** Commands whose arguments are text written to a file. */
export const TEXT_WRITERS: readonly string[] = ['echo', 'printf', 'tee', 'cat'];

/**
 * Environment variables that turn checks off, with the values that do so (ENV persists them into
 * the running container too).
 */
export const ENV_SWITCHES: readonly { readonly kind: CheckKind; readonly name: string; readonly value: RegExp; readonly what: string }[] = [
  { kind: 'tls', name: 'NODE_TLS_REJECT_UNAUTHORIZED', value: /^0$/, what: 'certificate checks of every Node.js HTTPS connection' },
  // git: any value, even an empty one, disables verification.
  { kind: 'tls', name: 'GIT_SSL_NO_VERIFY', value: /^(?!(0|false|no)$)/i, what: 'certificate checks of git' },
  { kind: 'tls', name: 'PYTHONHTTPSVERIFY', value: /^0$/, what: 'certificate checks of Python\'s urllib' },
  { kind: 'tls', name: 'NPM_CONFIG_STRICT_SSL', value: /^(false|0)$/i, what: 'certificate checks of npm' },
  { kind: 'tls', name: 'YARN_ENABLE_STRICT_SSL', value: /^(false|0)$/i, what: 'certificate checks of yarn' },
  { kind: 'tls', name: 'PIP_TRUSTED_HOST', value: /\S/, what: 'certificate checks of pip for the hosts named' },
  { kind: 'tls', name: 'CONDA_SSL_VERIFY', value: /^(false|no|0)$/i, what: 'certificate checks of conda' },
];
