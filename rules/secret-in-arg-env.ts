import type { Node } from '../src/graph/types.js';
import { defineRule } from '../src/rules/types.js';
import { KNOWN_SECRET_NAMES, NOT_SECRET, PUBLIC_WORD, SECRET_FRAGMENTS, SECRET_WORDS } from './data/secrets.js';

function looksSecret(name: string): boolean {
  if (NOT_SECRET.some((re) => re.test(name)) || PUBLIC_WORD.test(name)) return false;
  if (KNOWN_SECRET_NAMES.has(name.toUpperCase())) return true;
  const lower = name.toLowerCase();
  return SECRET_FRAGMENTS.some((f) => lower.includes(f)) || SECRET_WORDS.test(name);
}

export default defineRule({
  id: 'secret-in-arg-env',
  category: 'security',
  severity: 'warning',
  aliases: ['DL3064', 'SecretsUsedInArgOrEnv'],
  summary: 'An ARG or ENV looks like it carries a secret',
  fixable: false,
  docs: {
    what:
      'Reports ARG and ENV variables whose names look like secrets: hadolint\'s list (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`, names containing `password`, `secret`, `token`, `api_key`, ...) and BuildKit\'s (a name with the word `key`, `auth`, `credential`, `passwd`, ...).',
    why:
      'ENV values are stored in the image config, and ARG values in the image history of every RUN that sees them: `docker history` and anyone who can pull the image can read them. A secret needed during the build belongs in a secret mount, which leaves no trace.',
    example: 'FROM node:22-slim\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > ~/.npmrc && npm ci',
    fix: 'Mount the secret for the one RUN that needs it:\n\nFROM node:22-slim\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\\n    echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > ~/.npmrc && npm ci && rm ~/.npmrc\n\n# docker build --secret id=npm_token,env=NPM_TOKEN .',
    notes:
      'Judged by name only. Not reported, unlike hadolint and BuildKit: names that say where a secret is rather than holding it (`POSTGRES_PASSWORD_FILE`, `*_PATH`, `*_DIR`, `*_ENABLED`), versions (`DOCKER_AUTH_VERSION`), public key fingerprints for verifying downloads (`GPG_KEY`, `*_PGP_KEY_IDS`, `SWIFT_SIGNING_KEY`, `*_RELEASE_KEY`, which the official images set), names with the word `public` (BuildKit\'s own exception), and an ENV set to the empty string. hadolint\'s `username` fragment is left out (a user name is not a secret); its named registry logins such as `DOCKER_USERNAME` are kept.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'arg' && node.kind !== 'env') continue;
      for (const v of node.vars) {
        if (!looksSecret(v.name)) continue;
        if (node.kind === 'env' && (v.value ?? '') === '') continue;
        report({ node: node as Node, start: v.start, end: v.end, message: `${node.keyword} ${v.name} looks like a secret: ${node.kind === 'env' ? 'ENV values are stored in the image' : 'build arguments are stored in the image history'}; pass it with RUN --mount=type=secret instead` });
      }
    }
  },
});
