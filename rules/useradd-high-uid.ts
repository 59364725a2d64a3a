import { defineRule } from '../src/rules/types.js';
import { formatBytes } from '../src/model/bytes.js';
import { hasFlag, optionValue } from '../src/graph/commands.js';
import { imageHistory } from '../src/graph/image-history.js';
import { runFacts } from '../src/graph/run-facts.js';
import { LASTLOG } from './data/lastlog.js';

export default defineRule({
  id: 'useradd-high-uid',
  category: 'size',
  severity: 'warning',
  aliases: ['DL3046'],
  programs: ['useradd'],
  summary: '`useradd` with a high UID and without `-l` writes a huge sparse lastlog file into the layer',
  fixable: false,
  docs: {
    what: 'Finds `useradd -u UID` with a UID of six digits or more and without `-l`/`--no-log-init`, in the stages of the final image.',
    why:
      'useradd reserves the new user\'s record in /var/log/lastlog and /var/log/faillog at offset UID × record size. On disk the file is sparse, but image layers are tar archives that store it in full: a UID of 100000000 makes a 29 GB lastlog, which fills the builder\'s disk and takes minutes to compress and unpack.',
    example: 'FROM debian:bookworm-slim\nRUN useradd -u 100000000 app',
    fix: 'Add -l (--no-log-init):\n\nFROM debian:bookworm-slim\nRUN useradd -l -u 100000000 app',
    impact: `bytes: UID × ${LASTLOG.recordBytes} bytes of lastlog (${LASTLOG.recordBasis}), compressed at ${LASTLOG.compressionRatio}:1 (${LASTLOG.compressionBasis}).`,
    notes: 'Follows hadolint DL3046 (a UID longer than five digits), but only for stages that end up in the final image: a build stage\'s layers are not shipped.',
  },
  check({ graph, report }) {
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) {
        if (node.kind !== 'run') continue;
        for (const cmd of runFacts(node).commands) {
          if (cmd.name !== 'useradd' || hasFlag(cmd, '-l', '--no-log-init')) continue;
          const uid = optionValue(cmd, ['-u', '--uid']);
          if (uid === null || !/^\d{6,}$/.test(uid)) continue;
          const raw = Number(uid) * LASTLOG.recordBytes;
          const bytes = Math.round(raw / LASTLOG.compressionRatio);
          report({
            node,
            start: cmd.start,
            end: cmd.end,
            message: `\`useradd -u ${uid}\` without -l writes a ${formatBytes(raw)} lastlog into the layer (~${formatBytes(bytes)} compressed): add -l (--no-log-init)`,
            impact: { bytes },
          });
        }
      }
    }
  },
});
