/**
 * Generators of hostile Dockerfiles, shared by the bounded fuzz test (test/hardening/fuzz.test.ts)
 * and the long run (`npm run fuzz`, scripts/fuzz.mjs):
 * - `grammarDockerfile`: text from a small grammar of Dockerfile pieces (instructions, flags,
 *   quoting, `\` continuations, heredocs, JSON arrays, variables, comments, parser directives,
 *   pragmas, CRLF and lone CR), stitched together the way real files are and the way they break;
 * - `mutatedDockerfile`: the bytes of a real Dockerfile with byte flips, shuffled, duplicated or
 *   dropped lines, truncation at any byte, and continuations, heredoc markers, NUL and control
 *   characters inserted anywhere.
 */
import fc from 'fast-check';

/** One input for the analyzer: text made from the grammar, or the bytes of a mutated file. */
export type FuzzCase =
  | { readonly kind: 'grammar'; readonly text: string }
  | { readonly kind: 'mutated'; readonly origin: string; readonly steps: readonly string[]; readonly bytes: Uint8Array };

/** A corpus file, as read from disk. */
export interface CorpusEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

// ---- the grammar -----------------------------------------------------------------------------

// RUN and COPY come more often, as in real files: most rules read them.
const KEYWORDS = [
  'RUN', 'RUN', 'RUN', 'COPY', 'FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'WORKDIR', 'USER', 'EXPOSE', 'CMD', 'ENTRYPOINT',
  'SHELL', 'HEALTHCHECK', 'ONBUILD', 'STOPSIGNAL', 'VOLUME', 'MAINTAINER',
] as const;

const FLAGS = [
  '--from=build', '--from=0', '--from=$X', '--from=', '--mount=type=cache,target=/root/.cache',
  '--mount=type=secret,id=npm,target=/root/.npmrc', '--mount=type=bind,source=.,target=/src',
  '--chown=1000:1000', '--chown=$USER', '--chmod=777', '--chmod=', '--platform=$BUILDPLATFORM',
  '--platform=linux/amd64', '--link', '--network=none', '--security=insecure', '--interval=30s',
  '--timeout=', '--start-period=5s', '--retries=3', '--keep-git-dir=true', '--checksum=sha256:abc',
  '--exclude=*.md', '--parents', '--', '--=', '--a=b=c', '-', '--mount=', '--mount=type=',
] as const;

const WORDS = [
  'apt-get', 'update', 'install', '-y', '--no-install-recommends', 'curl', 'wget', 'git', 'clone',
  'ca-certificates', 'python3=3.11*', 'npm', 'ci', 'install', '--production', 'yarn', 'pip',
  'install', '-r', 'requirements.txt', 'flask==3.1', 'apk', 'add', '--no-cache', '--virtual', '.build-deps',
  'del', 'dnf', 'yum', 'zypper', 'go', 'build', 'gem', 'composer', 'rm', '-rf', '/var/lib/apt/lists/*',
  '/tmp/*', 'cd', '/app', 'chmod', '777', 'chown', '-R', 'sudo', 'tar', '-xzf', 'x.tar.gz', 'make',
  'sh', '-c', 'bash', '-o', 'pipefail', 'set', '-eux', 'echo', 'export', 'source', 'useradd', '-u', '100000',
  'https://example.com/install.sh', 'http://x', 'git@github.com:a/b.git', 'ubuntu', 'ubuntu:22.04',
  'node:20-alpine', 'alpine@sha256:0123', 'scratch', 'build', 'AS', 'as', '.', './', '..', '/', '*',
  'package*.json', 'package.json', 'package-lock.json', 'pack[age*.json', '[a-', '[!x]', '**/*.go',
  '80', '443/tcp', '8080-8090', '80:80', '65536', 'SIGTERM', '9', 'root', '0', 'nobody', '1000:1000',
  'NONE', 'PATH=/x', 'PATH=$PATH:/x', 'A=1', 'B="2 3"', "C='4'", 'D=', '=', '==', '==x', 'KEY value',
  'org.opencontainers.image.version=1.2', 'maintainer="a@b"', 'description=', 'x=y=z',
  '&&', '||', '|', ';', '&', '>', '2>&1', '<', '$(', ')', '`', '(', '{', '}', '!', '#', '\\', '\\\\',
  '$', '$$', '${', '${X', '$X', '${X}', '${X:-y}', '${X:+y}', '${X-}', '${X#*a}', '${X%%.*}', '${X/a/b}',
  '${X:?err}', '${X:-${Y:-z}}', '${1}', '$@', '"', "'", '""', "''", '"$X"', '"a b"', "'a b'", '"\\""',
  '"unterminated', "'unterminated", '\\"', "\\'", '\t', 'é', '日本', '🐳', '\u0000', '\u001b[31m',
  '\u007f', '\u2028', '\uFEFF', '\uD800', 'true', 'false', 'null', '{}', '[]', ':', '@', '%', '^',
] as const;

