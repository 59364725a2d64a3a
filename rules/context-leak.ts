import { copiedFiles, findLeaks } from '../src/context/findings.js';
import { sourceKind } from '../src/graph/source-kind.js';
import type { CopyNode } from '../src/graph/types.js';
import { formatBytes, formatSeconds } from '../src/model/bytes.js';
import { compressedTotal } from '../src/model/compressed.js';
import { nodeSeconds } from '../src/model/durations.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'context-leak',
  category: 'size',
  severity: 'warning',
  aliases: [],
  summary: 'A COPY brings in what does not belong in an image (.git, node_modules, build output, large data)',
  fixable: false,
  docs: {
    what:
      'Reads the build context on disk (with .dockerignore applied as Docker applies it, including `<Dockerfile>.dockerignore`) and reports a COPY or ADD of a folder that brings in version-control data, installed dependencies, build output, editor files, logs or files of 10 MB and more; and a copy of the whole context when there is no .dockerignore at all.',
    why:
      'Everything copied is stored in the layer and sent to the builder on every build. Dependencies installed on the host are for the host\'s platform and are installed again in the image anyway; .git and logs change without any source edit, so every commit invalidates the COPY and every step after it re-runs.',
    example: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n# the context holds node_modules/ and .git/, and there is no .dockerignore',
    fix: 'List them in .dockerignore beside the context root:\n\n# .dockerignore\n.git\nnode_modules\ndist\n*.log',
    impact:
      'bytes: the leaked files\' size on disk, compressed (× 0.4, or as is for already-compressed files); rebuildSeconds: for .git, logs and temporary files, which change without a source edit, the steps after the COPY in its stage.',
    notes:
      'Needs the build context on disk (the Dockerfile\'s folder, or --context); silent for standard input. A COPY that names such a folder itself (`COPY dist/ /srv`) is deliberate and not reported.',
  },
  check({ graph, buildContext, report }) {
    for (const stage of graph.stages) {
      for (const node of stage.nodes) {
        if (node.kind !== 'copy' || node.from !== null) continue;
        if (!node.sources.some((s) => sourceKind(s, node) === 'source')) continue;
        // Asked for at the first COPY of the context: a Dockerfile without one never walks it.
        const context = buildContext();
        if (!context) return;
        const files = copiedFiles(node, context);
        const groups = findLeaks(files);
        const leaked = groups.flatMap((g) => g.files);
        const bytes = leaked.length > 0 && stage.inFinalImage ? compressedTotal(leaked) : null;
        const volatile = groups.some((g) => g.leak.volatile);
        const seconds = volatile ? secondsAfter(node) : null;
        const copiesRoot = node.sources.some((s) => /^(\.\/?|\/|\*)?$/.test(s.value));
        const written = `${node.keyword} ${node.args.text}`.replace(/\s+/g, ' ').slice(0, 40);
        const what = groups.map((g) => `${g.roots.slice(0, 3).join(', ')}${g.roots.length > 3 ? ` and ${g.roots.length - 3} more` : ''} (${g.leak.label}, ${formatBytes(compressedTotal(g.files))})`);
        const cache = seconds ? `; they change without a source edit, re-running ~${formatSeconds(seconds)} of steps` : '';
        if (context.ignore.file === null && copiesRoot) {
          report({
            node,
            message: `there is no .dockerignore: ${written} sends the whole context (${files.length} files)${what.length > 0 ? ` including ${what.join(', ')}` : ''}${cache}; add a .dockerignore`,
            impact: { bytes, rebuildSeconds: seconds },
          });
        } else if (groups.length > 0) {
          report({
            node,
            message: `${written} brings in ${what.join(', ')}${cache}; add them to ${context.ignore.file ? '.dockerignore' : 'a .dockerignore'}`,
            impact: { bytes, rebuildSeconds: seconds },
          });
        }
      }
    }
  },
});

/** Seconds of the layer steps after a COPY in its stage, which re-run when it is invalidated. */
function secondsAfter(node: CopyNode): number {
  const nodes = node.stage?.nodes ?? [];
  return nodes.slice(nodes.indexOf(node)).reduce((n, x) => n + nodeSeconds(x), 0);
}
