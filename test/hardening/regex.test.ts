/**
 * Regular expressions over user text, audited for catastrophic backtracking (issue 8, point 3).
 * Long adversarial strings (100 KB of an almost-matching run) go through the real entry points:
 * analyzeFile on Dockerfiles built around them, --fix on some, and the .dockerignore matcher with
 * hostile patterns against long names. A backtracking expression takes seconds to hours on such
 * input and a linear one milliseconds, so a bound of 2 s per input separates them cleanly on a
 * loaded machine. Last, every regular expression literal of src/ and rules/ is compiled from the
 * sources and run over runs built from its own characters (a unit-level check that also covers
 * expressions no test below reaches).
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile, type AnalyzeOptions } from '../../src/analyze.js';
import { ignoreRules } from '../../src/context/dockerignore.js';
import { fixFile } from '../../src/fix/fix-file.js';
import { pathGlob, shellPattern } from '../../src/graph/glob.js';

/**
 * Generous: a linear pass over 100 KB takes milliseconds, a backtracking one minutes. A script
 * the shell parser cannot finish is given up after MAX_PARSE_MS (500 ms), and a place holds up
 * to two (`HEALTHCHECK CMD` and `CMD`): 1.5–1.7 s on an idle machine, so a busy one needs room.
 */
const BOUND_MS = 5000;
const N = 100_000;
const ROOT = join(import.meta.dirname, '..', '..');

/** The almost-matching runs: each repeated to about N characters, then a character that ends the match. */
const UNITS = ['a', ' ', '\t', '\\', '$', '{', '${', '"', "'", '--', '=', ':', '/', '.', '-', '1', '@', '[', '*', 'a.', 'a-', 'a_', '1.', 'e', '\\n'];
const run = (unit: string, tail = '!'): string => unit.repeat(Math.ceil(N / unit.length)) + tail;

async function timed<T>(what: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  expect(ms, `${what}: ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
  return result;
}

async function analyzeWithin(what: string, text: string, options: AnalyzeOptions = {}): Promise<void> {
  const report = await timed(what, () => analyzeFile({ path: 'Dockerfile', text }, options));
  expect(report.internal, `${what}: ${report.error}`).toBe(false);
}

describe('adversarial runs in every instruction', () => {
  // Where a run of each unit lands: the argument of each instruction, a comment, a pragma.
  const PLACES: Record<string, (s: string) => string> = {
    RUN: (s) => `FROM alpine\nRUN echo ${s}\n`,
    'RUN (quoted)': (s) => `FROM alpine\nRUN echo "${s}" '${s}'\n`,
    ENV: (s) => `FROM alpine\nENV A=${s} PATH=/usr/bin:${s}\n`,
    LABEL: (s) => `FROM alpine\nLABEL org.opencontainers.image.version=${s} org.opencontainers.image.url=${s} org.opencontainers.image.authors=${s} x=${s}\n`,
    FROM: (s) => `FROM ${s}\nFROM ${s} AS ${s}\nFROM --platform=${s} alpine:${s}\n`,
    COPY: (s) => `FROM alpine\nWORKDIR /app\nCOPY ${s} ./\nCOPY --from=${s} --chown=${s} ${s} ${s}\nRUN npm install\n`,
    ADD: (s) => `FROM alpine\nADD https://example.com/${s} /tmp/\n`,
    ARG: (s) => `ARG A=${s}\nFROM alpine:\${A}\nARG B=${s}\nRUN echo \${B:-${s}} \${B#${s}} \${B/${s}/x}\n`,
    comment: (s) => `# ${s}\n#${s}\nFROM alpine\n# dfscan ignore=${s}\n# hadolint ignore=${s}\nRUN true\n`,
    other: (s) => `FROM alpine\nEXPOSE ${s}\nUSER ${s}\nWORKDIR ${s}\nSTOPSIGNAL ${s}\nHEALTHCHECK CMD ${s}\nSHELL ["${s}"]\nCMD ${s}\nVOLUME ${s}\n`,
  };
  for (const [place, build] of Object.entries(PLACES)) {
    it(`${place}: finishes within ${BOUND_MS} ms for each run`, async () => {
      for (const unit of UNITS) await analyzeWithin(`${place} with ${JSON.stringify(unit)}`, build(run(unit)));
    }, 120_000);
  }
});

