/**
 * Which layers read a package index (the apt lists, the apk index) that an earlier layer left:
 * those that install before refreshing it themselves. Removing the index earlier would break
 * them. A shell script run from the context may install anything, so it counts as reading.
 */
import type { PackageCache } from '../../rules/data/package-caches.js';
import { osPackageManagerOf } from '../../rules/data/os-packages.js';
import { SCRIPT_FILE, SCRIPT_RUNNERS } from '../../rules/data/opaque-commands.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import { hasFlag, positionals } from './commands.js';
import { memoize } from './memo.js';
import { runFacts } from './run-facts.js';
import { baseStage } from './stages.js';
import type { Graph, Node, RunNode, Stage } from './types.js';

/** Whether a RUN reads the index as an earlier layer left it, before any refresh of its own. */
export function readsEarlierIndex(run: RunNode, cache: PackageCache, until?: ShellCommand): boolean {
  const index = cache.index;
  if (!index) return false;
  for (const c of runFacts(run).commands) {
    if (c === until) return false;
    if (SCRIPT_RUNNERS.has(c.name) || SCRIPT_FILE.test(c.name)) return true;
    if (!cache.commands.includes(c.name)) continue;
    const manager = osPackageManagerOf(c.name);
    const sub = positionals(c, manager?.optionsWithValue ?? [])[0]?.value ?? '';
    if (index.refresh.includes(sub) || (index.refreshFlags.length > 0 && hasFlag(c, ...index.refreshFlags))) return false;
    if (!index.unread.includes(sub)) return true;
  }
  return false;
}

/** Whether a layer built on top of `node` reads the index `node` leaves. */
export function indexReadLater(graph: Graph, node: Node, cache: PackageCache): boolean {
  const stage = node.stage;
  if (!stage) return false;
  const readers = readersOf(graph, cache);
  return (readers.lastInStage.get(stage) ?? -1) > node.index || readers.inDerivedStages.has(stage);
}

interface Readers {
  /** Per stage, the index of its last RUN that reads the earlier index. */
  readonly lastInStage: ReadonlyMap<Stage, number>;
  /** The stages with such a RUN in a stage built on them, directly or through others. */
  readonly inDerivedStages: ReadonlySet<Stage>;
}

/**
 * The readers of each index in a graph, found once: asking every later instruction of the
 * stage and of the stages built on it, for every RUN that leaves an index, took the square of
 * the number of stages in a chain of them.
 */
function readersOf(graph: Graph, cache: PackageCache): Readers {
  const byCache = readersByCache(graph);
  let readers = byCache.get(cache);
  if (readers) return readers;
  const lastInStage = new Map<Stage, number>();
  for (const stage of graph.stages) {
    for (const n of stage.nodes) if (n.kind === 'run' && readsEarlierIndex(n, cache)) lastInStage.set(stage, n.index);
  }
  // A stage is built on an earlier one: from the last stage back, each passes on to its base
  // whether it or a stage built on it reads.
  const inDerivedStages = new Set<Stage>();
  for (let i = graph.stages.length - 1; i >= 0; i--) {
    const stage = graph.stages[i]!;
    const base = baseStage(stage);
    if (base && (lastInStage.has(stage) || inDerivedStages.has(stage))) inDerivedStages.add(base);
  }
  readers = { lastInStage, inDerivedStages };
  byCache.set(cache, readers);
  return readers;
}

const readersByCache = memoize((_graph: Graph) => new Map<PackageCache, Readers>());
