/**
 * File paths as the CI formats need them: relative to the repository (the folder dfscan runs in,
 * or the Actions workspace) with forward slashes; absolute only for files outside it.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `./svc/Dockerfile` → `svc/Dockerfile`; `/repo/svc/Dockerfile` with root `/repo` → `svc/Dockerfile`. */
export function reportPath(path: string, root: string): string {
  const absolute = resolve(root, path);
  const rel = relative(root, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return toPosix(absolute);
  return toPosix(rel);
}

/** A relative URI reference for a path inside the root, a file: URI for one outside it. */
export function fileUri(path: string, root: string): { uri: string; relative: boolean } {
  const p = reportPath(path, root);
  if (isAbsolute(p)) return { uri: pathToFileURL(p).href, relative: false };
  return { uri: p.split('/').map(encodeURIComponent).join('/'), relative: true };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
