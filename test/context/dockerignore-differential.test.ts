/**
 * Our .dockerignore matcher (src/context/dockerignore.ts, following moby/patternmatcher as
 * BuildKit uses it) against @balena/dockerignore, the library it replaced at run time: they must
 * agree, except where the library departs from Docker. Each such case is listed below with the
 * rule of moby/patternmatcher that decides it, and there our answer must be Docker's.
 *
 * dockerignore.test.ts checks the matcher's own rules case by case; this file compares the two
 * matchers over many patterns and paths, and over random ones (fast-check).
 *
 * The shared corpus holds Dockerfiles only, no .dockerignore files; it gives real paths (the
 * sources of COPY and ADD) to match, when present.
 *
 * Not compared, and a known difference of ours from Docker: a backslash before a letter. Docker
 * hands `\d`, `\w`, `\b`... to Go's regexp, where they are classes and assertions (and some make
 * the build fail); we take the letter itself, as filepath.Match and Docker's documentation do.
 */
import { readFileSync } from 'node:fs';
import balena from '@balena/dockerignore';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ignoreRules } from '../../src/context/dockerignore.js';
import { corpusFiles, corpusPresent } from '../helpers/corpus.js';

/** The library, case-sensitive as Docker is on Linux (its default ignores case: not compared). */
function library(text: string): (path: string) => boolean {
  const ig = balena({ ignorecase: false }).add(text);
  return (path) => ig.ignores(path);
}

function ours(text: string): (path: string) => boolean {
  const rules = ignoreRules(text, null);
  return (path) => rules.ignores(path);
}

/** Real-world .dockerignore lines and the odd corners of the syntax, alone and combined. */
const PATTERNS: readonly string[] = [
  '*.md',
  '!README.md',
  '*.md\n!README.md',
  '!README.md\n*.md',
  '**/node_modules',
  '**/node_modules\n!web/node_modules',
  'node_modules',
  'dir/**',
  'dir/**\n!dir/sub/**',
  '/abs',
  './rel',
  'a/*/b',
  '*\n!a/*/b',
  'a/**/b',
  '[a-c]x',
  '[!a]x',
  '[^a]x',
  '?',
  '\\*',
  '\\?',
  '\\[x',
  'build/',
  'build//',
  '# comment\n\nbuild/\n',
  '   \n\t\n',
  ' # indented, so not a comment',
  '**/*.log',
  '**',
  '*',
  '.*',
  '.git\n.env\n*.pyc\n**/__pycache__',
  '../x',
  'a//b',
  'a/./b',
  'a/../b',
  'docs\n!docs/keep.md',
  'docs/*.md\n!docs/keep.md',
  '  spaced  ',
  '! README.md\n*.md',
  'a.b',
  'a$',
  'foo bar',
  'Dir',
  '*\r\n!keep\r\n',
  // `^` reaches Docker's Go regexp unescaped, where it anchors at the start (as in JavaScript's).
  'a^b*',
  '^a*',
  '*^a',
  '**/^a*',
  'a/^*',
];

const PATHS: readonly string[] = [
  'README.md', 'CHANGES.md', 'docs/a.md', 'docs/keep.md', 'docs/sub/b.md', 'x/y/z.md', '.md', 'x/.md',
  'node_modules/x/index.js', 'web/node_modules/y.js', 'node_modules',
  'dir', 'dir/x', 'dir/sub/y', 'dir/Dir', 'Dir', 'DIR',
  'abs', 'x/abs', 'rel', 'x/rel', 'a', 'b', 'a/b', 'a/b/c', 'a/x/b', 'a/x/b/c', 'a/x/y/b', 'a/xb', 'ax', 'bx', 'dx', '!x', 'x',
  '*', 'x*', '?', '[x', 'build', 'build/out.js', 'a.log', 'logs/a.log', 'logs/x/y.log',
  '.git/config', '.env', 'x.pyc', 'src/__pycache__/m.pyc', '# indented, so not a comment', 'foo bar', 'spaced',
  'a.b', 'axb', 'a$', 'keep', 'keep/x', 'aab', 'a+b', '(a|b)', 'aa', 'a{2}', 'a/b/c/d/e/f',
  'a^bz', 'x^y', 'x/a', 'a/^x', '^a',
];

interface Deviation {
  readonly pattern: string;
  /** Docker's answer for a path, by the rule cited. */
  readonly docker: (path: string) => boolean;
  readonly reason: string;
}

/** The path and each folder on its way (`a`, `a/b`, `a/b/c`): Docker's MatchesOrParentMatches tries them all. */
const withParents = (path: string): string[] => path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
const literal = (text: string) => (path: string) => withParents(path).includes(text);

/**
 * Where @balena/dockerignore (a port of moby v19.03's fileutils) departs from Docker today
 * (moby/patternmatcher, which BuildKit uses): our answer must be Docker's.
 */
