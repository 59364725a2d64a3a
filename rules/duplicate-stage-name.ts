import { fromWords } from '../src/graph/stages.js';
import { stageLabel } from '../src/graph/types.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'duplicate-stage-name',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3024', 'DuplicateStageName'],
  summary: 'Two stages have the same name',
  fixable: false,
  docs: {
    what: 'Reports a `FROM ... AS name` whose name an earlier stage already has. Stage names are compared without regard to case, as Docker does.',
    why:
      'BuildKit refuses the file ("duplicate stage name"); the classic builder silently resolves `COPY --from=name` and `FROM name` to one of the two stages, so the other is dead code or, worse, the wrong one is copied from.',
    example: 'FROM golang:1.27 AS build\nRUN go build -o /app ./cmd/app\nFROM golang:1.27 AS build\nRUN go test ./...',
    fix: 'Give every stage its own name:\n\nFROM golang:1.27 AS build\nRUN go build -o /app ./cmd/app\nFROM golang:1.27 AS test\nRUN go test ./...',
  },
  check({ graph, report }) {
    const first = new Map<string, number>();
    for (const stage of graph.stages) {
      if (stage.name === null) continue;
      const earlier = first.get(stage.name);
      if (earlier === undefined) {
        first.set(stage.name, graph.file.source.lines.lineOf(stage.from.raw.start));
        continue;
      }
      const name = fromWords(graph, stage.from).name;
      report({
        node: stage.from,
        ...(name ? { start: name.start, end: name.end } : {}),
        message: `stage name "${stageLabel(stage)}" is already used by the stage on line ${earlier}: Docker refuses duplicate stage names`,
      });
    }
  },
});
