/**
 * Reads files as data, and only files: a FIFO or device is refused without being waited on
 * (opened non-blocking, then checked), a file is read to at most a size (a file under /proc
 * says it has 0 bytes, and a growing file says less than it will hold), and, for the files of
 * a build context, a symbolic link is not followed: Docker sends links as links, and a link to
 * /proc/self/environ or a home folder's credentials must not end up in a report.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly reason: 'not-a-file' }
  /** `exact`: `bytes` is the file's size; else reading stopped at `bytes`, past the limit. */
  | { readonly ok: false; readonly reason: 'too-large'; readonly bytes: number; readonly exact: boolean }
  | { readonly ok: false; readonly reason: 'error'; readonly error: NodeJS.ErrnoException };

/** open(2) flags: read only, never block (a FIFO), and optionally fail on a final symbolic link. */
const READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

export function readFileLimited(path: string, maxBytes: number, options: { followLinks: boolean }): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, options.followLinks ? READ : READ | NO_FOLLOW);
  } catch (error) {
    return { ok: false, reason: 'error', error: error as NodeJS.ErrnoException };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: 'not-a-file' };
    if (info.size > maxBytes) return { ok: false, reason: 'too-large', bytes: info.size, exact: true };
    // Read to the end, but never more than one byte past the limit: that byte tells a file that
    // grew (or hid its size) past it. The size stated comes first, with one byte more to find
    // the end; past that (a file that grew, or one under /proc that states no size) 64 KiB at a
    // time. A Dockerfile of 2 KB is not given two buffers of 64 KiB.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const sized = total <= info.size;
      const size = Math.min(maxBytes + 1 - total, sized ? info.size + 1 - total : 64 * 1024);
      const chunk = Buffer.allocUnsafe(size);
      const n = readSync(fd, chunk, 0, size, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { ok: false, reason: 'too-large', bytes: total, exact: false };
      // Within its stated size a file gives less than asked only at its end: no read more to
      // find it. (Past that size, as under /proc, a short read may come before the end.)
      if (sized && n < size) break;
    }
    // Most files come in one read: no copy into a buffer of their own.
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, reason: 'error', error: error as NodeJS.ErrnoException };
  } finally {
    closeSync(fd);
  }
}

/** A file of the build context: a regular file, not through a link, of at most `maxBytes`. */
export function readRegularFile(path: string, maxBytes: number): Buffer | null {
  const r = readFileLimited(path, maxBytes, { followLinks: false });
  return r.ok ? r.bytes : null;
}
