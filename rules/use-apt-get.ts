import { renameProgramFix } from '../src/fix/shell-fixes.js';
import { defineRule } from '../src/rules/types.js';
import { runFacts } from '../src/graph/run-facts.js';

export default defineRule({
  id: 'use-apt-get',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3027'],
  programs: ['apt'],
  summary: '`apt` is the interactive front end; scripts should use `apt-get` and `apt-cache`',
  fixable: true,
  docs: {
    what: 'Finds `apt` commands in RUN instructions.',
    why:
      '`apt` is meant for people at a terminal: its output and behaviour may change between releases, and it warns "apt does not have a stable CLI interface. Use with caution in scripts." `apt-get` and `apt-cache` keep a stable interface for scripts.',
    example: 'FROM debian:bookworm-slim\nRUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    fix: 'Use apt-get:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n\n`--fix` writes apt-get (apt-cache for search, show, policy, depends, rdepends, showsrc) for the subcommands that do the same there; not for `upgrade` (apt\'s also installs new dependencies), `full-upgrade` or `list`.',
    notes: 'Follows hadolint DL3027.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      for (const cmd of runFacts(node).commands) {
        if (cmd.name !== 'apt') continue;
        const sub = cmd.args.find((a) => !(a.value ?? a.text).startsWith('-'))?.value ?? '';
        const instead = ['search', 'show', 'policy', 'depends', 'rdepends', 'showsrc'].includes(sub) ? 'apt-cache' : 'apt-get';
        const fix = SAME_IN_APT_GET.has(sub) ? renameProgramFix(graph, cmd, 'apt', instead, 'safe') : null;
        report({ node, start: cmd.start, end: cmd.end, message: `\`apt${sub ? ` ${sub}` : ''}\` has no stable interface for scripts: use \`${instead}${sub ? ` ${sub}` : ''}\``, fix });
      }
    }
  },
});

/**
 * Subcommands that do the same in apt-get or apt-cache, which `--fix` rewrites. Not `upgrade`
 * (apt's also installs new dependencies), `full-upgrade` or `list`, which apt-get lacks.
 */
const SAME_IN_APT_GET = new Set(['install', 'update', 'remove', 'purge', 'autoremove', 'dist-upgrade', 'clean', 'autoclean', 'source', 'build-dep', 'search', 'show', 'policy', 'depends', 'rdepends', 'showsrc']);
