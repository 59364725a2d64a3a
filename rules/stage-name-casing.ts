import { fromWords } from '../src/graph/stages.js';
import { lowerStageNameFix } from '../src/fix/stage-rename.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'stage-name-casing',
  category: 'style',
  severity: 'style',
  aliases: ['StageNameCasing'],
  summary: 'A stage name has upper-case letters',
  fixable: true,
  docs: {
    what: 'Reports a stage name (`FROM ... AS Name`) written with upper-case letters.',
    why:
      'Docker lower-cases stage names, so `COPY --from=Builder` and `COPY --from=builder` are the same stage; writing them in one case avoids readers thinking otherwise, and matches what `docker build --target` shows.',
    example: 'FROM golang:1.27 AS Builder\nRUN go build -o /app .\nFROM scratch\nCOPY --from=Builder /app /app',
    fix: 'Write the name in lower case:\n\nFROM golang:1.27 AS builder\nRUN go build -o /app .\nFROM scratch\nCOPY --from=builder /app /app\n\n`--fix` writes the name in lower case, and the references to it written out in FROM, COPY --from and RUN --mount from=.',
  },
  check({ graph, report }) {
    for (const stage of graph.stages) {
      const name = fromWords(graph, stage.from).name;
      if (!name || name.text === name.text.toLowerCase() || name.text.includes('$')) continue;
      report({ node: stage.from, start: name.start, end: name.end, message: `stage name "${name.text}" should be lower case: "${name.text.toLowerCase()}"`, fix: lowerStageNameFix(graph, stage) });
    }
  },
});
