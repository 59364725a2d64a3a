/**
 * The instructions that run on top of an instruction's result: the rest of its stage, and every
 * stage built FROM that stage (directly or through others). What a fix changes in a layer is
 * seen by exactly these.
 */
import type { Graph, Node, Stage } from './types.js';

export function nodesAfter(graph: Graph, node: Node): Node[] {
  const stage = node.stage;
  if (!stage) return [];
  const out = stage.nodes.slice(stage.nodes.indexOf(node) + 1);
  for (const s of graph.stages) if (s !== stage && descendsFrom(s, stage)) out.push(...s.nodes);
  return out;
}

/** Whether `stage` is built FROM `ancestor`, directly or through other stages. */
export function descendsFrom(stage: Stage, ancestor: Stage): boolean {
  const seen = new Set<Stage>();
  for (let s: Stage | null = stage; s && !seen.has(s); s = s.base.kind === 'stage' ? s.base.stage : null) {
    if (s !== stage && s === ancestor) return true;
    seen.add(s);
  }
  return false;
}
