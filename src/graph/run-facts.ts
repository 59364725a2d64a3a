/**
 * What a RUN does, in the terms the rules ask about: which package caches it writes and
 * whether it avoids or removes them in the same layer, which system packages and dependencies
 * it installs, which paths it creates and deletes. Computed once per RUN.
 */
import { ECOSYSTEMS, type CommandPattern, type Ecosystem } from '../../rules/data/ecosystems.js';
import { OS_PACKAGE_MANAGERS, osPackageManagerOf, type OsPackageManager } from '../../rules/data/os-packages.js';
import { DEFAULT_HOME, PACKAGE_CACHES, type PackageCache } from '../../rules/data/package-caches.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import { memoize } from './memo.js';
import { argValues, effectiveCommand, hasArgs, hasFlag, optionValue, positionals, subcommand } from './commands.js';
import { basenameOf, joinPath, normalizePath, removes, type PathRef } from './paths.js';
import type { RunNode } from './types.js';
import { mapList } from './lists.js';

export interface CacheWrite {
  readonly cache: PackageCache;
  readonly command: ShellCommand;
  /** Why nothing is left: a no-cache flag or variable, a cache mount, or a later cleanup. */
  readonly avoidedBy: 'flag' | 'env' | 'mount' | 'cleanup' | null;
}

export interface OsInstall {
  readonly manager: OsPackageManager;
  readonly command: ShellCommand;
  readonly packages: readonly string[];
  /** Package names are only known at run time (`$(cat list)`). */
  readonly dynamic: boolean;
  /** Packages removed again later in the same RUN (purge, `apk del` of the virtual group). */
  readonly removedLater: readonly string[];
}

export interface DependencyInstall {
  readonly ecosystem: Ecosystem;
  readonly command: ShellCommand;
  /** `install` reads only the manifests; `build` also compiles, fetching what is missing. */
  readonly kind: 'install' | 'build';
  /** Installs the project itself (`pip install .`), which needs its source. */
  readonly needsSource: boolean;
}

export interface PathDelete {
  readonly target: PathRef;
  readonly command: ShellCommand;
  readonly index: number;
}

export interface PathCreate {
  readonly path: string;
  readonly command: ShellCommand;
  /** Written by a redirection (a config line, a list file): too small to matter. */
  readonly small: boolean;
  readonly index: number;
}

export interface RunFacts {
  /** Commands with wrappers and `python -m` resolved. */
  readonly commands: readonly ShellCommand[];
  readonly cacheWrites: readonly CacheWrite[];
  readonly osInstalls: readonly OsInstall[];
  readonly dependencyInstalls: readonly DependencyInstall[];
  readonly deletes: readonly PathDelete[];
  /** Files written and not deleted again in the same RUN. */
  readonly creates: readonly PathCreate[];
  /** Caches emptied by a cleaner command (`yum clean all`), with the command's position. */
  readonly cleaned: readonly { cache: PackageCache; index: number; command: ShellCommand }[];
  /** The working directory each command runs in (after the `cd`s before it), by command index. */
  readonly cwd: readonly string[];
  /** The home directory paths of this RUN use (`~` in PathRefs). */
  readonly home: string;
}

export const runFacts: (run: RunNode) => RunFacts = memoize(computeFacts);

/**
 * The knowledge by program name, built once: most commands of a RUN (`mkdir`, `sed`, `ln`)
 * appear in none of it, and need not be held against every cache and ecosystem.
 */
const CACHES_WRITTEN_BY = indexBy(PACKAGE_CACHES, (c) => c.commands);
const CACHES_CLEANED_BY = indexBy(PACKAGE_CACHES, (c) => c.cleaners.map((k) => k.command));
const ECOSYSTEMS_OF = indexBy(ECOSYSTEMS, (e) => [...e.installs, ...e.builds].flatMap((p) => p.commands));

