import { defineRule } from '../src/rules/types.js';
import { runFacts } from '../src/graph/run-facts.js';

export default defineRule({
  id: 'use-apt-get',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3027'],
  summary: '`apt` is the interactive front end; scripts should use `apt-get` and `apt-cache`',
  fixable: false,
  docs: {
    what: 'Finds `apt` commands in RUN instructions.',
    why:
      '`apt` is meant for people at a terminal: its output and behaviour may change between releases, and it warns "apt does not have a stable CLI interface. Use with caution in scripts." `apt-get` and `apt-cache` keep a stable interface for scripts.',
    example: 'FROM debian:bookworm-slim\nRUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    fix: 'Use apt-get:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    notes: 'Follows hadolint DL3027.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      for (const cmd of runFacts(node).commands) {
        if (cmd.name !== 'apt') continue;
        const sub = cmd.args.find((a) => !(a.value ?? a.text).startsWith('-'))?.value ?? '';
        const instead = ['search', 'show', 'policy', 'depends', 'rdepends', 'showsrc'].includes(sub) ? 'apt-cache' : 'apt-get';
        report({ node, start: cmd.start, end: cmd.end, message: `\`apt${sub ? ` ${sub}` : ''}\` has no stable interface for scripts: use \`${instead}${sub ? ` ${sub}` : ''}\`` });
      }
    }
  },
});
