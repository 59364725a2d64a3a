import { posix } from 'node:path';
import { appendToRun } from '../src/fix/edits.js';
import { flatten } from '../src/graph/lists.js';
import { defineRule, type Fix } from '../src/rules/types.js';
import { DOWNLOADERS, runDownloads } from '../src/graph/downloads.js';
import { imageHistory } from '../src/graph/image-history.js';
import { removes } from '../src/graph/paths.js';
import { runFacts } from '../src/graph/run-facts.js';
import type { Graph, RunNode } from '../src/graph/types.js';

export default defineRule({
  id: 'archive-not-removed',
  category: 'size',
  severity: 'warning',
  aliases: [],
  programs: DOWNLOADERS,
  summary: 'A downloaded archive is unpacked (or installed) and then left in the layer',
  fixable: true,
  docs: {
    what:
      'Finds, in the stages of the final image, a RUN that downloads an archive or package file with curl or wget, unpacks or installs it (`tar -x`, `unzip`, `7z x`, `dpkg -i`, `rpm -i`, `apt-get install ./x.deb`), and does not delete it, in that RUN or later.',
    why:
      'The layer keeps the archive beside what was unpacked from it, so the image carries the same content twice, once compressed. Deleting it in the same RUN, or streaming the download straight into tar, keeps only the result.',
    example: 'FROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/node.tar.xz https://nodejs.org/dist/v22.11.0/node-v22.11.0-linux-x64.tar.xz \\\n && tar -xJf /tmp/node.tar.xz -C /usr/local --strip-components=1',
    fix:
      'Delete the archive in the same RUN, or stream it:\n\nFROM debian:bookworm-slim\nRUN curl -fsSL https://nodejs.org/dist/v22.11.0/node-v22.11.0-linux-x64.tar.xz \\\n  | tar -xJ -C /usr/local --strip-components=1\n\n`--fix` appends `&& rm -f` of the archive (by its absolute path, so a `cd` in between does not matter) to the RUN, for a plain path that no later RUN names.',
    impact: 'bytes: not known before the build (the archive\'s size), so null; the archive is roughly as large as the compressed size of what it unpacks.',
    notes:
      'An archive deleted in a later RUN is reported by split-cleanup instead (its bytes stay too). Archives brought in with COPY or ADD are outside this rule. Only stages that end up in the final image are checked.',
  },
  check({ graph, report }) {
    const lines = graph.file.source.lines;
    const runs = flatten(imageHistory(graph).chain, (s) => s.nodes.filter((n): n is RunNode => n.kind === 'run'));
    runs.forEach((node, position) => {
      const { downloads, unpacks } = runDownloads(node);
      const deletes = runFacts(node).deletes;
      for (const u of unpacks) {
        const download = downloads.find((d) => d.file === u.archive && d.index < u.index);
        if (!download) continue;
        if (deletes.some((d) => d.index > u.index && removes(d.target, u.archive))) continue;
        if (runs.slice(position + 1).some((later) => runFacts(later).deletes.some((d) => removes(d.target, u.archive)))) continue;
        const verb = ['tar', 'bsdtar', 'unzip', '7z', '7za'].includes(u.command.name) ? 'unpacks' : 'installs';
        const line = lines.lineOf(download.command.start);
        report({
          node,
          start: u.command.start,
          end: u.command.end,
          message: `\`${u.command.name}\` ${verb} ${u.archive} (downloaded on line ${line}) and leaves the archive in the layer beside its contents: append \`&& rm ${u.archive}\`, or pipe the download straight into ${verb === 'unpacks' ? u.command.name : 'the install'}`,
          fix: removeArchiveFix(graph, node, u.archive, runs.slice(position + 1)),
        });
      }
    });
  },
});

/**
 * `&& rm -f ARCHIVE` at the end of the RUN, for a plain path that no later RUN names (one that
 * unpacks it again, say).
 */
function removeArchiveFix(graph: Graph, node: RunNode, archive: string, later: readonly RunNode[]): Fix | null {
  if (!/^[A-Za-z0-9_./+-]+$/.test(archive) || later.some((run) => run.args.text.includes(posix.basename(archive)))) return null;
  const edit = appendToRun(graph, node, `rm -f ${archive}`);
  return edit ? { description: `remove ${archive}`, safety: 'safe', edits: [edit] } : null;
}
