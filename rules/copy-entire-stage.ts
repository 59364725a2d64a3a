import { rootStage } from '../src/graph/stages.js';
import type { CopyNode, Graph } from '../src/graph/types.js';
import { defineRule } from '../src/rules/types.js';
import { COPY_WHOLE_IMAGES } from './data/dockerfile.js';

/** A stage built FROM scratch holds only what was collected into it; a helper image is made to be copied whole. */
function meantToBeCopied(graph: Graph, node: CopyNode): boolean {
  const root = rootStage(graph, node.fromStage)?.base ?? null;
  if (root?.kind === 'scratch') return true;
  const image = root?.kind === 'image' ? root.ref.name : node.fromStage ? null : node.from;
  return image !== null && COPY_WHOLE_IMAGES.includes(image);
}

export default defineRule({
  id: 'copy-entire-stage',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3067'],
  summary: 'COPY --from copies the whole filesystem of another stage',
  fixable: false,
  docs: {
    what: 'Reports `COPY --from=stage / /`: the root of another stage copied over the root of this one.',
    why:
      'Everything comes along: the other stage\'s package database, /etc, compilers and caches, overwriting this stage\'s own files. The point of a multi-stage build, keeping only what the program needs, is lost, and the result depends on both images\' layouts.',
    example: 'FROM golang:1.27 AS build\nRUN go build -o /out/app .\nFROM alpine:3.24\nCOPY --from=build / /',
    fix: 'Copy only what the final image needs:\n\nFROM golang:1.27 AS build\nRUN go build -o /out/app .\nFROM alpine:3.24\nCOPY --from=build /out/app /usr/local/bin/app',
    notes:
      'hadolint reports every such COPY; dfscan leaves out two intended uses: copying a stage built FROM scratch (it holds only the files collected into it, as in `FROM scratch AS binaries`) and copying tonistiigi/xx, a helper image documented to be used as `COPY --from=xx / /`.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'copy' || node.from === null) continue;
      if (!/^\/+$/.test(node.dest) || !node.sources.some((s) => /^\/+\.?$/.test(s.value))) continue;
      if (meantToBeCopied(graph, node)) continue;
      report({ node, message: `copies the whole filesystem of "${node.from}" over this one: copy only the paths the image needs` });
    }
  },
});
