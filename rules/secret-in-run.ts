import { argValues, optionValue } from '../src/graph/commands.js';
import { runFacts } from '../src/graph/run-facts.js';
import type { RunNode } from '../src/graph/types.js';
import type { ShellCommand } from '../src/parse/shell/commands.js';
import { defineRule } from '../src/rules/types.js';
import { LOCAL_HOST, NPM_AUTH, PLACEHOLDER, SECRET_OPTIONS, TOKEN_FORMATS, USER_PASSWORD_OPTIONS } from './data/run-secrets.js';

/**
 * `scheme://user:password@host`, with the password literal. The scheme is at most 32 characters:
 * unbounded, it was retried to the end of a long run (`a.a.a.a...`) from each of its letters.
 */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{0,31}:\/\/([^:@/\s"'$]+):([^@/\s"'$]+)@([^/\s?#"']+)/gi;

/**
 * TOKEN_FORMATS as global expressions, compiled once rather than for every RUN (matchAll scans
 * a copy, so sharing them is safe), with the label as a message starts it.
 */
const TOKEN_SCANS = TOKEN_FORMATS.map(({ label, pattern }) => ({
  what: label[0]!.toUpperCase() + label.slice(1),
  pattern: new RegExp(pattern.source, `${pattern.flags}g`),
}));

interface Found {
  readonly what: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export default defineRule({
  id: 'secret-in-run',
  category: 'security',
  severity: 'error',
  aliases: [],
  summary: 'A credential is written literally in a RUN (a token, a password option, user:password in a URL)',
  fixable: false,
  docs: {
    what:
      'Finds credentials written out in a RUN instruction: tokens in a format their issuer publishes (GitHub `ghp_...`, GitLab `glpat-...`, AWS `AKIA...`, Slack, npm, PyPI, Stripe live keys, OpenAI, Google API keys, a PEM private key), the literal value of a password or token option (`--password=...`, `--token ...`, `--api-key`, `curl -u user:password`), a password inside a URL (`https://user:password@host/...`), and npm\'s `_authToken=...`.',
    why:
      'The text of every RUN is stored in the image: `docker history --no-trunc` prints it to anyone who can pull the image, and it stays there even if a later step deletes the file the credential was written to. It also sits in the Dockerfile, in version control and in build logs. A credential there must be treated as published: revoke it.',
    example: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN echo "//registry.npmjs.org/:_authToken=npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8" > .npmrc && npm ci && rm .npmrc',
    fix:
      'Pass the credential as a build secret, which is mounted for one RUN and never stored:\n\nFROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci\n\n# docker build --secret id=npmrc,src=$HOME/.npmrc .\n# a token as a variable: RUN --mount=type=secret,id=gh_token,env=GH_TOKEN ...',
    notes:
      'Values that are variables (`--password "$DB_PASSWORD"`, `https://${TOKEN}@...`) are not reported here; a build argument that carries one is secret-in-arg-env\'s finding. Placeholders (`<token>`, `xxx`, `changeme`, `password`) and credentials for the build machine or the container itself (`localhost`, `127.0.0.1`) are not reported, nor are variable assignments by name alone (`MYSQL_ROOT_PASSWORD=root` for a test database). The message shows only the first characters of what it found.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      const found = tokensIn(node);
      for (const cmd of runFacts(node).commands) {
        for (const f of inCommand(cmd)) if (!found.some((t) => t.value.includes(f.value) || f.value.includes(t.value))) found.push(f);
      }
      for (const f of found) {
        report({
          node,
          start: f.start,
          end: f.end,
          message: `${f.what} is written literally in this RUN (${mask(f.value)}): every RUN's text is stored in the image history, readable by anyone who can pull it; revoke it and pass it with RUN --mount=type=secret`,
        });
      }
    }
  },
});

/** Tokens of a known format anywhere in the RUN's text (heredocs included). */
function tokensIn(node: RunNode): Found[] {
  const script = node.script;
  const text = script?.text ?? (node.exec ?? []).join(' ');
  const out: Found[] = [];
  for (const { what, pattern } of TOKEN_SCANS) {
    // exec on the one global expression, from the start: matchAll would copy it for every RUN.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const at = m.index;
      out.push({
        what,
        value: m[0],
        start: script ? script.toSource(at) : node.raw.start,
        end: script ? script.toSourceEnd(at + m[0].length) : node.raw.end,
      });
    }
  }
  return out;
}

/** Password options, `curl -u user:password`, URL credentials and npm auth lines of one command. */
function inCommand(cmd: ShellCommand): readonly Found[] {
  // Every option named in the data starts with `-`, a URL with a password holds `://`, an npm
  // token `:_`: a command without such a word (most commands) is not searched at all.
  let dashed: string[] | null = null;
  let long: string[] | null = null;
  let urls = false;
  let npmAuth = false;
  for (const a of cmd.args) {
    if (a.value?.startsWith('-')) {
      (dashed ??= []).push(a.value);
      if (a.value.startsWith('--')) (long ??= []).push(a.value);
    }
    const word = a.value ?? a.text;
    if (word.includes('$')) continue;
    if (word.includes('://')) urls = true;
    if (word.includes(':_')) npmAuth = true;
  }
  if (!dashed && !urls && !npmAuth) return NOTHING;
  const out: Found[] = [];
  const found = (what: string, value: string): void => void out.push({ what, value, start: cmd.start, end: cmd.end });
  if (dashed) {
    // A long option is looked for only in a word that starts with it (`--token x`, `--token=x`).
    for (const option of SECRET_OPTIONS) {
      if (option.startsWith('--') && (!long || !anyStartsWith(long, option))) continue;
      const value = optionValue(cmd, [option]);
      if (value && secretValue(value) && !/^(id|src|source|env|type)=/.test(value)) found(`The value of ${option}`, value);
    }
    for (const option of (Object.hasOwn(USER_PASSWORD_OPTIONS, cmd.name) ? USER_PASSWORD_OPTIONS[cmd.name] : undefined) ?? []) {
      const value = optionValue(cmd, [option]);
      const password = value?.includes(':') ? value.slice(value.indexOf(':') + 1) : '';
      if (value && password && secretValue(password)) found(`The password of ${cmd.name} ${option}`, password);
    }
  }
  if (urls || npmAuth) {
    const words = argValues(cmd).filter((a) => !a.includes('$'));
    for (const word of words) {
      // matchAll copies the expression for each word it is given: only words with a URL are.
      if (!urls || !word.includes('://')) continue;
      for (const m of word.matchAll(URL_CREDENTIALS)) {
        if (!LOCAL_HOST.test(m[3]!) && secretValue(m[2]!)) found('A password in a URL', m[2]!);
      }
    }
    // A match starts inside one word (the words are joined with spaces).
    const npm = npmAuth ? NPM_AUTH.exec(words.join(' ')) : null;
    if (npm && secretValue(npm[3]!)) found('An npm registry token', npm[3]!);
  }
  return out;
}

function anyStartsWith(words: readonly string[], prefix: string): boolean {
  for (const w of words) if (w.startsWith(prefix)) return true;
  return false;
}

const NOTHING: readonly Found[] = [];

function secretValue(value: string): boolean {
  return value.length >= 4 && !value.includes('$') && !value.includes('`') && !PLACEHOLDER.test(value);
}

/** The first characters only: a finding must not repeat the secret. */
function mask(value: string): string {
  return `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}...`;
}