const DIRECTIVES = [
  '# syntax=docker/dockerfile:1', '# syntax=docker/dockerfile:1.7-labs', '# escape=`', '# escape=\\',
  '# escape=x', '# check=skip=all', '# check=error=true;skip=JSONArgsRecommended', '#syntax=', '# escape=',
] as const;

const COMMENTS = [
  '# a comment', '#', '#!', '# dfscan ignore=copy-before-install', '# dfscan ignore=', '# dfscan ignore=,,,',
  '# dfscan stage ignore=package-cache', '# dfscan global ignore=all', '# hadolint ignore=DL3008,DL3009',
  '# hadolint global ignore=DL3006', '# hadolint shell=bash', '#\u001b]0;title\u0007', '# ${X:-y}',
] as const;

const HEREDOC_NAMES = ['EOF', 'eof', 'END', 'X', '"EOF"', "'EOF'", 'E-O-F', '', 'EOF EOF2'] as const;

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Between words: spaces, tabs, a line continuation (with its line break), or nothing. */
const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \\\n  ', '\\\n', ' \\\r\n', ' \\ \n', '`\n', '');

const words = (max: number) =>
  fc.array(fc.tuple(word, gap), { maxLength: max }).map((ws) => ws.map(([w, g]) => w + g).join(''));

/** A JSON array, well-formed or not. */
const jsonArray = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((ws) => JSON.stringify(ws)),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((ws) => `[${ws.map((w) => `"${w}"`).join(', ')}`),
  fc.constantFrom('[]', '[', '["sh", "-c"', "['single']", '["a",]', '[ "a" , "b" ]', '["\\u0000"]', '["a" "b"]', '[1, 2]', '["\\"]'),
);

/** A heredoc opener, its body, and (usually) its terminator. */
const heredoc = fc
  .tuple(
    fc.constantFrom('<<', '<<-', '<< ', '<<- '),
    fc.constantFrom(...HEREDOC_NAMES),
    fc.array(fc.oneof(words(6), fc.constantFrom(...COMMENTS), fc.constant('\tEOF'), fc.constant('EOF ')), { maxLength: 5 }),
    fc.constantFrom('terminated', 'terminated', 'terminated', 'open', 'second'),
    fc.constantFrom('', ' /app/run.sh', ' bash', ' && echo done', ' <<EOF2'),
  )
  .map(([op, name, body, end, after]) => {
    const bare = name.replace(/^["']|["']$/g, '');
    const lines = [`${op}${name}${after}`, ...body];
    if (end === 'terminated') lines.push(bare);
    if (end === 'second') lines.push(bare, 'body of EOF2', 'EOF2');
    return lines.join('\n');
  });

const keyword = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS).map((k) => k.toLowerCase()) },
  { weight: 1, arbitrary: fc.constantFrom('FRUM', 'RUNN', 'ONBUILD ONBUILD', 'ONBUILD FROM', 'ONBUILD RUN', '\\', 'EOF', '') },
);

/** The arguments of one instruction: words, a JSON array, a heredoc, assignments. */
const args = fc.oneof(
  { weight: 5, arbitrary: words(8) },
  { weight: 2, arbitrary: jsonArray },
  { weight: 2, arbitrary: heredoc },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom('A', 'PATH', 'X', 'a.b', '', '1', 'x-y'), fc.constantFrom('=', ' ', '=='), word), { maxLength: 4 }).map((as) => as.map(([k, s, v]) => `${k}${s}${v}`).join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('CMD', 'NONE', 'RUN', 'FROM'), words(4)).map(([k, w]) => `${k} ${w}`) },
);

const instruction = fc
  .tuple(fc.constantFrom('', ' ', '\t'), keyword, fc.array(fc.constantFrom(...FLAGS), { maxLength: 3 }), args, fc.constantFrom('', '', ' ', ' \\', '\\'))
  .map(([indent, k, flags, a, tail]) => `${indent}${k} ${flags.map((f) => `${f} `).join('')}${a}${tail}`);

/** Whole lines as real files write them, so that the rules that need a context of lines run. */
const IDIOMS = [
  'WORKDIR /app', 'COPY package*.json ./', 'COPY . .', 'RUN npm install', 'RUN npm ci', 'RUN yarn install',
  'RUN pip install -r requirements.txt', 'COPY requirements.txt .', 'RUN apt-get update && apt-get install -y curl',
  'RUN apk add --no-cache git', 'USER 1000', 'USER root', 'FROM node:20 AS build', 'FROM build', 'COPY --from=build /app /app',
  'ARG VERSION=1.0', 'ENV PATH=/opt/bin:$PATH', 'RUN cd /app && make', 'ADD https://example.com/x.tar.gz /tmp/',
  'HEALTHCHECK CMD curl -f http://localhost/ || exit 1', 'CMD ["node", "server.js"]', 'ENTRYPOINT node server.js',
] as const;

/** A wildcard source of a COPY into the working folder: stars, classes (closed or not), escapes. */
const copyGlob = fc
  .array(fc.constantFrom('*', '*', '?', '[', ']', '!', '^', '-', '\\', 'a', 'p', '.json', 'package', 'lock', 'yarn'), { minLength: 1, maxLength: 24 })
  .map((parts) => `COPY ${parts.join('')} ./`);

const line = fc.oneof(
  { weight: 10, arbitrary: instruction },
  { weight: 4, arbitrary: fc.constantFrom(...IDIOMS) },
  { weight: 1, arbitrary: copyGlob },
  { weight: 2, arbitrary: fc.constantFrom(...COMMENTS) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: words(5) },
  { weight: 1, arbitrary: fc.constantFrom('\\', ' \\', '\\ ', '`') },
);

