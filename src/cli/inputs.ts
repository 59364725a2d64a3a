/**
 * Turns the command line's paths into file contents: files as given, `-` for standard input,
 * directories searched for Dockerfiles. What cannot be read becomes a one-line error for that
 * path; the other paths are still read.
 */
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FileInput } from '../analyze.js';
import { GitignoreRules } from './gitignore.js';

export interface ReadError {
  readonly path: string;
  readonly error: string;
}

/** Largest file analysed; a Dockerfile is rarely over 100 kB. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface InputOptions {
  readonly stdinName: string;
  readonly maxFileBytes: number;
  readonly readStdin: () => Promise<Uint8Array>;
}

/** Names a directory scan picks up. */
export function isDockerfileName(name: string): boolean {
  return /^(Dockerfile|Containerfile)(\..+)?$/.test(name) || /.\.(Dockerfile|dockerfile|Containerfile|containerfile)$/.test(name);
}

/** Folders a directory scan never enters. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export async function readInputs(paths: readonly string[], options: InputOptions): Promise<(FileInput | ReadError)[]> {
  const out: (FileInput | ReadError)[] = [];
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
      out.push({ path: options.stdinName, bytes: await options.readStdin() });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      out.push({ path, error: describe(err) });
      continue;
    }
    if (info.isDirectory()) {
      const found = await scanDirectory(path);
      if (found.length === 0) out.push({ path, error: 'no Dockerfile found in this directory' });
      for (const file of found) if (once(file)) out.push(await readOne(file, options.maxFileBytes));
    } else {
      seen.add(resolve(path));
      out.push(await readOne(path, options.maxFileBytes));
    }
  }
  return out;
}

async function readOne(path: string, maxBytes: number): Promise<FileInput | ReadError> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { path, error: 'not a regular file' };
    if (info.size > maxBytes) {
      return { path, error: `file is ${info.size} bytes, over the ${maxBytes}-byte limit (--max-file-size)` };
    }
    return { path, bytes: await readFile(path) };
  } catch (err) {
    return { path, error: describe(err) };
  }
}

/**
 * Dockerfiles under a folder, in a stable order (names sorted at each level, depth first).
 * Honours .gitignore files (see gitignore.ts); a folder reached twice through symbolic links is
 * read once, so link loops end; links that lead nowhere are skipped.
 */
async function scanDirectory(root: string): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string, rules: GitignoreRules): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const inside = rules.enter(dir);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      const kind = e.isSymbolicLink() ? await linkTarget(full) : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
      if (kind === 'dir') {
        if (!SKIPPED_DIRS.has(e.name) && !inside.ignores(full, true)) await walk(full, inside);
      } else if (kind === 'file' && isDockerfileName(e.name) && !inside.ignores(full, false)) {
        found.push(full);
      }
    }
  };
  await walk(root, GitignoreRules.forScanRoot(root));
  return found;
}

async function linkTarget(path: string): Promise<'dir' | 'file' | 'other'> {
  try {
    const info = await stat(path);
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

export async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
