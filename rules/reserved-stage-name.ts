import { fromWords } from '../src/graph/stages.js';
import { defineRule } from '../src/rules/types.js';
import { RESERVED_STAGE_NAMES } from './data/dockerfile.js';

export default defineRule({
  id: 'reserved-stage-name',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3063', 'ReservedStageName'],
  summary: 'A stage is named after a reserved word (scratch, context)',
  fixable: false,
  docs: {
    what: 'Reports a stage named `scratch` or `context` (in any case).',
    why:
      '`scratch` is the empty image and `context` the build context (`COPY --from=context`, named contexts). A stage with either name is not what `FROM scratch` or `COPY --from=context` will pick, and BuildKit warns about it.',
    example: 'FROM alpine:3.24 AS scratch\nRUN echo hi > /hi\nFROM scratch\nCOPY --from=scratch /hi /hi',
    fix: 'Name the stage for what it does:\n\nFROM alpine:3.24 AS prepare\nRUN echo hi > /hi\nFROM scratch\nCOPY --from=prepare /hi /hi',
  },
  check({ graph, report }) {
    for (const stage of graph.stages) {
      if (stage.name === null || !RESERVED_STAGE_NAMES.includes(stage.name)) continue;
      const name = fromWords(graph, stage.from).name;
      report({
        node: stage.from,
        ...(name ? { start: name.start, end: name.end } : {}),
        message: `"${name?.text ?? stage.name}" is a reserved name (${stage.name === 'scratch' ? 'the empty image' : 'the build context'}): name the stage something else`,
      });
    }
  },
});
