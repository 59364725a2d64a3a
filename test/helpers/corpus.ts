import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Real Dockerfiles from public repositories, kept beside the project in ../shared/corpus. */
export const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

export function corpusFiles(folder: 'files' | 'templates'): string[] {
  const root = join(CORPUS, folder);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
