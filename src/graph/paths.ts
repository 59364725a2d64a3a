/**
 * Paths as the analysis compares them: absolute, normalised, with the build user's home written
 * `~` (so `/root/.npm`, `$HOME/.npm` and `~/.npm` are one path), and globs matched segment-wise.
 */
import { cachedPathGlob } from './glob.js';

export interface PathRef {
  /** Normalised path, `~` for the home directory. */
  readonly path: string;
  /** Written as `dir/*` or `dir/.`: the contents, not the directory. */
  readonly contents: boolean;
}

/** Normalises a path written in a command or instruction; null when it depends on the run. */
export function normalizePath(written: string, cwd: string, home: string | null): PathRef | null {
  let p = written.trim();
  if (p === '' || p.includes('$(') || p.includes('`')) return null;
  p = p.replace(/^(\$\{HOME\}|\$HOME)(?=\/|$)/, '~');
  if (p.includes('$')) return null;
  let contents = false;
  if (p.endsWith('/*') || p.endsWith('/.')) {
    contents = true;
    p = p.slice(0, -2);
  }
  if (p === '~' || p.startsWith('~/')) p = `~${p.length > 1 ? joinPath('/', p.slice(1)) : ''}`;
  else p = joinPath(cwd, p);
  if (home !== null && (p === home || p.startsWith(`${home}/`))) p = `~${p.slice(home.length)}`;
  if (p === '~/') p = '~';
  return { path: p === '' ? '/' : p, contents };
}

/** Whether deleting `target` removes `path` (the same path, a parent, or a glob over it). */
export function removes(target: PathRef, path: string): boolean {
  const t = target.path;
  if (t === path) return true;
  if (t === '/' ) return true;
  if (path.startsWith(`${t}/`)) return true;
  if (hasGlob(t) || hasGlob(path)) return globCovers(t, path);
  return false;
}

export function hasGlob(p: string): boolean {
  return /[*?[]/.test(p);
}

/** Segment-wise glob match of `pattern` against `path` or one of its parents. */
function globCovers(pattern: string, path: string): boolean {
  const ps = pattern.split('/');
  const xs = path.split('/');
  if (ps.length > xs.length) return hasGlob(path) && segmentsMatch(xs, ps.slice(0, xs.length));
  return segmentsMatch(ps, xs.slice(0, ps.length));
}

function segmentsMatch(pattern: readonly string[], parts: readonly string[]): boolean {
  return pattern.every((seg, i) => segmentMatch(seg, parts[i] ?? '') || segmentMatch(parts[i] ?? '', seg));
}

function segmentMatch(glob: string, text: string): boolean {
  if (!hasGlob(glob)) return glob === text;
  return cachedPathGlob(glob).matches(text);
}

/** A URL or path without its `?query` and `#fragment`. */
export function withoutQuery(text: string): string {
  const q = text.search(/[?#]/);
  return q === -1 ? text : text.slice(0, q);
}

/** The text without its trailing slashes (`/\/+$/` would retry at every slash of a long run). */
export function trimTrailingSlashes(text: string): string {
  return trimTrailing(text, '/');
}

/** The text without the copies of `char` it ends with, in one pass (unlike `/x+$/`, see above). */
export function trimTrailing(text: string, char: string): string {
  const code = char.charCodeAt(0);
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === code) end--;
  return text.slice(0, end);
}

export function basenameOf(path: string): string {
  const trimmed = trimTrailingSlashes(path);
  const slash = trimmed.lastIndexOf('/');
  return slash === -1 ? trimmed : trimmed.slice(slash + 1);
}

/** A part of a path that normalising removes: an empty one (`//`, a trailing `/`), `.` or `..`. */
const NOT_NORMAL = /\/(\.{0,2})(\/|$)/;

/** `dir` resolved against `base`, normalised (`.` and `..` removed). */
export function joinPath(base: string, dir: string): string {
  const joined = dir.startsWith('/') ? dir : `${base}/${dir}`;
  // Most paths are normal already: absolute, with no empty, `.` or `..` part.
  if (joined.startsWith('/') && !NOT_NORMAL.test(joined)) return joined;
  const parts = joined.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}
