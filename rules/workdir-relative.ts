import { alongChains } from '../src/graph/stages.js';
import { defineRule } from '../src/rules/types.js';

/** `/app`, `C:\app`, `C:/app`. */
const ABSOLUTE = /^([/\\]|[A-Za-z]:([/\\]|$))/;

export default defineRule({
  id: 'workdir-relative',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3000', 'WorkdirRelativePath'],
  summary: 'A relative WORKDIR with no absolute WORKDIR before it',
  fixable: false,
  docs: {
    what:
      'Reports a WORKDIR with a relative path when no absolute WORKDIR comes before it in the stage or the stages it is built on.',
    why:
      'A relative WORKDIR is resolved against the working directory the base image sets: the same line means `/app` on one base and `/usr/src/app/app` on another, and changes when the base image does.',
    example: 'FROM node:22-slim\nWORKDIR app\nCOPY . .',
    fix: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .',
    notes:
      'hadolint DL3000 reports every relative WORKDIR; dfscan follows BuildKit\'s WorkdirRelativePath and accepts one that follows an absolute WORKDIR of the same build (`WORKDIR /src` then `WORKDIR app`), whose result is known. Paths written with variables are resolved first.',
  },
  check({ graph, report }) {
    // Whether an absolute working directory is set by the end of each stage, for those built on it.
    alongChains(graph, false, (stage, absoluteSet) => {
      for (const node of stage.nodes) {
        if (node.kind !== 'other' || node.keyword !== 'WORKDIR') continue;
        if (node.references.some((r) => r.state !== 'set' && !r.guarded)) {
          absoluteSet = true;
          continue;
        }
        if (ABSOLUTE.test(node.value)) {
          absoluteSet = true;
          continue;
        }
        if (absoluteSet) continue;
        report({ node, message: `WORKDIR ${node.value} is relative to the base image's working directory: write an absolute path (e.g. /${node.value.replace(/^\.\//, '')})` });
      }
      return absoluteSet;
    });
  },
});
