/**
 * The packages an install command names, and which of them leave the version open
 * (`apt-get install curl` against `curl=7.88.1-10+deb12u5`), per the manager's own syntax in
 * rules/data/package-pins.ts. Computed once per RUN, for every manager in one pass.
 */
import { PIN_SYNTAX, type PinSyntax } from '../../rules/data/package-pins.js';
import type { ShellCommand, ShellWord } from '../parse/shell/commands.js';
import { memoize } from './memo.js';
import { runFacts } from './run-facts.js';
import type { RunNode } from './types.js';

export interface PackageInstall {
  readonly command: ShellCommand;
  /** The subcommand as written (`install`, `module install`). */
  readonly subcommand: string;
  /** Package words, in order; words only known at run time are left out. */
  readonly packages: readonly ShellWord[];
  /** Packages without a version (or with a moving one such as `@latest`). */
  readonly unpinned: readonly ShellWord[];
}

/**
 * The managers by program name: each *-pin-versions rule asks for its own manager, and most
 * commands of a RUN (`mkdir`, `sed`) belong to none, so a RUN's commands are read once for all.
 */
const MANAGERS_OF = new Map<string, { readonly id: string; readonly syntax: PinSyntax }[]>();
for (const [id, syntax] of Object.entries(PIN_SYNTAX)) {
  for (const name of new Set(syntax.commands)) {
    const list = MANAGERS_OF.get(name);
    if (list) list.push({ id, syntax });
    else MANAGERS_OF.set(name, [{ id, syntax }]);
  }
}

const NONE: readonly PackageInstall[] = [];

/** Install commands of one manager (`apt`, `pip`, `npm`, ... keys of PIN_SYNTAX) in a RUN. */
export function packageInstalls(run: RunNode, managerId: string): readonly PackageInstall[] {
  if (!Object.hasOwn(PIN_SYNTAX, managerId)) throw new Error(`no pin syntax for ${managerId}`);
  return installsByManager(run).get(managerId) ?? NONE;
}

const installsByManager = memoize((run: RunNode): ReadonlyMap<string, readonly PackageInstall[]> => {
  const byManager = new Map<string, PackageInstall[]>();
  for (const cmd of runFacts(run).commands) {
    for (const { id, syntax } of MANAGERS_OF.get(cmd.name) ?? []) {
      const install = readInstall(cmd, syntax);
      if (!install) continue;
      const list = byManager.get(id);
      if (list) list.push(install);
      else byManager.set(id, [install]);
    }
  }
  return byManager;
});

function readInstall(cmd: ShellCommand, syntax: PinSyntax): PackageInstall | null {
  if (!syntax.commands.includes(cmd.name)) return null;
  const words: ShellWord[] = [];
  let versionGiven = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const word = cmd.args[i]!;
    const v = word.value ?? word.text;
    if (syntax.endOfPackages !== undefined && v === syntax.endOfPackages) break;
    if (v.startsWith('-') && v.length > 1) {
      const name = v.includes('=') ? v.slice(0, v.indexOf('=')) : v;
      if (syntax.versionOptions?.includes(name)) versionGiven = true;
      if (!v.includes('=') && (syntax.optionsWithValue.includes(v) || syntax.versionOptions?.includes(v))) i++;
      continue;
    }
    words.push(word);
  }
  const path = syntax.subcommands.find((sub) => sub.every((s, i) => words[i]?.value === s));
  if (!path) return null;
  let packages = words.slice(path.length);
  // `go run pkg@v1 args...`: what follows the package is the program's arguments.
  if (syntax.id === 'go' && path[0] === 'run') packages = packages.slice(0, 1);
  const known = packages.filter((w) => w.value !== null && w.value !== '');
  const unpinned = versionGiven ? [] : known.filter((w) => !isPinned(w.value!, syntax));
  return { command: cmd, subcommand: path.join(' '), packages: known, unpinned };
}

function isPinned(spec: string, syntax: PinSyntax): boolean {
  if (syntax.exempt.test(spec)) return true;
  if (syntax.floating?.test(spec)) return false;
  return syntax.pinned(spec);
}
