/**
 * Names of ARG and ENV variables that look like they carry a secret. Two published lists are
 * combined: hadolint's (DL3064: known names, and fragments anywhere in the name) and BuildKit's
 * (SecretsUsedInArgOrEnv: whole words of the name, split at `_`).
 */

/** Source: hadolint src/Hadolint/Rule/DL3064.hs, `knownSensitiveNames`. */
export const KNOWN_SECRET_NAMES: ReadonlySet<string> = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'BITTREX_API_KEY',
  'BITTREX_API_SECRET', 'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD', 'CI_DEPLOY_USER', 'DOCKERHUB_PASSWORD',
  'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME', 'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET',
  'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN',
  'HEROKU_API_KEY', 'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN', 'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET', 'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME', 'POSTGRES_PASSWORD', 'SLACK_TOKEN',
  'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME', 'TRAVIS_OS_NAME', 'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN',
]);

/**
 * Source: hadolint DL3064, `suspiciousSubstrings` (matched anywhere in the lower-cased name),
 * less `username`: a user name is not a secret (`ARG USERNAME=vscode` in dev containers), and
 * the registry logins hadolint means are in KNOWN_SECRET_NAMES by their full names.
 */
export const SECRET_FRAGMENTS: readonly string[] = ['api_key', 'client_key', 'password', 'private', 'secret', 'token'];

/**
 * Source: BuildKit frontend/dockerfile/dockerfile2llb/convert.go, `secretsRegexp` (a whole
 * `_`-separated word of the name).
 */
export const SECRET_WORDS = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;

/** BuildKit's exception: a name with the word `public` is not a secret. */
export const PUBLIC_WORD = /(?:_|^)public(?:_|$)/i;

/**
 * Names that do not hold a secret though they contain one of the words above:
 * - where a secret is, not the secret: a file path (`POSTGRES_PASSWORD_FILE`, the convention of
 *   the official images for passing secrets), a folder, a flag saying whether to use one, a length;
 * - a version of an auth tool (`DOCKER_AUTH_VERSION`);
 * - public key material used to verify downloads: `GPG_KEY`, `*_PGP_KEY_IDS`, `SWIFT_SIGNING_KEY`,
 *   `*_RELEASE_KEY` hold fingerprints that the official images publish (python, swift, haskell).
 */
export const NOT_SECRET = [
  /_(FILE|PATH|DIR|DIRECTORY|LOCATION|ENABLED|DISABLED|REQUIRED|LENGTH|TTL|EXPIRY|EXPIRATION|HEADER|VERSION)$/i,
  /(^|_)(GPG|PGP|SIGNING|RELEASE)(_|$)/i,
  /_KEY_?(ID|IDS|FINGERPRINT|FINGERPRINTS|SERVER|SERVERS|URL)$/i,
];