describe('runs aimed at particular expressions', () => {
  // Each one almost matches an expression that backtracked before it was rewritten (see the audit).
  const CASES: [string, string][] = [
    ['secret-in-run: credentials in a URL, many scheme starts', `FROM alpine\nRUN echo ${run('a.')}\n`],
    ['secret-in-run: an OpenAI-style key, many starts', `FROM alpine\nRUN echo ${run('sk-', '')}\n`],
    ['secret-in-run: npm _auth followed by spaces', `FROM alpine\nRUN echo "//registry/:_auth${' '.repeat(N)}"\n`],
    ['tls-verify-disabled: many apt Acquire options', `FROM debian\nRUN apt-get -o ${run('Acquire::https::', '')} install -y x\n`],
    ['tls-verify-disabled: apt config written by echo', `FROM debian\nRUN echo '${run('Acquire::https::', '')}' > /etc/apt/apt.conf.d/x\n`],
    ['signature-check-disabled: many --setopt=', `FROM fedora\nRUN dnf install -y ${run('--setopt=', '')} x\n`],
    ['signature-check-disabled: brackets in a sources list', `FROM debian\nRUN echo '${run('[')}' > /etc/apt/sources.list\n`],
    ['signature-check-disabled: a long [ option list', `FROM debian\nRUN echo 'deb [${'a'.repeat(N)} http://x' > /etc/apt/sources.list\n`],
    ['signature-check-disabled: sed with a run of backslashes', `FROM fedora\nRUN sed -i 's/${'\\\\'.repeat(20_000)}' /etc/yum.conf\n`],
    ['signature-check-disabled: sed with many delimiters', `FROM fedora\nRUN sed -i '${Array.from({ length: 20_000 }, (_, i) => ` s${String.fromCharCode(0x100 + i)}`).join('')}' /etc/yum.conf\n`],
    ['config switches: blank lines in a heredoc config file', `FROM alpine\nRUN <<EOF\necho "${'\n'.repeat(N)}x" > /root/.wgetrc\nEOF\n`],
    ['pipefail fix: set -eee...', `FROM alpine\nRUN set -${'e'.repeat(N)}_ && curl -s http://x | sh\n`],
    ['env-path-override: a run of colons', `FROM alpine\nENV PATH=/opt/bin${':'.repeat(N)}x\n`],
    ['env-path-override: a run of slashes', `FROM alpine\nENV PATH=/opt/bin${'/'.repeat(N)}x:/usr/bin${'/'.repeat(N)}x\n`],
    ['downloads: a run of digits in a URL', `FROM alpine\nRUN curl -fsSL https://example.com/${'1'.repeat(N)}/x.tar.gz | tar -xz\nADD https://example.com/${'6'.repeat(N)} /tmp/\n`],
    ['apk-virtual-kept: a package of operators', `FROM alpine\nRUN apk add --virtual .b "gcc${'='.repeat(N)}\nx"\n`],
    ['shell parser: nested ${ (tree-sitter error recovery, given up after MAX_PARSE_MS)', `FROM alpine\nRUN echo ${'${'.repeat(N / 2)}!\n`],
    ['shell parser: many heredoc markers', `FROM alpine\nRUN cat ${'<<E '.repeat(N / 4)}\n`],
    ['COPY: a wildcard of many stars', `FROM node\nWORKDIR /app\nCOPY ${'*a'.repeat(N / 2)}b ./\nRUN npm install\n`],
    ['variables: a pattern of many stars', `FROM alpine\nARG A=${'a'.repeat(N)}\nRUN echo \${A#${'*a'.repeat(N / 4)}b} \${A%%${'*'.repeat(N)}b} \${A/${'*a'.repeat(N / 4)}b/x}\n`],
    ['image reference: long almost-valid names', `FROM ${'a-'.repeat(N / 2)}!\nFROM ${'a.'.repeat(N / 2)}:1\nFROM ${'a__'.repeat(N / 3)}@sha256:x\n`],
    ['labels: almost-valid semver, e-mail and URL', `FROM alpine\nLABEL org.opencontainers.image.version=1.0.0-${'1-'.repeat(N / 2)}! org.opencontainers.image.authors=${'a.'.repeat(N / 2)}@${'a-'.repeat(N / 2)}! org.opencontainers.image.url=${'a'.repeat(N)}:\n`],
  ];
  for (const [what, text] of CASES) {
    it(what, async () => {
      await analyzeWithin(what, text);
    }, 60_000);
  }

  it('--fix on runs of spaces, escapes and separators', async () => {
    const texts = [
      `FROM alpine\nRUN apk add curl${' '.repeat(N)}x \\\n${' '.repeat(N)}&& echo\nRUN echo b\n`,
      `FROM alpine\nRUN apt-get install curl ${'\\\n'.repeat(5000)}&& echo${' ;'.repeat(N / 2)}\nRUN echo b\n`,
      `FROM alpine\nRUN set -${'e'.repeat(N)}x; curl http://x | sh\n`,
      `FROM alpine\nRUN <<EOF\nset -${'e'.repeat(N)}_\ncurl -s http://x | sh\nEOF\n`,
    ];
    for (const text of texts) {
      const outcome = await timed('--fix', () => fixFile({ path: 'Dockerfile', text }, {}, { unsafe: true }));
      expect(outcome.report.internal).toBe(false);
    }
  }, 60_000);
});

