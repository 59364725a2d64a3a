/**
 * The fix for a package cache left in a layer: the manager's no-cache flag on every command of
 * the RUN that writes the cache (`apk add --no-cache`, `pip install --no-cache-dir`), or else its
 * cleanup appended to the same RUN (`&& rm -rf /var/lib/apt/lists/*`), run by the same program
 * (`microdnf clean all` after microdnf) and, after `sudo`, with sudo.
 */
import type { PackageCache } from '../../rules/data/package-caches.js';
import { indexReadLater } from '../graph/index-reads.js';
import { runFacts } from '../graph/run-facts.js';
import type { Graph, RunNode } from '../graph/types.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import type { Fix, SourceEdit } from '../rules/types.js';
import { appendToRun, insertAfterWord } from './edits.js';

/** The fix that keeps `cache` out of the layer `node` writes. */
export function cacheFix(graph: Graph, node: RunNode, cache: PackageCache): Fix | null {
  const writers = runFacts(node).cacheWrites.filter((w) => w.cache === cache && w.avoidedBy === null).map((w) => w.command);
  if (cache.flagFix) {
    const edits = writers.map((cmd) => flagEdit(graph, cache, cmd));
    if (edits.length > 0 && edits.every((e) => e !== null)) {
      return { description: `add ${cache.flagFix}`, safety: 'safe', edits: edits as SourceEdit[] };
    }
  }
  // A later layer that installs without updating first still needs the index.
  if (indexReadLater(graph, node, cache)) return null;
  const cleanup = cleanupFor(graph, cache, writers);
  if (cleanup === null) return null;
  const edit = appendToRun(graph, node, cleanup);
  return edit ? { description: `append \`${cleanup}\``, safety: 'safe', edits: [edit] } : null;
}

/** The flag right after the subcommand (`apk add --no-cache`, `uv pip install --no-cache`). */
function flagEdit(graph: Graph, cache: PackageCache, cmd: ShellCommand): SourceEdit | null {
  const i = cmd.args.findIndex((a) => a.value !== null && !a.value.startsWith('-') && cache.writes.includes(a.value));
  if (i === -1 || cache.flagFixSkips?.includes(cmd.args[i]!.value!)) return null;
  // `uv pip install`: the flag goes after the second word.
  const word = cmd.args[i]!.value === 'pip' && cmd.args[i + 1]?.value === 'install' ? cmd.args[i + 1]! : cmd.args[i]!;
  return insertAfterWord(graph, word, ` ${cache.flagFix}`);
}

/**
 * The cleanup as the writing command's own program runs it, or null when the writers were run
 * through another command (`gosu`, `env`) whose user or environment the cleanup would need too.
 */
function cleanupFor(graph: Graph, cache: PackageCache, writers: readonly ShellCommand[]): string | null {
  const text = graph.file.source.text;
  let cleanup = cache.cleanup;
  const program = cleanup.split(' ')[0]!;
  let sudo = false;
  for (const cmd of writers) {
    let written = text.slice(cmd.start, cmd.end);
    if (/^sudo\s/.test(written)) {
      sudo = true;
      written = written.replace(/^sudo\s+/, '');
    }
    if (!startsWithProgram(written, cmd.name)) return null;
    if (cache.commands.includes(program) && program !== cmd.name) {
      const own = cache.cleaners.find((c) => c.command === cmd.name);
      if (!own) return null;
      cleanup = [own.command, ...own.args].join(' ');
    }
  }
  return sudo ? `sudo ${cleanup}` : cleanup;
}

/** `pip install`, `/usr/bin/pip install`, `python3 -m pip install`. */
function startsWithProgram(written: string, name: string): boolean {
  const first = /^\S+/.exec(written)?.[0] ?? '';
  return first === name || first.endsWith(`/${name}`) || /^(\S*\/)?python[\d.]*$/.test(first);
}
