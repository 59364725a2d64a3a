import { fromWords } from '../src/graph/stages.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'image-untagged',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3006'],
  summary: 'FROM an image without a tag',
  fixable: false,
  docs: {
    what: 'Reports a FROM whose image has neither a tag nor a digest (`FROM debian`). Stage names and `scratch` are not images and are not reported.',
    why:
      'Without a tag Docker pulls `latest`, whatever that is on the day of the build: a new major version of the base arrives unannounced, and two builds of the same commit can differ.',
    example: 'FROM debian\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    fix: 'Name the version (and pin the digest for fully repeatable builds):\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    notes:
      'hadolint skips a FROM that starts with a variable; dfscan resolves ARG defaults (and --build-arg values) and reports the image they name when it has no tag. A FROM that depends on a build argument without a default is not judged.',
  },
  check({ graph, report }) {
    for (const stage of graph.stages) {
      if (stage.base.kind !== 'image' || stage.base.ref.tag !== null || stage.base.ref.digest !== null) continue;
      const image = fromWords(graph, stage.from).image;
      const via = image && image.text !== stage.base.ref.raw ? ` (${image.text} resolves to ${stage.base.ref.raw})` : '';
      report({
        node: stage.from,
        ...(image ? { start: image.start, end: image.end } : {}),
        message: `${stage.base.ref.raw} has no tag${via}: Docker pulls "latest", which changes under you; name a version, e.g. ${stage.base.ref.raw}:<version>`,
      });
    }
  },
});
