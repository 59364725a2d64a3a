/** Compressed layer bytes of a file from its size on disk (rules/data/compression.ts). */
import { COMPRESSED_EXTENSIONS, COMPRESSION_RATIO } from '../../rules/data/compression.js';

export function compressedBytes(path: string, bytes: number): number {
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  return COMPRESSED_EXTENSIONS.has(ext) ? bytes : Math.round(bytes * COMPRESSION_RATIO);
}

export function compressedTotal(files: readonly { path: string; bytes: number }[]): number {
  let n = 0;
  for (const f of files) n += compressedBytes(f.path, f.bytes);
  return n;
}
