/**
 * Turns the command line's paths into the files to analyse: files as given, `-` for standard
 * input, directories searched for Dockerfiles. Files are read one at a time when their turn
 * comes (by whichever thread analyses them), so a scan never holds them all. What cannot be
 * read becomes a one-line error for that path; the other paths are still read.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileInput } from '../analyze.js';

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

/** A file still to read. */
export interface FileRef {
  readonly path: string;
  readonly read: true;
}

/** What the command line names, in order: files to read, standard input, or paths that failed. */
export type InputRef = FileRef | FileInput | ReadError;

export async function collectInputs(paths: readonly string[], options: InputOptions): Promise<InputRef[]> {
  const out: InputRef[] = [];
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
      for (const file of found) out.push({ path: file, read: true });
    } else {
      out.push({ path, read: true });
    }
  }
  return out;
}

/** The contents of a file to analyse, or why it cannot be read. Synchronous: a Dockerfile is small. */
export function readInput(ref: InputRef, maxBytes: number): FileInput | ReadError {
  if (!('read' in ref)) return ref;
  const { path } = ref;
  try {
    const info = statSync(path);
    if (!info.isFile()) return { path, error: 'not a regular file' };
    if (info.size > maxBytes) {
      return { path, error: `file is ${info.size} bytes, over the ${maxBytes}-byte limit (--max-file-size)` };
    }
    return { path, bytes: readFileSync(path) };
  } catch (err) {
    return { path, error: describe(err) };
  }
}

/** Dockerfiles under a folder, in a stable order; symbolic links to folders are not followed twice. */
async function scanDirectory(root: string): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
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
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory() || (e.isSymbolicLink() && (await isDir(full)))) {
        if (!SKIPPED_DIRS.has(e.name)) await walk(full);
      } else if (isDockerfileName(e.name)) {
        found.push(full);
      }
    }
  };
  await walk(root);
  return found;
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
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
