import { earlierStage } from '../src/graph/stages.js';
import { defineRule } from '../src/rules/types.js';

/** A `--from` value that reads as an image reference rather than a stage name. */
const IMAGE_LIKE = /[:@/]/;

export default defineRule({
  id: 'copy-from-unknown-stage',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3022'],
  summary: 'COPY --from names no earlier stage',
  fixable: false,
  docs: {
    what:
      'Reports `COPY --from=name` where `name` is neither an earlier stage (by name or index) nor an image reference with a tag, digest or registry path.',
    why:
      'A `--from` value that is not a stage is pulled as an image: a typo in a stage name, or a stage defined further down, silently becomes `docker pull name:latest` and copies from whatever that image holds, or fails the build.',
    example: 'FROM golang:1.27 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=buld /app /app',
    fix: 'Name a stage defined above (or write the image with its tag):\n\nFROM golang:1.27 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app',
    notes:
      'Variables are resolved with their defaults; a `--from` that depends on a build argument without a default is not judged. hadolint also reports an image written without a tag; dfscan accepts a value with a registry path (`--from=docker/buildx-bin`), which cannot be a stage name either. A named build context (`docker build --build-context name=...`) is reported too: it cannot be seen from the Dockerfile; ignore the rule for that line.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'copy' || node.from === null || !node.stage) continue;
      if (node.references.some((r) => r.state !== 'set' && !r.guarded)) continue;
      const from = node.from;
      if (from === '' || IMAGE_LIKE.test(from)) continue;
      if (earlierStage(graph, from, node.stage)) continue;
      if (node.stage.name !== null && node.stage.name === from.toLowerCase()) continue;
      const later = graph.stages.find((s) => s.index > node.stage!.index && (s.name === from.toLowerCase() || String(s.index) === from));
      const flag = node.flags.find((f) => f.name === 'from');
      report({
        node,
        ...(flag ? { start: node.raw.args.toSource(flag.start), end: node.raw.args.toSourceEnd(flag.end) } : {}),
        message: later
          ? `--from=${from} names a stage defined later (line ${graph.file.source.lines.lineOf(later.from.raw.start)}): a stage can only copy from stages above it`
          : `--from=${from} is not a stage defined above: Docker will pull an image named "${from}" instead`,
      });
    }
  },
});
