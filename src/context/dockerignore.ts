/**
 * Which .dockerignore applies, and Docker's matching of it (moby/patternmatcher, which BuildKit
 * uses): each line is cleaned like a path; `*` and `?` stay within a folder, `**` spans any
 * number of folders, `[...]` is a class, `\` escapes; a line that matches a folder leaves out
 * everything under it; `!` re-includes; the last matching line wins. Matching is case-sensitive,
 * as on Linux. BuildKit first looks for `<Dockerfile name>.dockerignore` beside the Dockerfile;
 * when it exists it replaces the context's root `.dockerignore`.
 *
 * Docker compiles each line to a Go regular expression, which runs in linear time; the lines
 * are matched here with the same linear automaton (src/graph/glob.ts), so that a hostile line
 * cannot make the scan backtrack without end.
 */
import { basename, dirname, join } from 'node:path';
import { Glob, codePoints, readClass, type GlobToken } from '../graph/glob.js';
import { readRegularFile } from './read-file.js';

export interface IgnoreRules {
  /** The file the patterns came from, or null when there is none. */
  readonly file: string | null;
  readonly patterns: readonly string[];
  /** Whether a path (relative to the context, `/`-separated) is left out of the context. */
  ignores(path: string): boolean;
  /** The patterns re-include something (`!`): an ignored folder may still hold included files. */
  readonly hasExceptions: boolean;
}

/** A .dockerignore is a few hundred bytes; a larger one than this is not read. */
export const DOCKERIGNORE_MAX_BYTES = 1024 * 1024;

/** Whether `name` is an entry of the folder `dir` (the caller knows the context root's listing). */
export type EntryExists = (dir: string, name: string) => boolean;

export function findIgnoreFile(contextDir: string, dockerfilePath: string | null, exists: EntryExists): string | null {
  if (dockerfilePath) {
    const name = `${basename(dockerfilePath)}.dockerignore`;
    if (exists(dirname(dockerfilePath), name)) return join(dirname(dockerfilePath), name);
  }
  return exists(contextDir, '.dockerignore') ? join(contextDir, '.dockerignore') : null;
}

export function loadIgnoreRules(contextDir: string, dockerfilePath: string | null, exists: EntryExists): IgnoreRules {
  const file = findIgnoreFile(contextDir, dockerfilePath, exists);
  const bytes = file === null ? null : readRegularFile(file, DOCKERIGNORE_MAX_BYTES);
  return ignoreRules(bytes === null ? '' : bytes.toString('utf8'), file);
}

export function ignoreRules(text: string, file: string | null): IgnoreRules {
  // ignorefile.ReadAll drops a comment before trimming: ` # x` (indented) is the pattern `# x`.
  const patterns = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('#'))
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const rules = patterns.map(readRule).filter((r): r is Rule => r !== null);
  return {
    file,
    patterns,
    hasExceptions: patterns.some((p) => p.startsWith('!')),
    ignores: (path) => {
      const clean = cleanPath(path);
      return clean !== '.' && ignored(rules, clean);
    },
  };
}

interface Rule {
  readonly exclusion: boolean;
  readonly match: Matcher;
}

/** Whether a path (given also as code points) matches the rule, or a folder on its way does. */
type Matcher = (path: string, points: () => readonly number[]) => boolean;

/** patternmatcher.MatchesOrParentMatches: the last rule that matches decides. */
function ignored(rules: readonly Rule[], path: string): boolean {
  let matched = false;
  let points: number[] | null = null;
  const pointsOf = () => (points ??= codePoints(path).points);
  for (const rule of rules) {
    // An inclusion cannot change a match, nor an exclusion a non-match.
    if (rule.exclusion !== matched) continue;
    if (rule.match(path, pointsOf)) matched = !rule.exclusion;
  }
  return matched;
}