/** A whole file: directives, a FROM usually first, then lines, joined by one line-break style or a mix. */
export const grammarDockerfile: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '\uFEFF'),
    fc.array(fc.constantFrom(...DIRECTIVES), { maxLength: 2 }),
    fc.oneof({ weight: 4, arbitrary: fc.tuple(fc.constantFrom('FROM ', 'from ', 'FROM --platform=$TARGETPLATFORM '), words(3)).map(([f, w]) => f + w) }, { weight: 1, arbitrary: fc.constant('') }),
    fc.array(line, { maxLength: 25 }),
    fc.constantFrom('\n', '\n', '\r\n', '\r', 'mixed'),
    fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('', '\n', '\\', '\\\n'),
  )
  .map(([bom, directives, from, lines, eol, mix, end]) => {
    const all = [...directives, from, ...lines];
    // The grammar writes `\n` inside heredocs and continuations; the chosen style replaces it.
    const text = all.join('\n');
    if (eol === 'mixed') {
      let i = 0;
      return bom + text.replace(/\n/g, () => mix[i++ % mix.length]!) + end;
    }
    return bom + text.replace(/\n/g, eol) + end;
  });

// ---- mutations of real files -----------------------------------------------------------------

const enc = new TextEncoder();

/** Fragments inserted into a file: continuations, heredoc markers, control characters. */
const INSERTS = [
  '\\\n', '\\\r\n', ' \\', '\\', '<<EOF\n', '<<-EOF\n', "<< 'EOF'\n", '<<"EOF"\n', '\nEOF\n', 'EOF', '\0', '\x00\x00',
  '\x01', '\x1b[2J', '\x1b]0;x\x07', '\x7f', '\r', '\r\n', '\n', '\t', '${', '${X:-', '}', '[', ']', '"', "'",
  '`', '#', '# escape=`\n', '# syntax=x\n', '\nONBUILD ', '\nFROM scratch\n', '\nRUN ', '\nCOPY . .\n', '=', '--',
  '\xff', '\uFFFD', '\uD83D', '🐳',
];

/**
 * Where in the file a mutation acts, as a fraction of its length: mostly uniform, sometimes
 * fast-check's bias towards the edges (the first bytes, the very end). Not fc.double, whose
 * values crowd near 0 (it draws over the floating-point numbers, not over the interval).
 */
const place = fc.oneof(
  { weight: 4, arbitrary: fc.noBias(fc.integer({ min: 0, max: 999_999 })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999_999 }) },
).map((n) => n / 1_000_000);

