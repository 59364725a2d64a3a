/**
 * Turns the command line's paths into inputs: files as given, `-` for standard input, directories
 * searched for Dockerfiles. A file is read when it is analysed (readInput), so that a run over
 * thousands of files holds the bytes of the few in progress, not of all of them. What cannot be
 * read becomes a one-line error for that path; the other paths are still read.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileInput } from '../analyze.js';
import { folderEntries, type FolderEntry } from '../context/folder-entries.js';
import { readFileLimited } from '../context/read-file.js';
import type { FolderListings } from '../config/listings.js';
import { GitignoreRules } from './gitignore.js';

export interface ReadError {
  readonly path: string;
  readonly error: string;
}

/** A file found, to be read when it is analysed; plain data, so that a worker can read it. */
export interface PendingInput {
  readonly path: string;
  readonly maxBytes: number;
  /** Its folder's entries, when a directory scan found it (the build context's first listing). */
  readonly folder?: readonly FolderEntry[];
}

/** Standard input (read at once: it can be read only once), a file to read, or why there is none. */
export type Input = FileInput | PendingInput | ReadError;

/** Largest file analysed; a Dockerfile is rarely over 100 kB. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface InputOptions {
  readonly stdinName: string;
  readonly maxFileBytes: number;
  /** Reads standard input; it may stop once it has read more than `limit` bytes. */
  readonly readStdin: (limit?: number) => Promise<Uint8Array>;
  /** Where a directory scan records the folders it lists, for the configuration search. */
  readonly listings?: FolderListings;
  /** Told the number of files found so far, as a directory scan finds them. */
  readonly onFound?: (files: number) => void;
}

/**
 * Names a directory scan picks up. The `s` flag lets `.` take line breaks too: a name may hold any
 * character but `/`, and a `Dockerfile.*` with a line break in its name is still a Dockerfile.
 */
export function isDockerfileName(name: string): boolean {
  return /^(Dockerfile|Containerfile)(\..+)?$/s.test(name) || /.\.(Dockerfile|dockerfile|Containerfile|containerfile)$/s.test(name);
}

/** Folders a directory scan never enters. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export async function findInputs(paths: readonly string[], options: InputOptions): Promise<Input[]> {
  const out: Input[] = [];
  const pending = (path: string, folder?: readonly FolderEntry[]): PendingInput => ({ path, maxBytes: options.maxFileBytes, ...(folder ? { folder } : {}) });
  // A directory scan skips files already reported (`dfscan services/api/Dockerfile services`);
  // a file named on the command line is always reported, as often as it is named.
  const seen = new Set<string>();
  const once = (path: string): boolean => {
    const key = resolve(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const path of paths) {
    if (path === '-') {
      const bytes = await options.readStdin(options.maxFileBytes);
      out.push(bytes.length > options.maxFileBytes ? { path: options.stdinName, error: `standard input is larger than the ${options.maxFileBytes}-byte limit (--max-file-size)` } : { path: options.stdinName, bytes });
      continue;
    }
    let info;
    try {
      info = statSync(path);
    } catch (err) {
      out.push({ path, error: describe(err) });
      continue;
    }
    if (info.isDirectory()) {
      const before = out.length;
      const found = scanDirectory(path, options.listings, options.onFound && ((n) => options.onFound!(before + n)));
      if (found.length === 0) out.push({ path, error: 'no Dockerfile found in this directory' });
      for (const file of found) if (once(file.path)) out.push(pending(file.path, file.folder));
    } else {
      seen.add(resolve(path));
      out.push(pending(path));
      options.onFound?.(out.length);
    }
  }
  return out;
}

/**
 * An input's bytes: a file found is read now (standard input and errors are as they were). A FIFO
 * or device is refused without waiting on it, a file is read to the limit. Synchronous: a
 * Dockerfile is small, and thousands of them read faster without a round trip each.
 */
export function readInput(input: Input): FileInput | ReadError {
  if (!('maxBytes' in input)) return input;
  const { path, maxBytes } = input;
  const r = readFileLimited(path, maxBytes, { followLinks: true });
  if (r.ok) return { path, bytes: r.bytes };
  if (r.reason === 'not-a-file') return { path, error: 'not a regular file' };
  if (r.reason === 'too-large') {
    // Reading stops one byte past the limit: then the size is not known. The size the file
    // system gives is, even when it is one byte over.
    const size = r.exact ? `is ${r.bytes} bytes, over` : 'is larger than';
    return { path, error: `file ${size} the ${maxBytes}-byte limit (--max-file-size)` };
  }
  return { path, error: describe(r.error) };
}

/**
 * Dockerfiles under a folder, in a stable order (names sorted at each level, depth first).
 * Synchronous, like readInput: the walk goes one folder at a time anyway, and a promise per
 * folder cost a round trip through libuv's threads each (the scan of the 4,778 corpus folders
 * took 0.33–0.35 s that way, 0.16–0.21 s now).
 * Honours .gitignore files (see gitignore.ts); a folder reached twice through symbolic links is
 * read once, so link loops end; links that lead nowhere are skipped, and so are links that lead
 * out of the folder: a repository's `Dockerfile -> ~/.npmrc` must not put a CI machine's token
 * in a report.
 */
function scanDirectory(root: string, listings: FolderListings | undefined, onFound?: (files: number) => void): { path: string; folder: readonly FolderEntry[] }[] {
  const found: { path: string; folder: readonly FolderEntry[] }[] = [];
  const visited = new Set<string>();
  let inside: string;
  try {
    inside = realpathSync.native(root);
  } catch {
    return found;
  }
  /**
   * `known` is the folder's real path when already known: a subfolder that is not a link is its
   * parent's real path joined with its name, and only a folder reached through a link is resolved.
   */
  const walk = (dir: string, known: string | null, rules: GitignoreRules): void => {
    let real: string;
    try {
      real = known ?? realpathSync.native(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    listings?.record(dir, entries.map((e) => e.name));
    // Most folders have no .gitignore: the listing says so without trying to open one.
    const here = entries.some((e) => e.name === '.gitignore') ? rules.enter(dir) : rules;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let folder: FolderEntry[] | undefined;
    for (const e of entries) {
      const full = join(dir, e.name);
      const link = e.isSymbolicLink();
      const kind = link ? linkTarget(full, inside) : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
      if (kind === 'dir') {
        if (!SKIPPED_DIRS.has(e.name) && !here.ignores(full, true)) walk(full, link ? null : join(real, e.name), here);
      } else if (kind === 'file' && isDockerfileName(e.name) && !here.ignores(full, false)) {
        found.push({ path: full, folder: (folder ??= folderEntries(entries)) });
        onFound?.(found.length);
      }
    }
  };
  walk(root, inside, GitignoreRules.forScanRoot(root));
  return found;
}

/** What a symbolic link leads to, when it stays inside the folder `root` (a real path). */
function linkTarget(path: string, root: string): 'dir' | 'file' | 'other' {
  try {
    const rel = relative(root, realpathSync.native(path));
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return 'other';
    const info = statSync(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return err instanceof Error ? err.message.split('\n')[0]! : String(err);
  }
}

/** Standard input, read until it ends or holds more than `limit` bytes (an endless pipe ends the read). */
export async function readAllStdin(limit = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > limit) break;
  }
  return Buffer.concat(chunks);
}
