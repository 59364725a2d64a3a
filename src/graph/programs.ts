/**
 * The names of the programs a file runs: every command of every RUN as written, its wrappers
 * (`sudo`, `env`), and the command they run, which is all a rule about some programs looks at.
 */
import type { ShellCommand } from '../parse/shell/commands.js';
import { memoize } from './memo.js';
import { runFacts } from './run-facts.js';
import type { Graph } from './types.js';

export const programsRun: (graph: Graph) => ReadonlySet<string> = memoize((graph: Graph) => {
  const names = new Set<string>();
  const add = (commands: readonly ShellCommand[]): void => {
    for (const cmd of commands) {
      names.add(cmd.name);
      for (const wrapper of cmd.wrappers) names.add(wrapper);
    }
  };
  for (const node of graph.nodes) {
    if (node.kind !== 'run') continue;
    add(node.commands);
    add(runFacts(node).commands);
  }
  return names;
});

/** Whether the file runs one of `programs`. */
export function runsAny(graph: Graph, programs: readonly string[]): boolean {
  const names = programsRun(graph);
  for (const p of programs) if (names.has(p)) return true;
  return false;
}
