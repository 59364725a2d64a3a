import { defineRule } from '../src/rules/types.js';
import { runFacts } from '../src/graph/run-facts.js';

const TOOLS = ['wget', 'curl'] as const;

export default defineRule({
  id: 'wget-and-curl',
  category: 'style',
  severity: 'warning',
  aliases: ['DL4001'],
  programs: TOOLS,
  summary: 'A stage uses both wget and curl',
  fixable: false,
  docs: {
    what: 'Finds stages that download with both `wget` and `curl`, and reports each use of the second tool.',
    why: 'Both tools do the same job. Needing both means installing (and patching) two downloaders in the image, and two sets of options for readers to know.',
    example: 'FROM debian:bookworm-slim\nRUN wget -q https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz',
    fix: 'Pick one:\n\nFROM debian:bookworm-slim\nRUN curl -fsSLO https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz',
    notes: 'Follows hadolint DL4001: stages are judged separately, so a build stage using curl and a final stage using wget is fine.',
  },
  check({ graph, report }) {
    for (const stage of graph.stages) {
      const seen = new Set<string>();
      for (const node of stage.nodes) {
        if (node.kind !== 'run') continue;
        const used = runFacts(node).commands.filter((c) => (TOOLS as readonly string[]).includes(c.name));
        used.forEach((c) => seen.add(c.name));
        if (seen.size < 2 || used.length === 0) continue;
        const cmd = used[used.length - 1]!;
        const other = cmd.name === 'wget' ? 'curl' : 'wget';
        report({ node, start: cmd.start, end: cmd.end, message: `this stage downloads with both wget and curl (\`${cmd.name}\` here): use \`${other}\` or \`${cmd.name}\` throughout, not both` });
      }
    }
  },
});
