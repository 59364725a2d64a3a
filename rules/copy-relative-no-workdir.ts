import { alongChains } from '../src/graph/stages.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'copy-relative-no-workdir',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3045'],
  summary: 'COPY to a relative destination with no WORKDIR set',
  fixable: false,
  docs: {
    what:
      'Reports a COPY or ADD whose destination is a relative path (`.`, `app/`) in a stage where no WORKDIR has been set, neither in the stage nor in the stages it is built on.',
    why:
      'A relative destination is resolved against the working directory, which then comes from the base image: `/` for most, `/app`, `/usr/src/app` or `/home/node` for others. Files land somewhere else when the base image changes, and `COPY . .` into `/` mixes the project with the system folders.',
    example: 'FROM node:22-slim\nCOPY . .\nRUN npm ci',
    fix: 'Set the working directory first (or copy to an absolute path):\n\nFROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci',
    notes: 'hadolint checks COPY only; dfscan checks ADD too. Destinations that start with a variable are resolved; one that depends on a build argument without a default is not judged.',
  },
  check({ graph, report }) {
    // Whether a WORKDIR is set by the end of each stage, for those built on it.
    alongChains(graph, false, (stage, workdirSet) => {
      for (const node of stage.nodes) {
        if (node.keyword === 'WORKDIR') workdirSet = true;
        if (workdirSet || node.kind !== 'copy' || node.dest === '') continue;
        if (/^([/\\]|[A-Za-z]:[/\\]?)/.test(node.dest)) continue;
        if (node.references.some((r) => r.state !== 'set' && !r.guarded)) continue;
        report({ node, message: `copies to the relative path "${node.dest}" with no WORKDIR set: the files land in the base image's working directory; add WORKDIR or use an absolute path` });
      }
      return workdirSet;
    });
  },
});
