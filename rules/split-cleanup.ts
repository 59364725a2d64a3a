import { imageHistory } from '../src/graph/image-history.js';
import { splitCleanupFix } from '../src/fix/split-cleanup-fix.js';
import { formatBytes } from '../src/model/bytes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'split-cleanup',
  category: 'size',
  severity: 'warning',
  aliases: [],
  summary: 'Files are deleted in a later layer than the one that wrote them: the bytes stay',
  fixable: true,
  docs: {
    what:
      'Finds a RUN in the final image that deletes a package cache (`rm -rf /var/lib/apt/lists/*`, `yum clean all`, ...) or files (a downloaded archive, copied tests, a cloned repository) that an earlier layer wrote.',
    why:
      'Each layer is stored as it was when its instruction finished. Deleting in a later layer only hides the files: their bytes are still pulled and stored with the image. The cleanup must run in the same RUN that created the files.',
    example:
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*',
    fix:
      'Do the cleanup in the RUN that writes the files (and drop the RUN left empty):\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n\n' +
      '`--fix` does this within one stage. For a package cache, the RUN that wrote it gets package-cache\'s fix (the flag or the cleanup), and the later cleanup goes when it cleaned nothing else (the later RUN goes with it when that was all it ran); it stays when the later RUN writes the cache again. For other files, the deleting command moves to the end of the RUN that wrote them, when nothing stands between the two RUNs but instructions that only set metadata, every word of it is literal and every path absolute, everything it deletes came from that RUN, and only other deletions come before it in its RUN. Not fixed: files brought in by COPY, a cache whose index a RUN in between still installs from, a stage built on another.',
    impact:
      'bytes: the typical size of the cache (rules/data/package-caches.ts); for other files, not known before the build context is measured.',
    notes:
      'Files brought in by COPY and removed later are better kept out with .dockerignore. Only stages that end up in the final image are checked.',
  },
  check({ graph, report }) {
    const lines = graph.file.source.lines;
    const splits = imageHistory(graph).splitCleanups;
    for (const s of splits) {
      const writtenAt = lines.lineOf(s.createdBy.raw.start);
      const what = s.cache
        ? `the ${s.cache.id} cache written on line ${writtenAt} (~${formatBytes(s.cache.bytes)})`
        : `${s.path} written by ${s.createdBy.keyword} on line ${writtenAt}`;
      const advice = s.cache || s.createdBy.kind === 'run'
        ? 'clean up in the RUN that writes it'
        : 'bind-mount it for the RUN that uses it (`RUN --mount=type=bind,...`) instead of copying it, or keep it out with .dockerignore';
      report({
        node: s.node,
        start: s.command.start,
        end: s.command.end,
        message: `\`${s.label}\` removes ${what} in a later layer: the bytes stay in the image; ${advice}`,
        impact: { bytes: s.cache ? s.cache.bytes : null },
        fix: splitCleanupFix(graph, s, splits),
      });
    }
  },
});
