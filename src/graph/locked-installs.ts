/**
 * Installs of a Node project whose lockfile is in the folder they run in, and whether they
 * are held to it. Shared by npm-install-not-ci and lockfile-not-frozen.
 */
import type { LockedInstall } from '../../rules/data/lockfiles.js';
import type { BuildContext } from '../context/build-context.js';
import type { ShellCommand, ShellWord } from '../parse/shell/commands.js';
import { hasFlag, optionValue, positionals } from './commands.js';
import { copiedFileIn, type CopiedFile } from './copied-files.js';
import { joinPath } from './paths.js';
import { runFacts } from './run-facts.js';
import type { Graph, RunNode } from './types.js';

export interface LockedProjectInstall {
  readonly command: ShellCommand;
  /** The subcommand as written (`install`, `i`), or null for the bare command (`yarn`). */
  readonly subcommand: ShellWord | null;
  /** The lockfile found in the project folder, and the COPY that brought it. */
  readonly lockfile: CopiedFile;
  /** Package names given (`npm install express`): an install of more, not of the project. */
  readonly packages: readonly string[];
  /** Held to the lockfile by a flag, a variable or the tool's configuration. */
  readonly frozen: boolean;
}

const TRUE = /^(1|true|yes|on)$/i;

/** The installs by `tool` in `run` whose project folder holds one of its lockfiles. */
export function lockedInstalls(graph: Graph, run: RunNode, tool: LockedInstall, context: BuildContext | null): LockedProjectInstall[] {
  const facts = runFacts(run);
  const out: LockedProjectInstall[] = [];
  facts.commands.forEach((cmd, index) => {
    if (!tool.commands.includes(cmd.name) || hasFlag(cmd, '-g', '--global', '--help', '-h', '--version')) return;
    const words = positionals(cmd, [...tool.dirOptions, '--cache', '--registry', '--network-timeout', '--mutex', '--modules-folder', '--loglevel', '--omit', '--include', '--workspace', '-w']);
    const sub = words[0]?.value ?? '';
    if (!tool.subcommands.includes(sub)) return;
    const dirOption = optionValue(cmd, tool.dirOptions);
    const dir = dirOption ? joinPath(facts.cwd[index] ?? run.workdir, dirOption) : (facts.cwd[index] ?? run.workdir);
    const lockfile = copiedFileIn(graph, run, dir, tool.lockfiles, context);
    if (!lockfile) return;
    const envTrue = (name: string): boolean => {
      const inline = cmd.assignments.find((a) => a.name === name);
      const value = inline ? inline.value : run.vars.get(name);
      return value !== undefined && value !== null && TRUE.test(value);
    };
    const frozen = tool.frozenFlags.some((f) => hasFlag(cmd, f)) ||
      tool.frozenEnv.some(envTrue) ||
      tool.frozenConfig.some((c) => context?.read(c.file)?.match(c.pattern) != null);
    out.push({ command: cmd, subcommand: words[0] ?? null, lockfile, packages: words.slice(1).map((w) => w.value ?? w.text), frozen });
  });
  return out;
}
