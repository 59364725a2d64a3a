/**
 * A folder's entries as the build context reads them, as plain data: a directory scan's listing
 * of a Dockerfile's folder goes with the file to the thread that analyses it, which then need not
 * list the folder again (over the corpus, one listing fewer per file: 6.33 to 6.22 s, and 5.96
 * to 5.89 s of CPU for the analysing thread, medians of 5 paired runs).
 */
import { readdirSync, type Dirent } from 'node:fs';

export interface FolderEntry {
  readonly name: string;
  /** Symbolic links are 'other': the build context sends them as links, never followed. */
  readonly kind: 'dir' | 'file' | 'other';
}

export function folderEntries(dirents: readonly Dirent[]): FolderEntry[] {
  return dirents.map((e) => ({ name: e.name, kind: e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other' }));
}

/** Throws as readdirSync does. */
export function listFolder(dir: string): FolderEntry[] {
  return folderEntries(readdirSync(dir, { withFileTypes: true }));
}
