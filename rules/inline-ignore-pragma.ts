import { defineRule } from '../src/rules/types.js';

const INLINE = /^(dfscan|hadolint)\s+ignore\s*=/;

export default defineRule({
  id: 'inline-ignore-pragma',
  category: 'style',
  severity: 'info',
  aliases: ['DL1001'],
  summary: 'An inline ignore pragma',
  fixable: false,
  optIn: true,
  docs: {
    what: 'Reports every `# dfscan ignore=...` and `# hadolint ignore=...` comment above an instruction. Off unless turned on in the configuration.',
    why: 'Teams that want every exception recorded in one place (the configuration file, with a reason) turn this on, so that findings are not silenced line by line where reviews miss them.',
    example: 'FROM debian:bookworm-slim\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    fix: 'Fix the finding, or ignore the rule in .dfscan.yaml for the paths it concerns:\n\n# .dfscan.yaml\noverrides:\n  - files: ["legacy/**"]\n    ignore: [DL3008]',
    notes: 'Opt-in, as in hadolint, whose default severity for DL1001 is "ignore". Global pragmas (`# dfscan global ignore=`) are not reported.',
  },
  check({ graph, report }) {
    for (const c of graph.file.comments) {
      if (!INLINE.test(c.text)) continue;
      report({ start: c.start, end: c.end, message: `inline ignore pragma "# ${c.text}": record the exception in the configuration instead` });
    }
  },
});
