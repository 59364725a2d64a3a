/**
 * What a change to the build context re-runs. For each stage: the first instruction whose cache
 * key the change invalidates — a COPY/ADD or bind mount that reads a changed file, a COPY
 * --from or FROM of a stage that re-ran — and every layer after it, with their seconds.
 */
import { selectFiles } from '../context/build-context.js';
import { memoize } from '../graph/memo.js';
import { pathKind, sourceKind } from '../graph/source-kind.js';
import type { Graph, Node, Stage } from '../graph/types.js';
import { nodeSeconds } from '../model/durations.js';

/** Decides whether a path of the build context (as a COPY source or bind mount names it) changed. */
export type ChangePredicate = (path: string) => boolean;

export interface StageRebuild {
  readonly stage: Stage;
  /** First instruction that re-runs, or null when the stage stays cached. */
  readonly first: Node | null;
  /** Every layer instruction that re-runs. */
  readonly nodes: readonly Node[];
  readonly seconds: number;
}

/**
 * The typical change the default scores assume: source files change; dependency manifests,
 * lockfiles and other single files (configuration, scripts) do not.
 */
export const typicalChange: ChangePredicate = (path) => pathKind(path) === 'source';

/** What the typical change re-runs, worked out once per graph: the score and two rules ask. */
export const typicalRebuilds: (graph: Graph) => readonly StageRebuild[] = memoize((graph: Graph) => simulateChange(graph, typicalChange));

/**
 * A change to the given files (relative to the context root): a COPY source or bind mount is
 * touched when it selects one of them and .dockerignore does not leave it out.
 */
export function changedFiles(paths: readonly string[], ignores: (path: string) => boolean = () => false): ChangePredicate {
  const sent = paths.map((p) => p.replace(/\\/g, '/').replace(/^\.?\/+/, '')).filter((p) => p !== '' && !ignores(p));
  const files = sent.map((path) => ({ path, bytes: 0 }));
  return (source) => selectFiles(files, source).length > 0;
}

export function simulateChange(graph: Graph, changed: ChangePredicate): StageRebuild[] {
  const rebuilt = new Set<Stage>();
  const out: StageRebuild[] = [];
  for (const stage of graph.stages) {
    let invalid = stage.base.kind === 'stage' && rebuilt.has(stage.base.stage);
    let first: Node | null = null;
    const nodes: Node[] = [];
    for (const node of stage.nodes) {
      if (!invalid && invalidates(node, changed, rebuilt)) invalid = true;
      if (invalid && node.createsLayer) {
        first ??= node;
        nodes.push(node);
      }
    }
    if (nodes.length > 0) rebuilt.add(stage);
    out.push({ stage, first, nodes, seconds: nodes.reduce((n, x) => n + nodeSeconds(x), 0) });
  }
  return out;
}

function invalidates(node: Node, changed: ChangePredicate, rebuilt: ReadonlySet<Stage>): boolean {
  if (node.kind === 'copy') {
    if (node.fromStage) return rebuilt.has(node.fromStage);
    if (node.from !== null) return false;
    return node.sources.some((s) => {
      const kind = sourceKind(s, node);
      return kind !== 'heredoc' && kind !== 'remote' && changed(s.value);
    });
  }
  if (node.kind === 'run') {
    return node.mounts.some((m) => {
      if (m.type !== 'bind') return false;
      if (m.from === null) return changed(m.source ?? '.');
      const dep = node.stage?.dependsOn.find((s) => s.name === m.from!.toLowerCase() || String(s.index) === m.from);
      return dep !== undefined && rebuilt.has(dep);
    });
  }
  return false;
}

/** Seconds that re-run across the stages built for the final image. */
export function rebuildSeconds(rebuilds: readonly StageRebuild[]): number {
  return rebuilds.filter((r) => r.stage.neededForFinal).reduce((n, r) => n + r.seconds, 0);
}
