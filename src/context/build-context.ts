/**
 * The build context as Docker sends it: the files under the context folder that .dockerignore
 * does not exclude, with their sizes, read once. COPY and ADD sources are resolved against it
 * to say what each brings in and how much it weighs.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cachedPathGlob } from '../graph/glob.js';
import { loadIgnoreRules, type IgnoreRules } from './dockerignore.js';
import { listFolder, type FolderEntry } from './folder-entries.js';
import { readRegularFile } from './read-file.js';

export interface ContextFile {
  /** Relative to the context root, `/`-separated. */
  readonly path: string;
  readonly bytes: number;
}

export interface BuildContext {
  readonly root: string;
  readonly ignore: IgnoreRules;
  /** Files sent to the builder, sorted by path. */
  readonly files: readonly ContextFile[];
  /** Files left out by .dockerignore (counted, not listed, for large folders). */
  readonly ignoredFiles: number;
  /** The walk stopped at the entry limit: figures are lower bounds. */
  readonly truncated: boolean;
  /** Files a COPY/ADD source brings in. */
  select(source: string): readonly ContextFile[];
  /** The text of a small context file (up to 1 MiB), or null. */
  read(path: string): string | null;
}

/** A context larger than this is not walked further (a home folder by mistake, a monorepo). */
export const MAX_CONTEXT_ENTRIES = 200_000;

/**
 * The context under `root`; null when that folder cannot be listed (a context not known is not an
 * empty one). `listed`: the root's entries when a directory scan has just listed it.
 */
export function loadBuildContext(root: string, dockerfilePath: string | null, maxEntries = MAX_CONTEXT_ENTRIES, listed?: readonly FolderEntry[]): BuildContext | null {
  let top: FolderEntry[];
  try {
    // A copy: the walk sorts it, and a scan's listing may serve several Dockerfiles.
    top = listed ? [...listed] : listFolder(root);
  } catch {
    return null;
  }
  // The root's listing says whether it holds a .dockerignore (and, most often, the Dockerfile's
  // own ignore file), without asking the file system again.
  const names = new Set(top.map((e) => e.name));
  const resolvedRoot = resolve(root);
  const ignore = loadIgnoreRules(root, dockerfilePath, (dir, name) => (resolve(dir) === resolvedRoot ? names.has(name) : existsSync(join(dir, name))));
  const files: ContextFile[] = [];
  let ignoredFiles = 0;
  let entries = 0;
  let truncated = false;

  const walk = (dir: string, rel: string, listed?: FolderEntry[]): void => {
    let list: FolderEntry[];
    try {
      list = listed ?? listFolder(dir);
    } catch {
      return;
    }
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of list) {
      if (++entries > maxEntries) {
        truncated = true;
        return;
      }
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      const ignored = ignore.ignores(path);
      // Docker sends symbolic links as links: never followed, so no loops.
      if (e.kind === 'dir') {
        if (ignored && !ignore.hasExceptions) {
          ignoredFiles++;
          continue;
        }
        walk(join(dir, e.name), path);
      } else if (ignored) {
        ignoredFiles++;
      } else {
        let bytes = 0;
        try {
          bytes = e.kind === 'file' ? lstatSync(join(dir, e.name)).size : 0;
        } catch {
          bytes = 0;
        }
        files.push({ path, bytes });
      }
      if (truncated) return;
    }
  };
  walk(root, '', top);

  return {
    root,
    ignore,
    files,
    ignoredFiles,
    truncated,
    select: fileSelector(files),
    read: (path) => readSmall(join(root, path)),
  };
}

/**
 * Docker's COPY source semantics: a path relative to the context root (leading `/` and `./`
 * dropped), where `*`, `?` and `[...]` match within one path segment, and a folder brings in
 * everything under it.
 */
export function selectFiles(files: readonly ContextFile[], source: string): ContextFile[] {
  const normalized = normalizeSource(source);
  if (normalized === '') return [...files];
  if (!/[*?[]/.test(normalized)) {
    return files.filter((f) => f.path === normalized || f.path.startsWith(`${normalized}/`));
  }
  const pattern = normalized.split('/').map(cachedPathGlob);
  return files.filter((f) => {
    const parts = f.path.split('/');
    if (parts.length < pattern.length) return false;
    return pattern.every((glob, i) => glob.matches(parts[i]!));
  });
}

/**
 * selectFiles for one context, for many look-ups: each source is looked up once (rules and the
 * image estimate ask for the same ones), and a path without wildcards is found by binary search in
 * the paths sorted, not by a pass over every file. A COPY of thousands of sources into a context of
 * thousands of files would otherwise take their product.
 */
function fileSelector(files: readonly ContextFile[]): (source: string) => readonly ContextFile[] {
  const cache = new Map<string, readonly ContextFile[]>();
  let sorted: number[] | null = null;
  const pathAt = (k: number): string => files[sorted![k]!]!.path;
  /** The first position in `sorted` whose path is not below `key`. */
  const lowerBound = (key: string): number => {
    let lo = 0;
    let hi = sorted!.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pathAt(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (source) => {
    const known = cache.get(source);
    if (known) return known;
    const normalized = normalizeSource(source);
    let found: ContextFile[];
    if (normalized === '' || /[*?[]/.test(normalized)) {
      found = selectFiles(files, source);
    } else {
      sorted ??= files.map((_, i) => i).sort((a, b) => (files[a]!.path < files[b]!.path ? -1 : files[a]!.path > files[b]!.path ? 1 : 0));
      const hits: number[] = [];
      const exact = lowerBound(normalized);
      if (exact < sorted.length && pathAt(exact) === normalized) hits.push(sorted[exact]!);
      const prefix = `${normalized}/`;
      for (let k = lowerBound(prefix); k < sorted.length && pathAt(k).startsWith(prefix); k++) hits.push(sorted[k]!);
      // In the order of the walk, as selectFiles gives them.
      found = hits.sort((a, b) => a - b).map((i) => files[i]!);
    }
    cache.set(source, found);
    return found;
  };
}

function normalizeSource(source: string): string {
  const parts: string[] = [];
  for (const p of source.replace(/\\/g, '/').split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}

/** A context file's text, when it is a regular file of at most 1 MiB (links are not followed). */
function readSmall(path: string): string | null {
  return readRegularFile(path, 1 << 20)?.toString('utf8') ?? null;
}

export function totalBytes(files: readonly ContextFile[]): number {
  let n = 0;
  for (const f of files) n += f.bytes;
  return n;
}
