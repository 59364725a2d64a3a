/**
 * Finds and reads configuration files. For a Dockerfile, the nearest `.dfscan.yaml` (or
 * `.dfscan.yml`) from its folder up to the repository root (the folder holding `.git`, or the
 * filesystem root) applies; without one anywhere on that path, the nearest `.hadolint.yaml` (or
 * `.hadolint.yml`). `-c FILE` replaces the search. Each file is read once per run.
 */
// fs.promises, not node:fs/promises: Node loads it (and its streams, 4 ms) on first use, and most
// runs read no configuration file.
import { existsSync, promises as fsp, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { RuleIndex } from '../rules/rule-index.js';
import { FolderListings } from './listings.js';
import { ConfigError, type ConfigFile } from './types.js';

/** A configuration file is a few hundred bytes; anything this large is not one. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

const DFSCAN_NAMES = ['.dfscan.yaml', '.dfscan.yml'];
/** hadolint's own order: `.yaml` first. */
const HADOLINT_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

export class ConfigLoader {
  private readonly files = new Map<string, Promise<ConfigFile>>();
  private readonly byDir = new Map<string, Promise<ConfigFile | null>>();
  private readonly lookups = new Map<string, string | null>();
  /** Folders known to hold `.git` or not: both searches (dfscan's names, hadolint's) ask. */
  private readonly repositoryRoots = new Map<string, boolean>();

  /** `listings`: folders a directory scan has listed, which answer for names not in them. */
  constructor(
    private readonly index: RuleIndex,
    private readonly cwd: string,
    private readonly listings = new FolderListings(),
  ) {}

  /** The configuration that applies to Dockerfiles in `dir`, or null when there is none. */
  forDir(dir: string): Promise<ConfigFile | null> {
    const abs = resolve(this.cwd, dir);
    let found = this.byDir.get(abs);
    if (!found) {
      found = (async () => {
        const path = this.nearest(abs, DFSCAN_NAMES, true) ?? this.nearest(abs, HADOLINT_NAMES, false);
        return path ? this.load(path) : null;
      })();
      this.byDir.set(abs, found);
    }
    return found;
  }

  /**
   * Reads one file (`-c FILE`, or one found by the search). A name containing "hadolint" is read
   * in hadolint's format, any other in dfscan's.
   */
  load(path: string): Promise<ConfigFile> {
    const abs = resolve(this.cwd, path);
    let file = this.files.get(abs);
    if (!file) {
      file = this.read(abs);
      this.files.set(abs, file);
    }
    return file;
  }

  private async read(abs: string): Promise<ConfigFile> {
    const shown = this.show(abs);
    let bytes: Buffer;
    try {
      const info = await fsp.stat(abs);
      if (!info.isFile()) throw new ConfigError(`${shown}: not a regular file`);
      if (info.size > CONFIG_MAX_BYTES) {
        throw new ConfigError(`${shown}: ${info.size} bytes, over the ${CONFIG_MAX_BYTES}-byte limit for a configuration file`);
      }
      bytes = await fsp.readFile(abs);
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      throw new ConfigError(`${shown}: ${describe(err)}`);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new ConfigError(`${shown}: not UTF-8 text`);
    }
    const dialect = /hadolint/i.test(basename(abs)) ? 'hadolint' : 'dfscan';
    // The YAML parser is loaded with the first configuration file: most runs have none.
    const { parseConfig } = await import('./parse.js');
    const result = parseConfig(text, { path: shown, dir: dirname(abs), dialect }, this.index);
    if ('errors' in result) throw new ConfigError(result.errors.join('\n'));
    return result.config;
  }

  /**
   * The nearest file with one of `names` from `dir` up to the repository root. Folders scanned
   * together share their parents: each folder's answer is kept, so a parent is looked at once.
   */
  private nearest(dir: string, names: readonly string[], exclusive: boolean): string | null {
    const key = `${names.join('\0')}\0${dir}`;
    const known = this.lookups.get(key);
    if (known !== undefined) return known;
    const here = names.filter((n) => this.listings.mayHold(dir, n)).map((n) => join(dir, n)).filter(isFile);
    if (here.length > 1 && exclusive) {
      throw new ConfigError(`${this.show(here[0]!)}: ${names.join(' and ')} are both in this folder; keep one`);
    }
    const up = dirname(dir);
    const found = here.length > 0 ? here[0]! : this.isRepositoryRoot(dir) || up === dir ? null : this.nearest(up, names, exclusive);
    this.lookups.set(key, found);
    return found;
  }

  private isRepositoryRoot(dir: string): boolean {
    let root = this.repositoryRoots.get(dir);
    if (root === undefined) {
      root = this.listings.mayHold(dir, '.git') && existsSync(join(dir, '.git'));
      this.repositoryRoots.set(dir, root);
    }
    return root;
  }

  /** Paths in messages: relative to the working directory when inside it. */
  private show(abs: string): string {
    const rel = relative(this.cwd, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  }
}

function isFile(path: string): boolean {
  // Most folders hold no configuration: no exception is built for a name that is not there.
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}
