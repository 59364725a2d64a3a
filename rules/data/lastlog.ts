/**
 * What `useradd` without `-l` writes for a high UID: /var/log/lastlog holds one fixed-size
 * record per UID up to the highest one, so the file's length is UID × record size. Layers store
 * it as a plain (not sparse) file of zeros.
 */
export const LASTLOG = {
  recordBytes: 292,
  recordBasis: 'sizeof(struct lastlog) on Linux: a 4-byte time, a 32-byte line and a 256-byte host name (<lastlog.h>)',
  /** A file of zeros compresses at deflate's limit. */
  compressionRatio: 1032,
  compressionBasis: 'deflate\'s maximum ratio for long runs of one byte (258-byte matches in 2-bit codes), as gzip\'d layers use',
} as const;
