/**
 * Reads a file of the build context as data, and only a file: a symbolic link is not followed
 * (Docker sends links as links, and a link to /proc/self/environ or a home folder's credentials
 * must not end up in a report), a FIFO or device is not waited on, and a file over the size
 * given is not read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Flags for open(2): read only, fail on a final symbolic link, never block (a FIFO). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export function readRegularFile(path: string, maxBytes: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return null;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > maxBytes) return null;
    const buffer = Buffer.alloc(info.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
