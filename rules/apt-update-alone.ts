import { defineRule } from '../src/rules/types.js';
import { hasFlag, subcommand } from '../src/graph/commands.js';
import { firstLater } from '../src/graph/later-nodes.js';
import { runFacts } from '../src/graph/run-facts.js';
import type { RunNode } from '../src/graph/types.js';

/** Index refreshes whose result a later install reads: apt's lists and apk's APKINDEX. */
const REFRESHES: readonly { manager: string; commands: readonly string[]; fresh: (run: RunNode) => boolean }[] = [
  {
    manager: 'apt',
    commands: ['apt-get', 'apt'],
    fresh: (run) => runFacts(run).commands.some((c) => ['apt-get', 'apt'].includes(c.name) && subcommand(c, ['-o', '-c']) === 'update'),
  },
  {
    manager: 'apk',
    commands: ['apk'],
    // `apk add --no-cache` and `--update` fetch a fresh index themselves.
    fresh: (run) => runFacts(run).commands.some((c) => c.name === 'apk' && (subcommand(c) === 'update' || hasFlag(c, '--no-cache', '--update', '-U'))),
  },
];

export default defineRule({
  id: 'apt-update-alone',
  category: 'cache',
  severity: 'warning',
  aliases: [],
  programs: REFRESHES.flatMap((r) => r.commands),
  summary: '`apt-get update` runs in a layer of its own: later installs use a stale, cached index',
  fixable: false,
  docs: {
    what:
      'Finds a RUN that refreshes the package index (`apt-get update`, `apk update`) without installing anything, followed by a later RUN that installs with the same manager without refreshing the index itself.',
    why:
      'The update layer is cached on its own. When the install line changes (a package added), only the install re-runs, against the index cached on the day the update layer was built: packages that have moved on since then fail to download (404), or old versions are installed. Docker\'s best practices: always combine `apt-get update` with `apt-get install` in the same RUN.',
    example: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl',
    fix: 'Update and install in one RUN:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    impact: 'None estimated: the cost is a failed or stale rebuild, not seconds or bytes. The lists the update leaves in its layer are reported by package-cache.',
    notes: 'An install that refreshes the index itself (`apt-get update && apt-get install`, `apk add --no-cache`, `apk add --update`) is not stale and is not reported.',
  },
  check({ graph, report }) {
    const lines = graph.file.source.lines;
    for (const stage of graph.stages) {
      stage.nodes.forEach((node) => {
        if (node.kind !== 'run') return;
        const facts = runFacts(node);
        for (const refresh of REFRESHES) {
          if (!refresh.fresh(node) || facts.osInstalls.some((i) => i.manager.id === refresh.manager)) continue;
          const update = facts.commands.find((c) => refresh.commands.includes(c.name));
          const stale = firstLater(graph, node, refresh, (run): run is RunNode => run.kind === 'run' && runFacts(run).osInstalls.some((i) => i.manager.id === refresh.manager) && !refresh.fresh(run));
          if (!update || !stale) continue;
          report({
            node,
            start: update.start,
            end: update.end,
            message: `\`${update.name} update\` runs in a layer of its own: when the install on line ${lines.lineOf(stale.raw.start)} is rebuilt, it reads this cached index, which goes stale; update and install in the same RUN`,
          });
        }
      });
    }
  },
});
