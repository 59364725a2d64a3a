import { fromWords } from '../src/graph/stages.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'image-latest',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3007'],
  summary: 'FROM an image tagged latest',
  fixable: false,
  docs: {
    what: 'Reports a FROM whose image is tagged `latest` without a digest.',
    why:
      '`latest` moves with every release of the image: the base of the build changes without any change to the Dockerfile, and a rebuild of an old commit no longer gives the old image.',
    example: 'FROM node:latest',
    fix: 'Name the release line (and pin the digest for fully repeatable builds):\n\nFROM node:22-slim',
    notes: 'A tag written through a variable is resolved with its default, which hadolint does not do.',
  },
  check({ graph, report }) {
    for (const stage of graph.stages) {
      if (stage.base.kind !== 'image' || stage.base.ref.tag !== 'latest' || stage.base.ref.digest !== null) continue;
      const image = fromWords(graph, stage.from).image;
      report({
        node: stage.from,
        ...(image ? { start: image.start, end: image.end } : {}),
        message: `${stage.base.ref.raw} follows whatever "latest" is on the day of the build: pin a version tag`,
      });
    }
  },
});