/** The programs whose commands can be system package installs (`osInstalls`). */
export const OS_INSTALL_PROGRAMS: readonly string[] = OS_PACKAGE_MANAGERS.flatMap((m) => m.commands);
/** The programs whose commands can be dependency installs or builds (`dependencyInstalls`). */
export const DEPENDENCY_PROGRAMS: readonly string[] = [...ECOSYSTEMS_OF.keys()];

function indexBy<T>(items: readonly T[], names: (item: T) => readonly string[]): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const name of new Set(names(item))) {
      const list = index.get(name);
      if (list) list.push(item);
      else index.set(name, [item]);
    }
  }
  return index;
}

/** cmd.exe's deleting commands, in Windows images. */
const DOS_DELETES = new Set(['del', 'erase']);

/** The home directory the paths of this RUN use, written as an absolute path. */
function homeOf(run: RunNode): string {
  return run.vars.get('HOME') ?? DEFAULT_HOME;
}

function computeFacts(run: RunNode): RunFacts {
  const commands = mapList(run.commands, effectiveCommand);
  const home = homeOf(run);
  const deletes: PathDelete[] = [];
  const creates: PathCreate[] = [];
  const cleaned: { cache: PackageCache; index: number; command: ShellCommand }[] = [];
  let cwd = run.workdir;
  const cwds: string[] = [];

  commands.forEach((cmd, index) => {
    cwds.push(cwd);
    if (cmd.name === 'cd' && !cmd.conditional) {
      const dir = cmd.args[0]?.value;
      // `cd ~/src` goes under the home directory; `cd ~user` is not followed.
      if (dir) cwd = dir === '~' || dir.startsWith('~/') ? joinPath(home, dir.slice(1)) : dir.startsWith('~') ? cwd : joinPath(cwd, dir);
      return;
    }
    if (cmd.name === 'rm' || DOS_DELETES.has(cmd.name) || (cmd.name === 'find' && hasArgs(cmd, ['-delete']))) {
      // Windows' `del /q file` takes its options with a slash.
      const targets = cmd.name === 'rm' ? positionals(cmd) : DOS_DELETES.has(cmd.name) ? cmd.args.filter((a) => !/^\/[a-zA-Z]$/.test(a.value ?? '')) : cmd.args.slice(0, 1);
      for (const word of targets) {
        const target = normalizePath(word.value ?? word.text, cwd, home);
        if (target) deletes.push({ target, command: cmd, index });
      }
    }
    for (const cache of CACHES_CLEANED_BY.get(cmd.name) ?? []) {
      if (cache.cleaners.some((c) => c.command === cmd.name && hasArgs(cmd, c.args))) cleaned.push({ cache, index, command: cmd });
    }
    addCreatedPaths(creates, cmd, index, cwd, home);
  });
  // What the same RUN deletes again never reaches the layer.
  const kept = creates.filter((c) => !deletes.some((d) => d.index > c.index && removes(d.target, c.path)));

  const cacheWrites: CacheWrite[] = [];
  const mounts = run.mounts.filter((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target);
  commands.forEach((cmd, index) => {
    for (const cache of CACHES_WRITTEN_BY.get(cmd.name) ?? []) {
      if (cmd.conditional) continue;
      const sub = subcommand(cmd, optionsWithValueFor(cache.id));
      if (!cache.writes.includes(sub)) continue;
      if (sub === '' && hasFlag(cmd, '--version', '--help', '-v', '-h')) continue;
      if (cache.id === 'uv' && sub === 'pip' && positionals(cmd)[1]?.value !== 'install') continue;
      cacheWrites.push({ cache, command: cmd, avoidedBy: avoidance(cache, cmd, index, run, mounts, deletes, cleaned, home) });
    }
  });

  /** A word that is only a variable (`$deps`, `"${DEPS}"`), resolved from the RUN's script or ENV/ARG. */
  const listVariable = (text: string, before: number): string | null => {
    const m = /^"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?$/.exec(text);
    if (!m) return null;
    for (let i = before - 1; i >= 0; i--) {
      const a = commands[i]!.name === '=' ? commands[i]!.assignments.find((x) => x.name === m[1]) : undefined;
      if (a) return a.value;
    }
    return run.vars.get(m[1]!) ?? null;
  };

  const osInstalls: OsInstall[] = [];
  commands.forEach((cmd, index) => {
    const manager = osPackageManagerOf(cmd.name);
    if (!manager) return;
    const words = positionals(cmd, manager.optionsWithValue);
    const sub = words[0]?.value ?? '';
    if (!manager.install.includes(sub)) return;
    const pkgWords = words.slice(1);
    // `$PHPIZE_DEPS` or `$buildDeps`: a list kept in an ENV/ARG or a shell variable of this RUN.
    const expanded = mapList(pkgWords, (w) => w.value ?? listVariable(w.text, index));
    const packages: string[] = [];
    for (const v of expanded) if (v !== null) for (const p of v.split(/\s+/)) if (p !== '') packages.push(p);
    const virtualName = manager.virtualOption ? optionValue(cmd, manager.virtualOption) : null;
    const removed = new Set<string>();
    // `apt-mark auto` then `apt-get purge --auto-remove`: everything installed here goes again.
    let markedAuto = false;
    for (const later of commands.slice(index + 1)) {
      if (later.name === 'apt-mark' && later.args.some((a) => a.value === 'auto')) markedAuto = true;
      if (!manager.commands.includes(later.name)) continue;
      const lw = positionals(later, manager.optionsWithValue);
      if (!manager.remove.includes(lw[0]?.value ?? '')) continue;
      if (markedAuto) packages.forEach((p) => removed.add(p));
      for (const w of lw.slice(1)) {
        const listed = w.value ?? listVariable(w.text, commands.indexOf(later));
        for (const name of listed === null ? [] : listed.split(/\s+/).filter(Boolean)) {
          if (name === virtualName) packages.forEach((p) => removed.add(p));
          else removed.add(name);
        }
      }
    }
    osInstalls.push({
      manager,
      command: cmd,
      packages,
      dynamic: expanded.some((v) => v === null),
      removedLater: packages.filter((p) => removed.has(p)),
    });
  });

  const dependencyInstalls: DependencyInstall[] = [];
  for (const cmd of commands) {
    for (const ecosystem of ECOSYSTEMS_OF.get(cmd.name) ?? []) {
      const install = ecosystem.installs.find((p) => matches(cmd, p));
      const build = install ? undefined : ecosystem.builds.find((p) => matches(cmd, p));
      const pattern = install ?? build;
      if (!pattern) continue;
      dependencyInstalls.push({
        ecosystem,
        command: cmd,
        kind: install ? 'install' : 'build',
        needsSource: needsSource(cmd, pattern),
      });
      break;
    }
  }

  return { commands, cacheWrites, osInstalls, dependencyInstalls, deletes, creates: kept, cleaned, cwd: cwds, home };
}

function avoidance(
  cache: PackageCache,
  cmd: ShellCommand,
  index: number,
  run: RunNode,
  mounts: readonly { target: string | null }[],
  deletes: readonly PathDelete[],
  cleaned: readonly { cache: PackageCache; index: number }[],
  home: string,
): CacheWrite['avoidedBy'] {
  if (cache.noCacheFlags.length > 0 && hasFlag(cmd, ...cache.noCacheFlags)) return 'flag';
  const envSet = (name: string): boolean => {
    const inline = cmd.assignments.find((a) => a.name === name);
    const value = inline ? inline.value : run.vars.get(name);
    return value !== undefined && value !== null && value !== '' && !/^(0|false|off|no)$/i.test(value);
  };
  if (cache.noCacheEnv.some(envSet)) return 'env';
  const cachePaths = cache.paths.map((p) => normalizePath(p, '/', null)!.path);
  for (const m of mounts) {
    const target = normalizePath(m.target!, run.workdir, home);
    if (target && cachePaths.some((p) => removes(target, p))) return 'mount';
  }
  if (cleaned.some((c) => c.cache === cache && c.index > index)) return 'cleanup';
  if (deletes.some((d) => d.index > index && cachePaths.some((p) => removes(d.target, p)))) return 'cleanup';
  return null;
}

/** Options with a value, per cache id, for finding the subcommand. */
function optionsWithValueFor(id: string): readonly string[] {
  const os = OS_PACKAGE_MANAGERS.find((m) => m.id === id || (id === 'dnf' && m.id === 'yum'));
  return os?.optionsWithValue ?? ['-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--prefix', '-C', '--cache'];
}

function matches(cmd: ShellCommand, pattern: CommandPattern): boolean {
  if (!pattern.commands.includes(cmd.name)) return false;
  if (pattern.anyArg && !argValues(cmd).some((a) => pattern.anyArg!.includes(a))) return false;
  if (pattern.subcommands && !pattern.subcommands.includes(subcommand(cmd, ['-r', '--requirement', '-c', '--constraint']))) return false;
  return true;
}

function needsSource(cmd: ShellCommand, pattern: CommandPattern): boolean {
  if (!pattern.needsSource) return false;
  const args = positionals(cmd, ['-r', '--requirement', '-c', '--constraint']).slice(1).map((w) => w.value ?? w.text);
  if (hasFlag(cmd, '-e', '--editable')) return true;
  return args.some((a) => pattern.needsSource!.includes(a) || a.startsWith('./') || a.startsWith('/') || a.startsWith('.['));
}


/**
 * Adds to `creates` the files a command writes outside package managers: downloads, clones,
 * redirections. (Into the caller's list: most commands write none.)
 */
function addCreatedPaths(creates: PathCreate[], cmd: ShellCommand, index: number, cwd: string, home: string): void {
  if (cmd.redirects.length === 0 && cmd.name !== 'wget' && cmd.name !== 'curl' && cmd.name !== 'git') return;
  const out: string[] = [];
  const small: string[] = [];
  const args = argValues(cmd);
  const urlName = (): string | null => {
    const url = args.find((a) => /^(https?|ftp):\/\//.test(a));
    if (!url) return null;
    const name = basenameOf(url.split(/[?#]/)[0]!);
    return name || null;
  };
  if (cmd.name === 'wget') {
    const o = optionValue(cmd, ['-O', '--output-document']);
    if (o && o !== '-') out.push(o);
    else if (!o) {
      const name = urlName();
      const dir = optionValue(cmd, ['-P', '--directory-prefix']);
      if (name) out.push(dir ? `${dir}/${name}` : name);
    }
  } else if (cmd.name === 'curl') {
    const o = optionValue(cmd, ['-o', '--output']);
    if (o && o !== '-') out.push(o);
    else if (hasFlag(cmd, '-O', '--remote-name')) {
      const name = urlName();
      if (name) out.push(name);
    }
  } else if (cmd.name === 'git' && args[0] === 'clone') {
    const rest = positionals(cmd, ['-b', '--branch', '--depth', '-o', '--origin', '-c', '--config', '--reference', '-j', '--jobs', '--filter']).slice(1);
    const url = rest[0]?.value;
    // A folder given as an expansion (`"$(mktemp -d)/src"`) is not known; only a missing one defaults to the URL's name.
    const dir = rest[1] ? rest[1].value : url ? basenameOf(url).replace(/\.git$/, '') : null;
    if (dir) out.push(dir);
  }
  for (const r of cmd.redirects) {
    const v = r.value;
    if (v && !v.startsWith('/dev/') && !v.startsWith('&')) small.push(v);
  }
  for (const [paths, isSmall] of [[out, false], [small, true]] as const) {
    for (const p of paths) {
      const ref = normalizePath(p, cwd, home);
      if (ref) creates.push({ path: ref.path, command: cmd, small: isSmall, index });
    }
  }
}
