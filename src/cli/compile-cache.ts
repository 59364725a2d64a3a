/**
 * Runs the CLI's bundle with V8's code cache. Compiling the 1 MB bundle is a quarter of a
 * one-file run's time; V8 can instead load the bytecode it made for the same source in an
 * earlier run. Node 20 has no compile cache of its own (module.enableCompileCache came in 22),
 * so the bundle is compiled here, as a script, with the cache of the last run.
 *
 * The cache is one file per Node version and architecture in the user's cache folder, headed by
 * the hash of the bundle it was made for and the bundle file's modification time: V8 checks only
 * the source's length, so a cache of another bundle must never reach it. The hash is taken when
 * the bundle is built (scripts/build.mjs): hashing a megabyte as the process starts, with
 * node:crypto loaded for it, cost several ms of every run. The time covers a bundle changed in
 * place after the build (patch-package, say). The file is written whole or not at all, and a
 * missing, stale or unreadable cache only means compiling as without one. Set NODE_DISABLE_COMPILE_CACHE
 * (Node's own switch for its compile cache) to run without it.
 *
 * V8 caches the functions compiled by the time the cache is made, so it is made as the run ends:
 * the CLI's modules start after the bundle's top level, and the analysis compiles as much again.
 * A cache made by a run that analysed no RUN (`--version`), or one made at once in place of a
 * cache V8 refused, is marked partial, and the next run that analyses a RUN makes it again. A
 * run of many files makes none: one-file runs start slower from its cache (see bundle.ts).
 */
import { accessSync, constants, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { setV8Flags } from './v8-flags.js';

/** The names a CommonJS module sees, and the URL the bundle takes for its own (import.meta.url). */
const PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname', '__dfscanUrl'];
/** The bundle's SHA-1, then its modification time (ms since 1970, a little-endian double). */
const KEY_BYTES = 20 + 8;
/** After the key: 1 when the cache is complete (made by a run that analysed a RUN), else 0. */
const HEADER_BYTES = KEY_BYTES + 1;

/** What the entries ask the bundle (see bundle.ts). */
export interface BundleExports {
  cacheKind?: () => 'complete' | 'partial' | null;
  runCli?: (workerScript: URL) => void;
  serveWorker?: () => void;
}

interface Cached {
  readonly data: Buffer;
  readonly complete: boolean;
}

export interface BundleFile {
  readonly path: string;
  /** Its SHA-1, in hex, as the build computed it. */
  readonly sha1: string;
}

/**
 * Runs the CommonJS bundle with `url` as its import.meta.url and returns its exports.
 * `writeCache`: whether this thread may write the cache (worker threads only read it: the main
 * thread is the one that sees the run end).
 */
export function runBundle(bundle: BundleFile, url: string, env: NodeJS.ProcessEnv, writeCache: boolean): BundleExports {
  const file = bundle.path;
  const source = readFileSync(file, 'utf8');
  const path = env.NODE_DISABLE_COMPILE_CACHE ? null : cachePath(env);
  const cache = path === null ? null : { file: path, key: cacheKey(bundle) };
  const cached = cache ? readCache(cache.file, cache.key) : undefined;
  const script = new Script(`(function (${PARAMETERS.join(', ')}) {${source}\n})`, {
    filename: file,
    ...(cached ? { cachedData: cached.data } : {}),
  });
  const module: { exports: BundleExports } = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file), url);
  if (!cache || !writeCache) return module.exports;
  if (cached && script.cachedDataRejected === true) {
    // A cache for this bundle that V8 refuses was made under other V8 flags (NODE_OPTIONS). The
    // small cache of the top level is made at once: runs that alternate between two sets of
    // flags then do not each pay for making the whole one (tens of ms) as they end.
    writeCacheFile(cache.file, cache.key, false, () => script.createCachedData());
    return module.exports;
  }
  process.once('exit', () => {
    const kind = module.exports.cacheKind ? module.exports.cacheKind() : 'partial';
    if (kind === null) return;
    const complete = kind === 'complete';
    if (!cached || (complete && !cached.complete)) {
      writeCacheFile(cache.file, cache.key, complete, () => {
        // V8 checks a cache against the flags of the run that reads it, which are those bin.ts
        // set; the run may have changed some since (young-generation.ts).
        setV8Flags();
        return script.createCachedData();
      });
    }
  });
  return module.exports;
}

/** What heads a cache made for `bundle` as it is on disk now. */
function cacheKey(bundle: BundleFile): Buffer {
  const key = Buffer.alloc(KEY_BYTES);
  key.write(bundle.sha1, 0, 20, 'hex');
  key.writeDoubleLE(statSync(bundle.path).mtimeMs, 20);
  return key;
}

function cachePath(env: NodeJS.ProcessEnv): string | null {
  const folder = cacheFolder(env);
  return folder === null ? null : join(folder, 'dfscan', `v8-${process.version}-${process.arch}.bin`);
}

/** The user's cache folder: $XDG_CACHE_HOME, %LOCALAPPDATA% on Windows, else ~/.cache. */
function cacheFolder(env: NodeJS.ProcessEnv): string | null {
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME;
  if (process.platform === 'win32' && env.LOCALAPPDATA) return env.LOCALAPPDATA;
  try {
    const home = homedir();
    return home ? join(home, '.cache') : null;
  } catch {
    return null;
  }
}

/** The cached bytecode if `file` holds a cache for this bundle, in a folder only this user can write. */
function readCache(file: string, key: Buffer): Cached | undefined {
  try {
    if (!ownFolder(dirname(file))) return undefined;
    const bytes = readFileSync(file);
    if (bytes.length <= HEADER_BYTES || !bytes.subarray(0, KEY_BYTES).equals(key)) return undefined;
    return { data: bytes.subarray(HEADER_BYTES), complete: bytes[KEY_BYTES] === 1 };
  } catch {
    return undefined;
  }
}

/** Bytecode from the cache runs as this process's code: never take it from a folder others can write. */
function ownFolder(dir: string): boolean {
  if (process.platform === 'win32' || !process.getuid) return true;
  const s = statSync(dir);
  return s.isDirectory() && s.uid === process.getuid() && (s.mode & 0o022) === 0;
}

/**
 * `data` is made only once the folder is known to take the file: making the whole cache costs
 * tens of ms, which a run whose cache folder cannot be written (a read-only or missing home in a
 * container) would otherwise pay every time.
 */
function writeCacheFile(file: string, key: Buffer, complete: boolean, data: () => Buffer): void {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ownFolder(dir)) return;
    accessSync(dir, constants.W_OK);
    // Written beside and renamed over: a run reading it at the same time sees the old file or the new.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.concat([key, Buffer.of(complete ? 1 : 0), data()]), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // Only a slower start for the next run.
  }
}
