import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'copy-from-own-stage',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3023'],
  summary: 'COPY --from names the stage it is in',
  fixable: false,
  docs: {
    what: 'Reports `COPY --from=name` inside the stage called `name`.',
    why: 'A stage cannot copy from itself: BuildKit fails with a circular dependency. The name is most likely a typo for another stage.',
    example: 'FROM golang:1.27 AS build\nRUN go build -o /app .\nFROM alpine:3.24 AS run\nCOPY --from=run /app /app',
    fix: 'Copy from the stage that builds the files:\n\nFROM golang:1.27 AS build\nRUN go build -o /app .\nFROM alpine:3.24 AS run\nCOPY --from=build /app /app',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'copy' || node.from === null || !node.stage) continue;
      const own = node.stage.name !== null && node.from.toLowerCase() === node.stage.name;
      if (!own && node.from !== String(node.stage.index)) continue;
      const flag = node.flags.find((f) => f.name === 'from');
      report({
        node,
        ...(flag ? { start: node.raw.args.toSource(flag.start), end: node.raw.args.toSourceEnd(flag.end) } : {}),
        message: `--from=${node.from} names this very stage: a stage cannot copy from itself`,
      });
    }
  },
});