describe('context files and .dockerignore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dfscan-regex-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads hostile config files of the build context in linear time', async () => {
    const blank = `${'\n'.repeat(N)}x`;
    const spaces = `${' \n'.repeat(N / 2)}x`;
    writeFileSync(join(dir, 'package.json'), '{ "name": "app" }\n');
    writeFileSync(join(dir, 'package-lock.json'), '{}\n');
    writeFileSync(join(dir, 'yarn.lock'), '# yarn\n');
    writeFileSync(join(dir, 'pnpm-lock.yaml'), 'lockfileVersion: 9\n');
    writeFileSync(join(dir, '.npmrc'), blank);
    writeFileSync(join(dir, '.yarnrc'), spaces);
    writeFileSync(join(dir, '.yarnrc.yml'), blank);
    writeFileSync(join(dir, 'bunfig.toml'), blank);
    writeFileSync(join(dir, 'requirements.txt'), blank);
    writeFileSync(join(dir, 'Gemfile'), spaces);
    writeFileSync(join(dir, 'Gemfile.lock'), 'GEM\n');
    const dockerfile = join(dir, 'Dockerfile');
    const text = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm install && yarn install && pnpm install && bun install\nRUN pip install -r requirements.txt && bundle install\n';
    writeFileSync(dockerfile, text);
    await analyzeWithin('context config files', text, { context: { dir, dockerfile } });
  }, 60_000);

  it('matches hostile .dockerignore patterns against long names in linear time', async () => {
    const ctx = join(dir, 'ignore');
    const long = 'a'.repeat(200);
    mkdirSync(join(ctx, long, long), { recursive: true });
    writeFileSync(join(ctx, long, long, `${'a'.repeat(200)}.txt`), 'x');
    const patterns = [
      `${'*a'.repeat(2000)}*b`,
      `${'**/'.repeat(2000)}b`,
      '*'.repeat(20_000),
      `${'?'.repeat(5000)}b`,
      `${'[a]*'.repeat(2000)}b`,
      `!${'*a'.repeat(2000)}*b`,
      `${'a/**/'.repeat(2000)}b`,
      `${'***'.repeat(5000)}b`,
    ];
    writeFileSync(join(ctx, '.dockerignore'), `${patterns.join('\n')}\n`);
    const dockerfile = join(ctx, 'Dockerfile');
    const text = 'FROM alpine\nCOPY . /app\nCOPY *.txt /app/\n';
    writeFileSync(dockerfile, text);
    await analyzeWithin('.dockerignore patterns', text, { context: { dir: ctx, dockerfile } });

    // The matcher itself, with paths as long as Linux allows (PATH_MAX, 4096 bytes). The automaton
    // takes time in the pattern's length times the path's, as Go's regexp does in Docker.
    const rules = ignoreRules(patterns.join('\n'), null);
    for (const name of [`${'a'.repeat(4095)}c`, `${'a/'.repeat(2047)}c`, `${long}/${'a'.repeat(3800)}`]) {
      await timed(`.dockerignore against ${name.length} chars`, () => rules.ignores(name));
      // Each hostile pattern alone gives the right answer, not merely a quick one.
      await timed('.dockerignore, pattern by pattern', () => {
        expect(ignoreRules(patterns[0]!, null).ignores(name)).toBe(false);
        expect(ignoreRules(patterns[1]!, null).ignores(name)).toBe(false);
      });
    }
    expect(ignoreRules(`${'*a'.repeat(2000)}*b`, null).ignores(`${'a'.repeat(3000)}b`)).toBe(true);
  }, 60_000);
});

