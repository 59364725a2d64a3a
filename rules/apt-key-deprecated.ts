import { DEBIAN_TAGS_WITHOUT_APT_KEY, RELEASES_WITHOUT_APT_KEY } from './data/apt-key.js';
import { commandLabel, subcommand } from '../src/graph/commands.js';
import { runFacts } from '../src/graph/run-facts.js';
import { rootStage } from '../src/graph/stages.js';
import type { Graph, Stage } from '../src/graph/types.js';
import { defineRule } from '../src/rules/types.js';

/** Subcommands that only print keys. */
const LISTING = new Set(['list', 'finger', 'fingerprint', 'export', 'exportall']);

export default defineRule({
  id: 'apt-key-deprecated',
  category: 'correctness',
  severity: 'warning',
  aliases: [],
  programs: ['apt-key'],
  summary: '`apt-key` is deprecated, and gone from Debian 13 (trixie) on: keep repository keys in keyrings named by signed-by',
  fixable: false,
  docs: {
    what:
      'Finds RUN instructions that call `apt-key` (`apt-key add`, `apt-key adv --recv-keys`, `curl ... | apt-key add -`). When the stage is built on a Debian 13 (trixie) or later image, the message says that the RUN fails.',
    why:
      '`apt-key add` puts a repository\'s key into the keyring every source trusts: a key added for one third-party repository can then sign packages that replace Debian\'s own. apt deprecated the tool in 2.1 (Debian 11) and removed it in 2.9.26, so on trixie-based images (`debian:13`, `debian:stable`, `node:22-trixie`, the official images\' current defaults) the command does not exist and the build stops with "apt-key: not found".',
    example:
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl gnupg ca-certificates \\\n && curl -fsSL https://repo.example.com/key.asc | apt-key add - \\\n && echo "deb https://repo.example.com/apt stable main" > /etc/apt/sources.list.d/example.list \\\n && apt-get update && apt-get install -y --no-install-recommends example \\\n && rm -rf /var/lib/apt/lists/*',
    fix:
      'Store the key in a keyring file of its own and name it in the source line with signed-by, so that it is trusted for that repository only:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl gnupg ca-certificates \\\n && install -d -m 0755 /etc/apt/keyrings \\\n && curl -fsSL https://repo.example.com/key.asc | gpg --dearmor -o /etc/apt/keyrings/example.gpg \\\n && echo "deb [signed-by=/etc/apt/keyrings/example.gpg] https://repo.example.com/apt stable main" > /etc/apt/sources.list.d/example.list \\\n && apt-get update && apt-get install -y --no-install-recommends example \\\n && rm -rf /var/lib/apt/lists/*\n\n# for `apt-key adv --recv-keys ID`: gpg --keyserver hkps://keyserver.ubuntu.com --recv-keys ID && gpg --export ID > /etc/apt/keyrings/example.gpg',
    notes:
      'One finding per RUN, at its first `apt-key` (keyserver retry loops call it many times). Every subcommand is reported, `apt-key list` and `apt-key del` included: on trixie they fail as well. Which Debian release a base image is built on is read from its name and tag (`trixie`, `forky`, `sid` in the tag; `debian:13`, `debian:stable`, `debian:latest`); other bases get the deprecation message without the claim that the build fails.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      const uses = runFacts(node).commands.filter((c) => c.name === 'apt-key');
      const first = uses[0];
      if (!first) continue;
      const base = trixieBase(graph, node.stage);
      const more = uses.length > 1 ? ` (and ${uses.length - 1} more in this RUN)` : '';
      const verdict = base
        ? `${base} is built on Debian 13 (trixie) or later, which has no apt-key: this RUN fails`
        : 'apt-key is deprecated since apt 2.1 and removed from Debian 13 (trixie) on';
      report({
        node,
        start: first.start,
        end: first.end,
        message: `\`${commandLabel(first)}\`${more}: ${verdict}; ${advice(subcommand(first))}`,
      });
    }
  },
});

/** What replaces the subcommand. */
function advice(sub: string): string {
  if (LISTING.has(sub)) return 'drop it, or list a keyring file with `gpg --show-keys FILE`';
  if (sub === 'del' || sub === 'rm') return 'delete the key\'s keyring file instead';
  return 'write the key to /etc/apt/keyrings/NAME.gpg (`gpg --dearmor -o`) and name it with [signed-by=...] in the source line';
}

/** The base image of the stage, as written, when its tag says trixie or later; else null. */
function trixieBase(graph: Graph, stage: Stage | null): string | null {
  const root = rootStage(graph, stage);
  if (!root || root.base.kind !== 'image') return null;
  const { name, tag, raw } = root.base.ref;
  const t = tag ?? 'latest';
  if (RELEASES_WITHOUT_APT_KEY.test(t) || (name === 'debian' && DEBIAN_TAGS_WITHOUT_APT_KEY.test(t))) return raw;
  return null;
}
