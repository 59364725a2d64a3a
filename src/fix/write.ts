/**
 * Writing a fixed Dockerfile without ever leaving a half-written one: the new bytes go to a
 * temporary file in the same folder (so the rename stays on one file system), with the original's
 * permission bits, flushed to disk, then renamed over the original in one step. A symbolic link is
 * followed and its target replaced, so the link stays a link. If the file changed since it was
 * read, or anything fails, the original is left as it was and the temporary file is removed.
 */
// fs.promises, not node:fs/promises: Node loads it (and its streams, 4 ms) on first use, and only
// --fix writes files.
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type WriteResult = { ok: true } | { ok: false; error: string };

/** The last step, replaceable so that tests can make it fail. */
export interface WriteSteps {
  readonly rename: (from: string, to: string) => Promise<void>;
}

export async function writeAtomically(path: string, bytes: Uint8Array, expected: Uint8Array, steps: WriteSteps = { rename: (from, to) => fsp.rename(from, to) }): Promise<WriteResult> {
  let target: string;
  let mode: number;
  try {
    target = await fsp.realpath(path);
    mode = (await fsp.stat(target)).mode & 0o7777;
    // Someone else may have saved the file while it was being fixed: never overwrite that.
    if (!Buffer.from(await fsp.readFile(target)).equals(Buffer.from(expected))) {
      return { ok: false, error: 'the file changed while it was being fixed; run again' };
    }
  } catch (err) {
    return { ok: false, error: describe(err) };
  }
  const temp = join(dirname(target), `.${basename(target)}.dfscan-${process.pid}-${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await fsp.open(temp, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The umask may have narrowed the mode given to open().
    await fsp.chmod(temp, mode);
    await steps.rename(temp, target);
    return { ok: true };
  } catch (err) {
    if (created) await fsp.unlink(temp).catch(() => undefined);
    return { ok: false, error: describe(err) };
  }
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'ENOENT':
      return 'no such file or directory';
    default:
      return e instanceof Error ? e.message.split('\n')[0]! : String(err);
  }
}
