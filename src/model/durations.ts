/**
 * Estimated seconds of build work per instruction, from the typical durations in
 * rules/data/durations.ts: the sum over a RUN's commands of what each kind of command costs.
 */
import { DURATIONS } from '../../rules/data/durations.js';
import { BUILD_COMMANDS } from '../../rules/data/toolchains.js';
import { subcommand } from '../graph/commands.js';
import { memoize } from '../graph/memo.js';
import { runFacts } from '../graph/run-facts.js';
import type { Node, RunNode } from '../graph/types.js';

export function seconds(key: string): number {
  const d = DURATIONS[key];
  if (!d) throw new Error(`no duration named ${key}`);
  return d.seconds;
}

const DOWNLOADERS = new Set(['curl', 'wget', 'git']);

/** Seconds an instruction takes to (re)build; 0 for those that only change the image config. */
export const nodeSeconds: (node: Node) => number = memoize((node: Node) =>
  node.kind === 'run' ? runSeconds(node) : node.kind === 'copy' ? copySeconds(node.isAdd, node.sources.map((x) => x.value)) : 0,
);

function copySeconds(isAdd: boolean, sources: readonly string[]): number {
  const remote = isAdd && sources.some((v) => /^(https?|git):\/\/|^git@/.test(v));
  return remote ? seconds('download') : seconds('copy');
}

function runSeconds(run: RunNode): number {
  const facts = runFacts(run);
  let total = seconds('step');
  const counted = new Set<object>();
  for (const d of facts.dependencyInstalls) {
    total += seconds(d.kind === 'install' ? d.ecosystem.installDuration : d.ecosystem.buildDuration);
    counted.add(d.command);
  }
  for (const i of facts.osInstalls) {
    total += seconds('os-install');
    counted.add(i.command);
  }
  for (const cmd of facts.commands) {
    if (counted.has(cmd) || cmd.name === '=') continue;
    const sub = subcommand(cmd);
    if ((cmd.name === 'apt-get' || cmd.name === 'apt') && sub === 'update') total += seconds('os-index');
    else if (DOWNLOADERS.has(cmd.name)) total += seconds('download');
    else if (BUILD_COMMANDS.some((b) => b.command === cmd.name && (!b.subcommands || b.subcommands.includes(sub)))) total += seconds('compile');
    else total += seconds('command');
  }
  return Math.round(total);
}
