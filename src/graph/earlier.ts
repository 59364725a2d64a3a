/**
 * What the instructions before an instruction hold, in its stage and the stages it is built on:
 * an earlier write of a configuration file, an earlier COPY of a lockfile. Looking back along
 * the chain from every instruction that asks took the square of the chain's length; one pass
 * over the stages gives every instruction its list instead.
 */
import type { ShellCommand } from '../parse/shell/commands.js';
import { memoize } from './memo.js';
import { runFacts } from './run-facts.js';
import { alongChains } from './stages.js';
import type { Graph, Node, RunNode } from './types.js';

/**
 * A list of items, latest first. Stages built on one stage share the entries of that stage, so
 * the lists of a whole file take one entry per item.
 */
export interface Earlier<T> {
  readonly item: T;
  readonly next: Earlier<T> | null;
}

/**
 * For a file and one of its instructions, the items `pick` finds in the instructions before it
 * (not in the instruction itself), latest first; null when there are none. Computed once per
 * file.
 */
export function earlierItems<T>(pick: (node: Node) => readonly T[]): (graph: Graph, node: Node) => Earlier<T> | null {
  const lists = memoize((graph: Graph) => {
    const before = new Map<Node, Earlier<T> | null>();
    alongChains<Earlier<T> | null>(graph, null, (stage, start) => {
      let list = start;
      for (const node of stage.nodes) {
        before.set(node, list);
        for (const item of pick(node)) list = { item, next: list };
      }
      return list;
    });
    return before;
  });
  return (graph, node) => lists(graph).get(node) ?? null;
}

const FOUND = [true] as const;
const NONE: readonly never[] = [];

/**
 * For a test of a RUN's commands (the commands and the index of one), whether a command it
 * accepts runs before `before` in `run`, or in a RUN before `run`: an earlier `bundle config
 * set without ...`, say. Each RUN is tested once per file.
 */
export function earlierCommand(test: (commands: readonly ShellCommand[], i: number) => boolean): (graph: Graph, run: RunNode, before: ShellCommand) => boolean {
  const accepted = (commands: readonly ShellCommand[], end: number): boolean => {
    for (let i = 0; i < end; i++) if (test(commands, i)) return true;
    return false;
  };
  const runsBefore = earlierItems((node) => {
    if (node.kind !== 'run') return NONE;
    const commands = runFacts(node).commands;
    return accepted(commands, commands.length) ? FOUND : NONE;
  });
  return (graph, run, before) => {
    const commands = runFacts(run).commands;
    const at = commands.indexOf(before);
    return accepted(commands, at < 0 ? commands.length : at) || runsBefore(graph, run) !== null;
  };
}
