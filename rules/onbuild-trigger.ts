import { defineRule } from '../src/rules/types.js';
import { FORBIDDEN_ONBUILD_TRIGGERS } from './data/dockerfile.js';

export default defineRule({
  id: 'onbuild-trigger',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3043'],
  summary: 'ONBUILD triggers ONBUILD, FROM or MAINTAINER',
  fixable: false,
  docs: {
    what: 'Reports `ONBUILD ONBUILD ...`, `ONBUILD FROM ...` and `ONBUILD MAINTAINER ...`.',
    why: 'Docker refuses them: "Chaining ONBUILD via ONBUILD ONBUILD isn\'t allowed", and FROM and MAINTAINER "aren\'t allowed as an ONBUILD trigger".',
    example: 'FROM node:22-slim\nONBUILD FROM node:22-slim',
    fix: 'Trigger a build step instead:\n\nFROM node:22-slim\nONBUILD COPY . /app/',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'onbuild' || !FORBIDDEN_ONBUILD_TRIGGERS.includes(node.triggerKeyword)) continue;
      report({ node, message: `ONBUILD cannot trigger ${node.triggerKeyword}: Docker refuses it` });
    }
  },
});
