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
import { firstLater } from './later-nodes.js';
import { runFacts } from './run-facts.js';
import type { Graph, Node, RunNode } from './types.js';

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
  return firstLater(graph, node, cache, (n) => n.kind === 'run' && readsEarlierIndex(n, cache)) !== null;
}
