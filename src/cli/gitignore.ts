/**
 * .gitignore rules for directory scans, with git's precedence: a .gitignore file speaks for its
 * own folder and below, a deeper file overrides a shallower one, and `.git/info/exclude` comes
 * first. The `ignore` package matches one set of rules relative to one root, so every file's
 * patterns are rewritten relative to the repository root (`*.log` in `svc/` becomes
 * `svc/**\/*.log`) and appended in walk order; its last-match-wins then gives git's precedence.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readRegularFile } from '../context/read-file.js';

export class GitignoreRules {
  private constructor(
    /** Folder the patterns are relative to: the repository root, or the scanned folder outside a repository. */
    private readonly root: string,
    private readonly rules: Ignore,
  ) {}

  /**
   * The rules in force at a scanned folder: `.git/info/exclude` and every .gitignore from the
   * repository root down to the folder's parent. A folder the user names explicitly is scanned
   * even when those rules ignore it; then they are dropped.
   */
  static forScanRoot(folder: string): GitignoreRules {
    const absolute = resolve(folder);
    const repo = repositoryRoot(absolute);
    if (repo === null) return new GitignoreRules(absolute, newRules());
    let rules = new GitignoreRules(repo, newRules().add(readLines(join(repo, '.git', 'info', 'exclude'))));
    const between = relative(repo, absolute);
    const parts = between === '' ? [] : between.split(sep);
    for (let i = 0; i < parts.length; i++) rules = rules.enter(join(repo, ...parts.slice(0, i)));
    return rules.ignores(absolute, true) ? new GitignoreRules(repo, newRules()) : rules;
  }

  /** The rules inside a folder: these plus the folder's own .gitignore, if it has one. */
  enter(folder: string): GitignoreRules {
    const lines = readLines(join(folder, '.gitignore'));
    if (lines.length === 0) return this;
    const base = toPosix(relative(this.root, folder));
    const patterns = lines.map((l) => rebase(l, base)).filter((p): p is string => p !== null);
    return new GitignoreRules(this.root, newRules().add(this.rules).add(patterns));
  }

  ignores(path: string, isDirectory: boolean): boolean {
    const rel = toPosix(relative(this.root, resolve(path)));
    if (rel === '' || !ignore.isPathValid(rel)) return false;
    return this.rules.ignores(isDirectory ? `${rel}/` : rel);
  }
}

/** git's matching is case-sensitive on Linux (core.ignorecase=false); `ignore` defaults to insensitive. */
function newRules(): Ignore {
  return ignore({ ignorecase: false });
}

/** The nearest folder at or above `folder` that holds `.git` (a folder, or a file in a worktree). */
function repositoryRoot(folder: string): string | null {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** A .gitignore's lines; a link, a FIFO or a file over 1 MiB is not read (nor waited on). */
function readLines(file: string): string[] {
  return readRegularFile(file, 1 << 20)?.toString('utf8').split(/\r?\n/) ?? [];
}

/**
 * A pattern of the .gitignore in `base` (relative to the root, POSIX), as a pattern relative to
 * the root. git anchors a pattern with a slash before its end to its own folder; one without
 * matches at any depth below it.
 */
export function rebase(line: string, base: string): string | null {
  if (line.trim() === '' || line.startsWith('#')) return null;
  if (base === '') return line;
  const negated = line.startsWith('!');
  // Trailing spaces are dropped unless escaped with a backslash.
  const body = trimUnescapedSpaces(negated ? line.slice(1) : line);
  const anchored = body.slice(0, -1).includes('/');
  const rebased = anchored ? `${base}/${body.replace(/^\//, '')}` : `${base}/**/${body}`;
  return negated ? `!${rebased}` : rebased;
}

/** The line without trailing spaces, keeping one escaped with a backslash (git's rule). */
function trimUnescapedSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end--;
  return line.slice(0, end);
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
