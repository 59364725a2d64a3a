import { retagFix } from '../src/fix/base-image.js';
import { imageHistory } from '../src/graph/image-history.js';
import { displayRef } from '../src/graph/image-ref.js';
import { baseImageSize } from '../src/model/base-images.js';
import { formatBytes } from '../src/model/bytes.js';
import { slimmerVariant } from '../src/model/slim-variants.js';
import { toolchainImage } from '../src/model/toolchain-images.js';
import { defineRule } from '../src/rules/types.js';
import { JVM_BUILD_COMMANDS } from './data/toolchains.js';
import { runFacts } from '../src/graph/run-facts.js';
import { sourceKind } from '../src/graph/source-kind.js';
import type { Stage } from '../src/graph/types.js';

export default defineRule({
  id: 'fat-base',
  category: 'size',
  severity: 'warning',
  aliases: [],
  summary: 'The final image is built on a full base image where a slimmer variant exists',
  fixable: true,
  docs: {
    what:
      'Follows the final stage back to the image it is built on (through stage names and ARG defaults) and reports a full variant (`node:22`, `python:3.13`, `debian:bookworm`, `eclipse-temurin:21-jdk`) when the same image comes in a slimmer variant (`-slim`, `-jre`), with both sizes from the measured table.',
    why:
      'The base image is the floor of the final image\'s size. The full Debian-based variants carry compilers, headers and tools (hundreds of MB) that a running application rarely needs; every pull and every node that stores the image pays for them.',
    example: 'FROM node:22\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]',
    fix:
      'Use the slim variant; install the few system packages the application needs on top:\n\nFROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n\n' +
      '`--fix-unsafe` (not `--fix`) changes the tag in the FROM, since the slim variant may lack a tool or library that a later step or the application uses: test the image. A tag given through an ARG gets the suffix (`node:${NODE_VERSION}-slim`). Never done: the Alpine variant (another C library), an image pinned by digest, a base that stages outside the final image also build on or copy from.',
    impact:
      'bytes: compressed size of the current base minus that of the slimmer variant (rules/data/base-images.json, from docker-library/repo-info). For a tag missing from the table the nearest known tag of the same variant stands in, and the message says "about".',
    notes:
      'The glibc slim variant is preferred; the Alpine variant (musl libc, which changes how native code behaves) is named only where no slim variant exists. Toolchain images (golang, rust, maven, the .NET SDK) are left to no-multi-stage. Build stages that do not reach the final image are not checked.',
  },
  check({ graph, report }) {
    const history = imageHistory(graph);
    const root = history.base;
    if (!root || root.base.kind !== 'image') return;
    const { ref, viaArgs } = root.base;
    if (toolchainImage(ref)) return;
    const current = baseImageSize(ref);
    if (!current) return;
    const tag = ref.tag ?? 'latest';
    const slim = slimmerVariant(ref.name, tag, current, runsOnlyArtifacts(history.chain));
    if (!slim) return;
    const approx = !current.exact || !slim.size.exact ? 'about ' : '';
    const through = viaArgs.length > 0 ? ` (through ARG ${viaArgs.join(', ')})` : '';
    const final = graph.finalStage;
    const viaStage = final && final !== root.stage ? `, the base of the final stage` : '';
    const musl = slim.libcChange ? ' (Alpine: musl libc, test native dependencies)' : '';
    report({
      node: root.stage.from,
      message: `${displayRef(ref)}${through}${viaStage} is a full image (${approx}${formatBytes(current.bytes)}); ${ref.name}:${slim.tag}${musl} is ${approx}${formatBytes(slim.size.bytes)}: ${approx}${formatBytes(slim.saved)} less to pull and store`,
      impact: { bytes: slim.saved },
      savingsGroup: 'base-image',
      fix: slim.libcChange ? null : retagFix(graph, history.chain, root.stage.from, ref, slim.tag),
    });
  },
});

/** The image ships a built artefact (copied from a stage, a jar, source) and compiles no Java itself. */
function runsOnlyArtifacts(chain: readonly Stage[]): boolean {
  let ships = false;
  for (const stage of chain) {
    for (const node of stage.nodes) {
      if (node.kind === 'copy') {
        if (node.fromStage || node.sources.some((s) => /\.(jar|war|ear)$/i.test(s.value) || (node.from === null && sourceKind(s, node) === 'source'))) ships = true;
      } else if (node.kind === 'run' && runFacts(node).commands.some((c) => JVM_BUILD_COMMANDS.has(c.name))) {
        return false;
      } else if ((node.kind === 'cmd' || node.kind === 'entrypoint') && startsJvmTool(node.exec ? node.exec.join(' ') : node.args.text)) {
        return false;
      }
    }
  }
  return ships;
}

function startsJvmTool(command: string): boolean {
  const program = command.trim().split(/\s+/)[0] ?? '';
  return JVM_BUILD_COMMANDS.has(program.slice(program.lastIndexOf('/') + 1));
}