type Mutation = (bytes: Uint8Array) => { bytes: Uint8Array; step: string };

const splitLines = (bytes: Uint8Array): Uint8Array[] => {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
};

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A mutation, drawn from its parameters (a fraction picks the place, so any file size works). */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(place, fc.integer({ min: 0, max: 7 })).map(([at, bit]): Mutation => (b) => {
    const out = Uint8Array.from(b);
    const i = Math.min(out.length - 1, Math.floor(at * out.length));
    if (i >= 0) out[i]! ^= 1 << bit;
    return { bytes: out, step: `flip bit ${bit} of byte ${i}` };
  }),
  fc.tuple(place, fc.integer({ min: 0, max: 255 })).map(([at, value]): Mutation => (b) => {
    const out = Uint8Array.from(b);
    const i = Math.min(out.length - 1, Math.floor(at * out.length));
    if (i >= 0) out[i] = value;
    return { bytes: out, step: `set byte ${i} to ${value}` };
  }),
  place.map((at): Mutation => (b) => {
    const i = Math.floor(at * b.length);
    return { bytes: b.subarray(0, i), step: `truncate at byte ${i}` };
  }),
  fc.tuple(place, fc.constantFrom(...INSERTS)).map(([at, what]): Mutation => (b) => {
    const i = Math.floor(at * b.length);
    return { bytes: concat([b.subarray(0, i), enc.encode(what), b.subarray(i)]), step: `insert ${JSON.stringify(what)} at byte ${i}` };
  }),
  fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((keys): Mutation => (b) => {
    // Shuffle the lines by sorting them on drawn keys (a stable, seed-driven permutation).
    const lines = splitLines(b);
    const order = lines.map((_, i) => i).sort((x, y) => (keys[x % keys.length]! ^ x * 2654435761) - (keys[y % keys.length]! ^ y * 2654435761) || x - y);
    return { bytes: concat(order.map((i) => lines[i]!)), step: 'shuffle lines' };
  }),
  fc.tuple(place, fc.integer({ min: 1, max: 50 })).map(([at, times]): Mutation => (b) => {
    const lines = splitLines(b);
    const i = Math.floor(at * lines.length);
    if (i >= lines.length) return { bytes: b, step: 'duplicate nothing' };
    const copies = Array.from({ length: times }, () => lines[i]!);
    return { bytes: concat([...lines.slice(0, i), ...copies, ...lines.slice(i)]), step: `duplicate line ${i + 1} ${times} times` };
  }),
  place.map((at): Mutation => (b) => {
    const lines = splitLines(b);
    const i = Math.floor(at * lines.length);
    return { bytes: concat([...lines.slice(0, i), ...lines.slice(i + 1)]), step: `drop line ${i + 1}` };
  }),
  place.map((at): Mutation => (b) => {
    // A continuation at the end of a line: the next line joins this instruction.
    const lines = splitLines(b);
    const i = Math.floor(at * lines.length);
    if (i >= lines.length) return { bytes: b, step: 'continue nothing' };
    const l = lines[i]!;
    const body = l[l.length - 1] === 0x0a ? l.subarray(0, l.length - 1) : l;
    return { bytes: concat([...lines.slice(0, i), body, enc.encode(' \\\n'), ...lines.slice(i + 1)]), step: `continue line ${i + 1}` };
  }),
);

/** A corpus file with one to four mutations applied in turn. */
export function mutatedDockerfile(corpus: readonly CorpusEntry[]): fc.Arbitrary<FuzzCase> {
  if (corpus.length === 0) throw new Error('mutatedDockerfile needs at least one corpus file');
  return fc
    .tuple(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([pick, mutations]) => {
      const entry = corpus[pick]!;
      let bytes = entry.bytes;
      const steps: string[] = [];
      for (const m of mutations) {
        const r = m(bytes);
        bytes = r.bytes;
        steps.push(r.step);
      }
      return { kind: 'mutated' as const, origin: entry.name, steps, bytes };
    });
}

/** The mix both runs use: grammar text always, mutated corpus files when a corpus is given. */
export function fuzzCase(corpus: readonly CorpusEntry[]): fc.Arbitrary<FuzzCase> {
  const grammar = grammarDockerfile.map((text): FuzzCase => ({ kind: 'grammar', text }));
  return corpus.length === 0 ? grammar : fc.oneof(grammar, mutatedDockerfile(corpus));
}
