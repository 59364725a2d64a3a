/**
 * The layers of the final image in build order (base stages first), and what each leaves for
 * the layers above it: package caches nobody removed, and files deleted in a later layer than
 * the one that wrote them — bytes that stay in the image even though no file shows them.
 */
import type { PackageCache } from '../../rules/data/package-caches.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import { basenameOf, joinPath, removes, type PathRef } from './paths.js';
import { memoize } from './memo.js';
import { runFacts } from './run-facts.js';
import { sourceKind } from './source-kind.js';
import type { CopyNode, Graph, Node, RunNode, Stage } from './types.js';

export interface CacheLeft {
  readonly cache: PackageCache;
  readonly node: RunNode;
  readonly command: ShellCommand;
}

export interface SplitCleanup {
  /** The RUN that deletes, and the deleting command. */
  readonly node: RunNode;
  readonly command: ShellCommand;
  /** The deletion as it reads: `rm /var/lib/apt/lists/*`, `yum clean all`. */
  readonly label: string;
  readonly target: PathRef;
  /** The earlier layer that wrote what is deleted. */
  readonly createdBy: Node;
  readonly cache: PackageCache | null;
  /** The path written, for a file or folder that is not a package cache. */
  readonly path: string | null;
}

export interface ImageHistory {
  /** Stages whose layers make up the final image, base first. */
  readonly chain: readonly Stage[];
  /** The image the final image is built on, and the stage whose FROM names it. */
  readonly base: { readonly stage: Stage; readonly base: Stage['base'] } | null;
  readonly cachesLeft: readonly CacheLeft[];
  readonly splitCleanups: readonly SplitCleanup[];
}

export const imageHistory: (graph: Graph) => ImageHistory = memoize(compute);

function finalChain(graph: Graph): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let s = graph.finalStage; s && !seen.has(s); s = s.base.kind === 'stage' ? s.base.stage : null) {
    seen.add(s);
    chain.push(s);
  }
  return chain.reverse();
}

function compute(graph: Graph): ImageHistory {
  const chain = finalChain(graph);
  const dirty: CacheLeft[] = [];
  const created: { path: string; node: Node }[] = [];
  const splitCleanups: SplitCleanup[] = [];

  for (const stage of chain) {
    for (const node of stage.nodes) {
      if (node.kind === 'copy') {
        for (const path of copyDestinations(node)) created.push({ path, node });
        continue;
      }
      if (node.kind !== 'run') continue;
      const facts = runFacts(node);

      // Deletions here of what earlier layers wrote.
      for (const del of facts.deletes) {
        for (let i = dirty.length - 1; i >= 0; i--) {
          const left = dirty[i]!;
          if (!left.cache.paths.some((p) => removes(del.target, p))) continue;
          splitCleanups.push({ node, command: del.command, label: deleteLabel(del.command.name, del.target), target: del.target, createdBy: left.node, cache: left.cache, path: null });
          dirty.splice(i, 1);
        }
        const seen = new Set<Node>();
        for (const c of created) {
          if (seen.has(c.node)) continue;
          // Deleting the written path, a folder holding it, or a part of a written folder.
          if (!removes(del.target, c.path) && !del.target.path.startsWith(`${c.path}/`)) continue;
          seen.add(c.node);
          splitCleanups.push({ node, command: del.command, label: deleteLabel(del.command.name, del.target), target: del.target, createdBy: c.node, cache: null, path: c.path });
        }
      }
      for (const clean of facts.cleaned) {
        for (let i = dirty.length - 1; i >= 0; i--) {
          if (dirty[i]!.cache !== clean.cache) continue;
          const label = [clean.command.name, ...clean.command.args.map((a) => a.value ?? a.text)].join(' ');
          splitCleanups.push({ node, command: clean.command, label, target: { path: clean.cache.paths[0]!, contents: true }, createdBy: dirty[i]!.node, cache: clean.cache, path: null });
          dirty.splice(i, 1);
        }
      }

      for (const w of facts.cacheWrites) if (w.avoidedBy === null) dirty.push({ cache: w.cache, node, command: w.command });
      for (const c of facts.creates) if (!c.small) created.push({ path: c.path, node });
    }
  }
  const root = chain[0];
  return { chain, base: root ? { stage: root, base: root.base } : null, cachesLeft: dirty, splitCleanups };
}

function deleteLabel(command: string, target: PathRef): string {
  return `${command} ${target.path}${target.contents ? '/*' : ''}`;
}

/**
 * Paths a COPY or ADD writes that can weigh something: folders, globs, archives. A single
 * script or configuration file is a few kB, not worth a finding when it is deleted later.
 */
function copyDestinations(node: CopyNode): string[] {
  const dest = node.dest;
  if (dest === '') return [];
  const base = joinPath(node.workdir, dest);
  const intoFolder = dest.endsWith('/') || dest === '.' || node.sources.length > 1;
  const out: string[] = [];
  for (const s of node.sources) {
    if (s.heredoc) continue;
    if (node.from === null && sourceKind(s, node) === 'other' && !ARCHIVE.test(s.value)) continue;
    const name = basenameOf(s.value);
    out.push(!intoFolder || name === '' || name === '.' || name === '*' ? base : joinPath(base, name));
  }
  return out;
}

const ARCHIVE = /\.(tar|tgz|tar\.gz|tar\.xz|tar\.bz2|tar\.zst|zip|jar|war|whl|deb|rpm|apk|gem|nupkg|iso|img|bin|run)$/i;