describe('the wildcard automaton (src/graph/glob.ts)', () => {
  it('matches patterns of many stars against long texts in linear time', async () => {
    // In time the pattern's length times the text's: 200 stars over 100 KB, where a regular
    // expression made from the pattern would not finish with 20.
    const text = `${'a'.repeat(N)}c`;
    for (const [pattern, matches] of [[`${'*a'.repeat(200)}*b`, false], ['*'.repeat(N), true], [`${'*?'.repeat(200)}b`, false]] as const) {
      expect(await timed(`pathGlob ${pattern.slice(0, 10)}...`, () => pathGlob(pattern).matches(text))).toBe(matches);
      expect(await timed(`shellPattern ${pattern.slice(0, 10)}...`, () => shellPattern(pattern).matches(text))).toBe(matches);
    }
    expect(pathGlob(`${'*a'.repeat(5000)}*c`).matches(`${'a'.repeat(6000)}c`)).toBe(true);
    expect(shellPattern('*'.repeat(N)).matches('a/b')).toBe(true);
  }, 60_000);
});

describe('every regular expression literal of src/ and rules/', () => {
  /** Each literal with where it is, read from the sources (as the audit listed them). */
  function literals(): { where: string; re: RegExp }[] {
    const out: { where: string; re: RegExp }[] = [];
    for (const top of ['src', 'rules']) {
      for (const file of readdirSync(join(ROOT, top), { recursive: true }) as string[]) {
        if (!file.endsWith('.ts')) continue;
        const path = join(top, file);
        const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText();
            const slash = text.lastIndexOf('/');
            const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            out.push({ where: `${path}:${line}`, re: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
    return out;
  }

  it('scans runs of its own characters, and of its literal words, in linear time', () => {
    const all = literals();
    expect(all.length).toBeGreaterThan(300);
    const size = 20_000;
    const slow: string[] = [];
    let worst = { ms: 0, where: '' };
    for (const { where, re } of all) {
      // The characters and words the expression itself names, plus the usual separators.
      const units = new Set([...UNITS, ...re.source.replace(/\\[dDsSwWbBnrt]/g, '').replace(/[\\^$()|?+*{}]/g, '')]);
      for (const m of re.source.matchAll(/[A-Za-z0-9_]{2,}[^A-Za-z0-9_\\()|[\]?*+{}^$]{0,3}/g)) units.add(m[0]);
      const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
      const once = new RegExp(re.source, re.flags.replace('g', ''));
      const start = performance.now();
      for (const unit of units) {
        for (const text of [unit.repeat(Math.ceil(size / unit.length)) + '\u0001', `\n${unit.repeat(Math.ceil(size / unit.length))}\n!`]) {
          const t = performance.now();
          once.test(text);
          text.replace(global, '');
          const ms = performance.now() - t;
          if (ms > 200) slow.push(`${where} ${re} on ${JSON.stringify(unit)}: ${ms.toFixed(0)} ms`);
        }
      }
      const ms = performance.now() - start;
      if (ms > worst.ms) worst = { ms, where: `${where} ${re}` };
    }
    console.log(`${all.length} regular expression literals scanned; slowest ${worst.ms.toFixed(0)} ms in all (${worst.where})`);
    expect(slow).toEqual([]);
  }, 300_000);
});
