/** The shared corpus of real Dockerfiles, beside the project (test data only). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

export function corpusPresent(): boolean {
  return existsSync(join(CORPUS, 'files'));
}

export function corpusFiles(folder: 'files' | 'templates'): string[] {
  const root = join(CORPUS, folder);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
