/**
 * split-cleanup's fix: the cleanup happens in the RUN that wrote the files.
 *
 * - A package cache: the RUN that wrote it gets package-cache's fix (the no-cache flag, or the
 *   cleanup appended); the later cleanup goes too when it cleaned nothing else, and with it the
 *   RUN when that was all it ran. The cache's index (apt lists) stays where a layer in between
 *   still installs from it.
 * - Other files (a download, a clone): the deleting command moves to the end of the RUN that
 *   wrote them, only with nothing in between (any RUN may read the file; a COPY may write there),
 *   every word literal and every path absolute, and everything it deletes written by that RUN.
 *
 * Both RUNs must be in one stage: the fix never edits a stage that other stages build on.
 */
import type { PackageCache } from '../../rules/data/package-caches.js';
import { positionals } from '../graph/commands.js';
import type { SplitCleanup } from '../graph/image-history.js';
import { readsEarlierIndex } from '../graph/index-reads.js';
import { joinPath, removes } from '../graph/paths.js';
import { runFacts } from '../graph/run-facts.js';
import type { Graph, Node, RunNode } from '../graph/types.js';
import type { Fix, SourceEdit } from '../rules/types.js';
import { cacheFix } from './cache-fix.js';
import { appendToRun, commandText, removeCommand } from './edits.js';

/** Instructions that only set image metadata: nothing to read or write files. */
const SETTINGS_ONLY = new Set(['WORKDIR', 'EXPOSE', 'HEALTHCHECK', 'STOPSIGNAL', 'MAINTAINER']);

export function splitCleanupFix(graph: Graph, split: SplitCleanup, all: readonly SplitCleanup[]): Fix | null {
  const { node, createdBy } = split;
  if (createdBy.kind !== 'run' || !node.stage || createdBy.stage !== node.stage) return null;
  const between = node.stage.nodes.slice(node.stage.nodes.indexOf(createdBy) + 1, node.stage.nodes.indexOf(node));
  const line = graph.file.source.lines.lineOf(createdBy.raw.start);
  // The later command can go only when everything it deletes came from that RUN.
  const onlyFrom = all.filter((s) => s.command === split.command).every((s) => s.createdBy === createdBy);
  return split.cache
    ? cacheSplitFix(graph, split, split.cache, createdBy, between, onlyFrom, line)
    : fileSplitFix(graph, split, createdBy, between, onlyFrom, line);
}

function cacheSplitFix(graph: Graph, split: SplitCleanup, cache: PackageCache, createdBy: RunNode, between: readonly Node[], onlyFrom: boolean, line: number): Fix | null {
  const keep = cacheFix(graph, createdBy, cache);
  if (!keep) return null;
  const facts = runFacts(split.node);
  const index = facts.commands.indexOf(split.command);
  // Redundant once the cache is gone: nothing between writes it again, nor the RUN itself before it.
  const redundant =
    onlyFrom &&
    index !== -1 &&
    between.every((n) => n.kind !== 'run' || !runFacts(n).cacheWrites.some((w) => w.cache === cache)) &&
    !facts.cacheWrites.some((w) => w.cache === cache && facts.commands.indexOf(w.command) < index) &&
    !readsEarlierIndex(split.node, cache, split.command);
  const removal = redundant ? removeCommand(graph, split.node, split.command) : null;
  const edits: SourceEdit[] = [...keep.edits, ...(removal ? [removal] : [])];
  const what = removal ? `${keep.description} in the RUN on line ${line}, and drop the later cleanup` : `${keep.description} in the RUN on line ${line}`;
  return { description: what, safety: 'safe', edits };
}

function fileSplitFix(graph: Graph, split: SplitCleanup, createdBy: RunNode, between: readonly Node[], onlyFrom: boolean, line: number): Fix | null {
  const { node, command } = split;
  const facts = runFacts(node);
  const index = facts.commands.indexOf(command);
  if (!onlyFrom || index === -1 || command.args.some((a) => a.value === null)) return null;
  if (command.name === 'rm' && !positionals(command).every((w) => w.value!.startsWith('/'))) return null;
  if (command.name === 'find' && !command.args[0]?.value?.startsWith('/')) return null;
  if (!between.every((n) => leavesAlone(n, split))) return null;
  // Before it in its own RUN, only other deletions: anything else may read the file.
  if (!facts.commands.slice(0, index).every((c) => c.name === 'rm' || c.name === 'set')) return null;
  const moved = commandText(graph, command);
  if (moved === null) return null;
  const append = appendToRun(graph, createdBy, moved);
  const remove = removeCommand(graph, node, command);
  if (!append || !remove) return null;
  return { description: `move \`${moved}\` into the RUN on line ${line}`, safety: 'safe', edits: [append, remove] };
}

/** An instruction between the two RUNs that neither reads nor writes the deleted files. */
function leavesAlone(n: Node, split: SplitCleanup): boolean {
  switch (n.kind) {
    case 'copy': {
      if (n.dest === '') return false;
      const dest = joinPath(n.workdir, n.dest);
      return !removes(split.target, dest) && !split.target.path.startsWith(`${dest}/`);
    }
    case 'other':
      // USER changes who may delete; VOLUME freezes its path for later layers.
      return SETTINGS_ONLY.has(n.keyword);
    case 'cmd':
    case 'entrypoint':
    case 'env':
    case 'label':
    case 'arg':
      return true;
    default:
      // Any RUN may read the file.
      return false;
  }
}