/** A line as ignorefile.ReadAll and patternmatcher.New read it; null for a line Docker rejects. */
function readRule(line: string): Rule | null {
  let exclusion = false;
  let pattern = line;
  if (pattern.startsWith('!')) {
    exclusion = true;
    pattern = pattern.slice(1).trim();
  }
  if (pattern === '') return null;
  pattern = cleanPath(pattern);
  if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
  const match = compile(pattern);
  return match ? { exclusion, match } : null;
}

/**
 * patternmatcher's Pattern.compile: a literal line is compared as a string (exact), a literal
 * followed by `**` as a prefix, `**` followed by a literal as a suffix; anything else becomes an
 * automaton over the whole path.
 */
function compile(pattern: string): Matcher | null {
  const points = codePoints(pattern).points;
  const tokens: GlobToken[] = [];
  /** Where a `^` stands among the tokens (see below). */
  const carets: number[] = [];
  let type: 'exact' | 'prefix' | 'suffix' | 'automaton' = 'exact';
  for (let i = 0, n = 0; i < points.length; i++, n++) {
    const ch = points[i]!;
    if (ch === STAR && points[i + 1] === STAR) {
      i++;
      // `**/` is `**`.
      if (points[i + 1] === SLASH) i++;
      if (i + 1 >= points.length) {
        if (type === 'exact') type = 'prefix';
        else {
          tokens.push({ kind: 'star', slash: true });
          type = 'automaton';
        }
      } else {
        tokens.push({ kind: 'dirs' });
        type = 'automaton';
      }
      if (n === 0) type = 'suffix';
    } else if (ch === STAR) {
      tokens.push({ kind: 'star', slash: false });
      type = 'automaton';
    } else if (ch === QUESTION) {
      tokens.push({ kind: 'any', slash: false });
      type = 'automaton';
    } else if (ch === BACKSLASH && i + 1 < points.length) {
      tokens.push({ kind: 'char', cp: points[++i]! });
      type = 'automaton';
    } else if (ch === OPEN) {
      const cls = readClass(points, i, false);
      // Docker refuses a .dockerignore with an unclosed class; the line matches nothing here.
      if (!cls) return null;
      tokens.push(cls.token);
      i = cls.end;
      type = 'automaton';
    } else {
      if (ch === CARET) carets.push(tokens.length);
      tokens.push({ kind: 'char', cp: ch });
    }
  }

  // Docker writes `^` into its Go regular expression unescaped, where it anchors at the start of
  // the path: in a wildcard pattern it holds only where what comes before it can match nothing
  // (then that must match nothing), and elsewhere the line matches no path at all.
  if (type === 'automaton' && carets.length > 0) {
    const last = carets[carets.length - 1]!;
    const before = tokens.slice(0, last);
    if (!before.every((t, i) => t.kind === 'dirs' || t.kind === 'star' || carets.includes(i))) return () => false;
    tokens.splice(0, last + 1);
  }

  switch (type) {
    case 'exact':
      return (path) => path === pattern || path.startsWith(`${pattern}/`);
    case 'prefix': {
      const prefix = pattern.slice(0, -2);
      return (path) => path.startsWith(prefix);
    }
    case 'suffix': {
      const suffix = pattern.slice(2);
      const one = (p: string) => p.endsWith(suffix) || (suffix.startsWith('/') && p === suffix.slice(1));
      return (path) => one(path) || parents(path).some(one);
    }
    case 'automaton': {
      const glob = new Glob(tokens);
      return (_path, pointsOf) => {
        // One pass gives the path and each folder on its way: a match ending just before a `/`.
        const cps = pointsOf();
        let hit = false;
        glob.scan(cps, 0, (end) => {
          if (end === cps.length || cps[end] === SLASH) hit = true;
        });
        return hit;
      };
    }
  }
}

const STAR = 0x2a;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BACKSLASH = 0x5c;
const OPEN = 0x5b;
const CARET = 0x5e;

/** The folders on the way to a path: `a`, `a/b` for `a/b/c`. */
function parents(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i));
  return out;
}

/** Go's path.Clean, for the `/`-separated paths and patterns of a .dockerignore. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  if (!/\/\/|(^|\/)\.\.?(\/|$)|.\/$/.test(path)) return path;
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}
