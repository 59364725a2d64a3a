/**
 * The instructions that run on top of an instruction's result: the rest of its stage, and every
 * stage built FROM that stage (directly or through others). What a fix changes in a layer is
 * seen by exactly these.
 */
import { countAtOrBefore } from './lists.js';
import { memoize } from './memo.js';
import { baseStage } from './stages.js';
import type { Graph, Node, Stage } from './types.js';

/**
 * The first instruction, in file order, that runs on top of `node` and passes `test`; null when
 * none does. `key` stands for the test, and for no other: the instructions that pass are found
 * once per graph and key, where listing the later instructions for every node asked took the
 * square of the number of stages in a chain of them (3,000 chained stages, each with an
 * `apt-get update`: 18 s).
 */
export function firstLater<N extends Node>(graph: Graph, node: Node, key: object, test: (n: Node) => n is N): N | null;
export function firstLater(graph: Graph, node: Node, key: object, test: (n: Node) => boolean): Node | null;
export function firstLater(graph: Graph, node: Node, key: object, test: (n: Node) => boolean): Node | null {
  const stage = node.stage;
  if (!stage) return null;
  const byKey = passingByKey(graph);
  let passing = byKey.get(key);
  if (!passing) byKey.set(key, (passing = findPassing(graph, test)));
  return firstAfter(passing.inStage.get(stage) ?? [], node.index) ?? passing.inDerivedStages.get(stage) ?? null;
}

interface Passing {
  /** Per stage, its instructions that pass, in file order. */
  readonly inStage: ReadonlyMap<Stage, readonly Node[]>;
  /** Per stage, the first instruction that passes in the stages built on it. */
  readonly inDerivedStages: ReadonlyMap<Stage, Node>;
}

const passingByKey = memoize((_graph: Graph) => new Map<object, Passing>());

function findPassing(graph: Graph, test: (n: Node) => boolean): Passing {
  const inStage = new Map<Stage, Node[]>();
  for (const stage of graph.stages) {
    const passing = stage.nodes.filter(test);
    if (passing.length > 0) inStage.set(stage, passing);
  }
  // Stages are built on earlier ones and each stage's instructions are together in the file: from
  // the last stage back, each hands its base the first that passes in it or in a stage built on it.
  const inDerivedStages = new Map<Stage, Node>();
  for (let i = graph.stages.length - 1; i >= 0; i--) {
    const stage = graph.stages[i]!;
    const base = baseStage(stage);
    if (!base) continue;
    const first = inStage.get(stage)?.[0] ?? inDerivedStages.get(stage);
    const known = inDerivedStages.get(base);
    if (first && (!known || first.index < known.index)) inDerivedStages.set(base, first);
  }
  return { inStage, inDerivedStages };
}

/** The first of `nodes` (in file order) after the instruction at `index`. */
function firstAfter(nodes: readonly Node[], index: number): Node | undefined {
  return nodes[countAtOrBefore(nodes, (n) => n.index, index)];
}
