import { removeOverriddenFix } from '../src/fix/instruction-fixes.js';
import type { Node } from '../src/graph/types.js';
import { defineRule } from '../src/rules/types.js';
import { SINGLE_INSTRUCTIONS } from './data/dockerfile.js';

export default defineRule({
  id: 'multiple-instructions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3012', 'DL4003', 'DL4004', 'MultipleInstructionsDisallowed'],
  summary: 'A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK',
  fixable: true,
  docs: {
    what: 'Reports every CMD, ENTRYPOINT and HEALTHCHECK after the first of its kind in the same stage.',
    why: 'Only the last one takes effect; the earlier ones do nothing, and a reader may believe the wrong one runs.',
    example: 'FROM python:3.13-slim\nCMD ["python", "app.py"]\nRUN pip install --no-cache-dir gunicorn\nCMD ["gunicorn", "app:app"]\n\n`--fix` removes the one before each later one (with its line; comment lines above it stay).',
    fix: 'Keep one:\n\nFROM python:3.13-slim\nRUN pip install --no-cache-dir gunicorn\nCMD ["gunicorn", "app:app"]\n\n`--fix` removes the one before each later one (with its line; comment lines above it stay).',
    notes:
      'One rule covers hadolint DL3012 (HEALTHCHECK), DL4003 (CMD) and DL4004 (ENTRYPOINT), as BuildKit\'s MultipleInstructionsDisallowed does; ignoring any of those codes ignores the rule. hadolint rates DL3012 and DL4004 errors and DL4003 a warning; dfscan uses warning for all three, as BuildKit does: Docker builds the file, only the earlier instructions have no effect.',
  },
  check({ graph, report }) {
    const lines = graph.file.source.lines;
    for (const stage of graph.stages) {
      const first = new Map<string, number>();
      const previous = new Map<string, Node>();
      for (const node of stage.nodes) {
        if (!SINGLE_INSTRUCTIONS.includes(node.keyword)) continue;
        const before = previous.get(node.keyword);
        previous.set(node.keyword, node);
        if (!before) {
          first.set(node.keyword, lines.lineOf(node.raw.start));
          continue;
        }
        report({ node, message: `a second ${node.keyword} in this stage (the first is on line ${first.get(node.keyword)}): only the last one takes effect`, fix: removeOverriddenFix(graph, before) });
      }
    }
  },
});
