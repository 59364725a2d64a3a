/**
 * How bytes on disk turn into compressed layer bytes (what a pull transfers).
 */

/**
 * Compressed ≈ 0.35–0.45 × on-disk for Debian/Ubuntu-based images (facts/README.md, from
 * docker-library rows that have both figures); the middle is taken.
 */
export const COMPRESSION_RATIO = 0.4;

/** Files that are already compressed: a layer's gzip takes nothing more out of them. */
export const COMPRESSED_EXTENSIONS: ReadonlySet<string> = new Set([
  'gz', 'tgz', 'zip', 'jar', 'war', 'ear', 'whl', 'xz', 'txz', 'bz2', 'zst', 'lz4', '7z', 'rar', 'deb', 'rpm',
  'apk', 'gem', 'nupkg', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'mp3', 'mp4', 'mov', 'mkv', 'webm',
  'ogg', 'woff', 'woff2', 'pack', 'parquet', 'pdf', 'docx', 'xlsx', 'pptx', 'br',
]);