const DEVIATIONS: readonly Deviation[] = [
  {
    pattern: '**.md',
    // Pattern.compile: `**` first makes a suffixMatch; match: strings.HasSuffix(path, ".md").
    docker: (p) => withParents(p).some((q) => q.endsWith('.md')),
    reason: 'a leading `**` not followed by `/` is a suffix match in patternmatcher; the library requires a folder boundary',
  },
  {
    pattern: '**foo',
    docker: (p) => withParents(p).some((q) => q.endsWith('foo')),
    reason: 'the same suffix rule: `**foo` matches `barfoo` in Docker',
  },
  {
    pattern: 'a+b',
    // shouldEscape: `.+()|{}$` are escaped before the pattern becomes a regular expression.
    docker: literal('a+b'),
    reason: 'patternmatcher escapes + ( ) | { } (shouldEscape); the library escapes only . and $, so they act as regexp syntax',
  },
  { pattern: '(a|b)', docker: literal('(a|b)'), reason: 'the same: ( | ) are literal characters in Docker' },
  { pattern: 'a{2}', docker: literal('a{2}'), reason: 'the same: { } are literal characters in Docker' },
  {
    pattern: 'x^y',
    // Pattern.match: a line without wildcards is an exactMatch, compared as a string.
    docker: literal('x^y'),
    reason: 'a line without wildcards is compared as a string in Docker; the library makes it a regexp, where ^ anchors',
  },
  {
    pattern: 'a[^x]b',
    // MatchesOrParentMatches tries every parent folder; Go's [^x] also matches `/`, so `a/b` matches.
    docker: (p) => withParents(p).some((q) => /^a[^x]b$/.test(q)),
    reason: 'the library checks only the parent with as many segments as the pattern (moby v19.03 Matches); BuildKit checks every parent',
  },
];

/**
 * Lines Docker refuses (patternmatcher.New fails on filepath.Match's ErrBadPattern, or on a lone
 * `!`), so that no build runs and there is no answer to compare: an unclosed class, a class that
 * opens with `]`, a trailing backslash.
 */
const REFUSED_BY_DOCKER = ['[a', 'x[]a]', 'x\\'];

/** Real paths from the corpus: what COPY and ADD take from a build context. */
function corpusPaths(): string[] {
  if (!corpusPresent()) return [];
  const out = new Set<string>();
  for (const file of corpusFiles('files').slice(0, 1500)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:COPY|ADD)\s+(?:--\S+\s+)*([^\s$"[]+)\s+\S/gim)) {
      const path = m[1]!.replace(/^\.?\//, '').replace(/\/$/, '');
      if (path !== '' && path !== '.' && !/[*?\\]|:\/\/|^\.\.|\/\.\.?(\/|$)/.test(path)) out.add(path);
      if (out.size >= 400) return [...out];
    }
  }
  return [...out];
}

describe('.dockerignore: our matcher and @balena/dockerignore', () => {
  const deviating = new Set(DEVIATIONS.map((d) => d.pattern));

  it('agree on every pattern and path outside the listed deviations', () => {
    const paths = [...PATHS, ...corpusPaths()];
    if (!corpusPresent()) console.log('corpus absent (../shared/corpus): comparing on the hand-picked paths only');
    let compared = 0;
    const disagreements: string[] = [];
    for (const pattern of PATTERNS) {
      expect(deviating.has(pattern)).toBe(false);
      const lib = library(pattern);
      const our = ours(pattern);
      for (const path of paths) {
        compared++;
        if (lib(path) !== our(path)) disagreements.push(`${JSON.stringify(pattern)} on ${path}: library ${lib(path)}, ours ${our(path)}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(PATTERNS.length * PATHS.length - 1);
  });

  it.each(DEVIATIONS.map((d) => [d.pattern, d] as const))('%s: the library departs from Docker, ours gives Docker\'s answer', (_pattern, d) => {
    const lib = library(d.pattern);
    const our = ours(d.pattern);
    const paths = [...PATHS, 'barfoo', 'x/barfoo', 'foo', 'x/y.md'];
    for (const path of paths) expect(our(path), `${d.pattern} on ${path}`).toBe(d.docker(path));
    // The deviation is real: on some path the library answers otherwise.
    expect(paths.some((p) => lib(p) !== d.docker(p)), d.reason).toBe(true);
  });

  it('a line Docker refuses matches nothing here, and leaves the other lines working', () => {
    for (const bad of REFUSED_BY_DOCKER) {
      const our = ours(`${bad}\n*.md`);
      expect(our('README.md'), bad).toBe(true);
      expect(our('a'), bad).toBe(false);
      expect(our(bad.replace(/\\$/, '')), bad).toBe(false);
    }
  });

  it('an indented # starts a pattern, not a comment, as in ignorefile.ReadAll (and the library)', () => {
    const text = ' # indented, so not a comment\n# a comment';
    expect(ours(text)('# indented, so not a comment')).toBe(true);
    expect(library(text)('# indented, so not a comment')).toBe(true);
    expect(ours(text)('# a comment')).toBe(false);
  });

  /** Path segments and pattern pieces from a small alphabet, so that patterns and paths meet often. */
  const segment = fc.constantFrom('a', 'b', 'ab', 'ba', 'aa', '.a', 'a.b');
  const piece = fc.constantFrom('a', 'b', 'ab', '*', '?', '**', 'a*', '*b', '[ab]', '[a-b]', '[!a]', '.', 'a?', '\\*a');
  const pathArb = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
  const lineArb = fc
    .tuple(fc.constantFrom('', '', '!', '/', '!/', './'), fc.array(piece, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '', '/'))
    .map(([head, pieces, tail]) => `${head}${pieces.join('/')}${tail}`);
  /** The deviations above, in random form: a leading `**` not followed by `/` (a suffix match in Docker). */
  const deviates = (line: string) => /^!?\/?(\.\/)?\*\*(?!\/|$)/.test(line);

  it('agree on random patterns and paths (fast-check), the deviations aside', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 3 }), fc.array(pathArb, { minLength: 1, maxLength: 6 }), (lines, paths) => {
        fc.pre(!lines.some(deviates));
        const text = lines.join('\n');
        const lib = library(text);
        const our = ours(text);
        for (const path of paths) expect(`${path}: ${our(path)}`).toBe(`${path}: ${lib(path)}`);
      }),
      { numRuns: 3000, seed: 8301 },
    );
  });
});
