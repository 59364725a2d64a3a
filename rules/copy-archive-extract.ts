import { imageHistory } from '../src/graph/image-history.js';
import { basenameOf, withoutQuery } from '../src/graph/paths.js';
import { runFacts } from '../src/graph/run-facts.js';
import type { ShellCommand } from '../src/parse/shell/commands.js';
import type { CopyNode, RunNode } from '../src/graph/types.js';
import { defineRule, type ReportDescriptor } from '../src/rules/types.js';
import { REMOTE_SOURCE, TAR_ARCHIVE } from './data/dockerfile.js';

/** `tar -x`, `tar xzf`, `tar --extract`, `bsdtar -x`. */
function isTarExtract(cmd: ShellCommand): boolean {
  if (cmd.name !== 'tar' && cmd.name !== 'bsdtar') return false;
  return cmd.args.some((a, i) => {
    const v = a.value ?? a.text;
    if (v === '--extract' || v === '--get') return true;
    if (/^-[A-Za-z]*x/.test(v) && !v.startsWith('--')) return true;
    return i === 0 && /^[A-Za-z]+$/.test(v) && v.includes('x');
  });
}

interface Brought {
  readonly node: CopyNode;
  readonly name: string;
  readonly remote: boolean;
}

export default defineRule({
  id: 'copy-archive-extract',
  category: 'size',
  severity: 'info',
  aliases: ['DL3010'],
  summary: 'An archive is copied in one layer and unpacked in another',
  fixable: false,
  docs: {
    what:
      'Finds a tar archive brought into the final image by COPY (or downloaded by `ADD <url>`, which does not unpack) and unpacked by `tar -x` in a later RUN.',
    why:
      'The COPY layer keeps the archive, and the RUN layer adds its unpacked contents: the image stores the files twice, once compressed. Deleting the archive afterwards does not help, since the layer that holds it is already written. `ADD` of a local tar archive unpacks it in a single layer; a download unpacked in the RUN that fetches it is never stored.',
    example: 'FROM debian:bookworm-slim\nCOPY vendor.tar.gz /tmp/\nRUN tar -xzf /tmp/vendor.tar.gz -C /opt && rm /tmp/vendor.tar.gz',
    fix:
      'Let ADD unpack the local archive (or download and unpack in one RUN):\n\nFROM debian:bookworm-slim\nADD vendor.tar.gz /opt/\n\n# a download:\nRUN curl -fsSL https://example.com/vendor-1.2.tar.gz | tar -xz -C /opt',
    impact: 'bytes: not estimated. The archive\'s size is that of a file in the build context or on a server, which dfscan does not read; the finding carries no byte figure.',
    notes:
      'Only archives ADD can unpack (tar, plain or gzip/bzip2/xz-compressed) are reported: ADD copies a `.zip` or a compressed single file as it is, so hadolint\'s `unzip`/`gunzip` cases are left out. Only stages that end up in the final image are looked at; an archive unpacked in a build stage costs the final image nothing. A `--mount=type=bind` of the archive in the RUN that unpacks it also avoids the copy.',
  },
  check({ graph, report }) {
    // The stages of the final image share their layers, so an archive copied in one is unpacked in another.
    const brought: Brought[] = [];
    const lineOf = (offset: number): number => graph.file.source.lines.lineOf(offset);
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) {
        if (node.kind === 'copy' && node.from === null) {
          for (const s of node.sources) {
            const remote = REMOTE_SOURCE.test(s.value);
            if (s.heredoc || !TAR_ARCHIVE.test(withoutQuery(s.value))) continue;
            // ADD unpacks a local archive itself.
            if (node.isAdd && !remote) continue;
            brought.push({ node, name: basenameOf(withoutQuery(s.value)), remote });
          }
          const destName = basenameOf(node.dest);
          const single = node.sources.length === 1 ? node.sources[0]! : null;
          const singleRemote = single !== null && REMOTE_SOURCE.test(single.value);
          if (single && !single.heredoc && TAR_ARCHIVE.test(destName) && (!node.isAdd || singleRemote) && !brought.some((b) => b.node === node && b.name === destName)) {
            brought.push({ node, name: destName, remote: singleRemote });
          }
          continue;
        }
        if (node.kind !== 'run' || brought.length === 0) continue;
        reportExtractions(node, brought, lineOf, report);
      }
    }
  },
});

function reportExtractions(run: RunNode, brought: Brought[], lineOf: (offset: number) => number, report: (d: ReportDescriptor) => void): void {
  for (const cmd of runFacts(run).commands) {
    if (!isTarExtract(cmd)) continue;
    const names = new Set(cmd.args.map((a) => basenameOf(a.value ?? a.text)));
    for (let i = brought.length - 1; i >= 0; i--) {
      const b = brought[i]!;
      if (!names.has(b.name)) continue;
      brought.splice(i, 1);
      const line = lineOf(cmd.start);
      report({
        node: b.node,
        message: b.remote
          ? `ADD downloads ${b.name} without unpacking it, and \`tar\` on line ${line} unpacks it in another layer: the archive stays in the image; download and unpack in one RUN (curl ... | tar -x)`
          : `${b.name} is copied in this layer and unpacked by \`tar\` on line ${line}: the archive stays in the image beside its contents; \`ADD ${b.name} <dir>/\` unpacks it in one layer`,
      });
    }
  }
}
