/**
 * Questions about stages that several rules ask: which stages a stage is built on, and where
 * the words of a FROM line are in the source.
 */
import { splitWords } from '../parse/words.js';
import { flatten } from './lists.js';
import { memoize } from './memo.js';
import type { FromNode, Graph, Node, Stage } from './types.js';

/**
 * The stage and the stages it is built FROM, nearest first. A stage is built on an earlier one,
 * so each step goes to a lower index and the walk ends; looking for a repeat in the list instead
 * took the square of the chain's length, at every call.
 */
export function lineage(stage: Stage): Stage[] {
  const out: Stage[] = [stage];
  for (let base = baseStage(stage); base; base = baseStage(base)) out.push(base);
  return out;
}

/** The stage this one is built FROM, if it is built on a stage (always an earlier one). */
export function baseStage(stage: Stage): Stage | null {
  return stage.base.kind === 'stage' && stage.base.stage.index < stage.index ? stage.base.stage : null;
}

/** The stage and the stages it is built on, base first. */
export function stageChain(stage: Stage | null): Stage[] {
  return stage ? lineage(stage).reverse() : [];
}

/**
 * Carries a value down every chain of stages: each stage starts from what its base stage ended
 * with (`initial` for a stage built on an image), and `walk` reads the stage's own instructions
 * and gives what it ends with. Each stage is read once, where reading each stage's whole chain
 * took the square of the chain's length.
 */
export function alongChains<T>(graph: Graph, initial: T, walk: (stage: Stage, start: T) => T): void {
  const ended = new Map<Stage, T>();
  for (const stage of graph.stages) {
    const base = baseStage(stage);
    ended.set(stage, walk(stage, base ? (ended.get(base) as T) : initial));
  }
}

/** Each stage's root, by stage index. */
const ROOTS = memoize((graph: Graph): readonly Stage[] => {
  const roots: Stage[] = [];
  alongChains<Stage | null>(graph, null, (stage, root) => (roots[stage.index] = root ?? stage));
  return roots;
});

/**
 * The first stage of `stage`'s chain: the one built on an image or on scratch, which decides
 * what the image starts from. Worked out once per file, where reading each stage's chain for it
 * took the square of the chain's length.
 */
export function rootStage(graph: Graph, stage: Stage | null): Stage | null {
  return stage ? ROOTS(graph)[stage.index]! : null;
}

/** The instructions a stage runs after those of the stages it is built on, in build order. */
export function inheritedNodes(stage: Stage): Node[] {
  return flatten(stageChain(stage), (s) => s.nodes);
}

export interface WordAt {
  /** As written. */
  readonly text: string;
  /** Source offsets. */
  readonly start: number;
  readonly end: number;
}

export interface FromWords {
  readonly image: WordAt | null;
  /** The `AS` keyword as written, and the stage name as written. */
  readonly as: WordAt | null;
  readonly name: WordAt | null;
}

export function fromWords(graph: Graph, node: FromNode): FromWords {
  const words = splitWords(node.args.text, graph.file.escape).map((w) => ({
    text: w.raw,
    start: node.args.toSource(w.start),
    end: node.args.toSourceEnd(w.end),
  }));
  const hasAs = words.length >= 3 && words[1]!.text.toLowerCase() === 'as';
  return { image: words[0] ?? null, as: hasAs ? words[1]! : null, name: hasAs ? words[2]! : null };
}

/** The stage a `COPY --from` / `--mount from=` value names among the stages before `before`. */
export function earlierStage(graph: Graph, ref: string, before: Stage): Stage | null {
  if (/^\d+$/.test(ref)) {
    const s = graph.stages[Number(ref)];
    return s && s.index < before.index ? s : null;
  }
  const lower = ref.toLowerCase();
  return graph.stages.find((s) => s.index < before.index && s.name === lower) ?? null;
}
