/**
 * Credentials written literally on a RUN line (secret-in-run): tokens with a published format,
 * which cannot be anything else, and the options and URL parts that carry a password.
 */

/** Token formats their issuers publish (prefix and length), so a match is a real credential. */
export const TOKEN_FORMATS: readonly { readonly label: string; readonly pattern: RegExp }[] = [
  { label: 'a GitHub token', pattern: /\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/ },
  { label: 'a GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20}\b/ },
  { label: 'an AWS access key id', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { label: 'a Slack token', pattern: /\bxox[abprs]-[0-9A-Za-z-]{10,}\b/ },
  { label: 'an npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { label: 'a PyPI token', pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
  { label: 'a Stripe secret key', pattern: /\b(sk|rk)_live_[0-9a-zA-Z]{24,}\b/ },
  // Starts only where a run of key characters starts: `\bsk-` started again at every `sk-` of a long run.
  { label: 'an OpenAI API key', pattern: /(?<![A-Za-z0-9_-])sk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b/ },
  { label: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { label: 'a private key', pattern: /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/ },
];

/** Options whose value is a password or token (`--password=...`, `--token ...`). */
export const SECRET_OPTIONS: readonly string[] = [
  '--password', '--passwd', '--pass', '--token', '--auth-token', '--access-token', '--api-key', '--apikey',
  '--client-secret', '--secret', '--secret-key', '--http-password', '--ftp-password', '--proxy-password',
];

/** Options whose value is `user:password` (curl). */
export const USER_PASSWORD_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  curl: ['-u', '--user', '-U', '--proxy-user'],
};

/**
 * npm's registry token in a config line: `//registry.npmjs.org/:_authToken=...`. `\s*(?:=\s*)?`,
 * not `\s*=?\s*`, which could split a long run of spaces between its two `\s*` in every way.
 */
export const NPM_AUTH = /:_(authToken|auth|password)\s*(?:=\s*)?("?)([^\s"]+)\2/;

/** Values that stand for a secret rather than being one: examples, masks, variables. */
export const PLACEHOLDER = /^(<.*>|\[.*\]|\{.*\}|x+|\*+|\.+|-+|_+|(your|my|the)[-_]?\w*|example\w*|dummy\w*|placeholder\w*|changeme|secret|password|passwd|pass|token|none|null|undefined|true|false|test|foo|bar)$/i;

/** Hosts of the build machine or the container itself: their credentials reach nothing outside. */
export const LOCAL_HOST = /^(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(:\d+)?$/i;
