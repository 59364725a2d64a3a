import { defineRule } from '../src/rules/types.js';
import { HADOLINT_ARCHIVE_ENDINGS, REMOTE_SOURCE } from './data/dockerfile.js';

export default defineRule({
  id: 'add-local-file',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3020'],
  summary: 'ADD of local files or folders: use COPY',
  fixable: false,
  docs: {
    what: 'Reports an ADD whose sources include a local file or folder that is not an archive.',
    why:
      'ADD does more than copy: it unpacks tar archives and downloads URLs. For plain files it does the same as COPY, but a reader has to check which of its behaviours is meant, and a file that happens to be a tarball is unpacked instead of copied. COPY says exactly what happens.',
    example: 'FROM python:3.13-slim\nADD requirements.txt /app/',
    fix: 'FROM python:3.13-slim\nCOPY requirements.txt /app/',
    notes: 'As in hadolint, a source ending like an archive (`.tar.gz`, `.tgz`, `.xz`, ...) or a URL is ADD\'s own job and is not reported. Sources are read after variable expansion.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'copy' || !node.isAdd) continue;
      const local = node.sources.filter((s) => !REMOTE_SOURCE.test(s.value) && !HADOLINT_ARCHIVE_ENDINGS.some((e) => s.value.endsWith(e)));
      if (local.length === 0) continue;
      const names = local.map((s) => (s.heredoc ? 'a heredoc' : `"${s.value}"`)).slice(0, 3).join(', ');
      report({ node, message: `ADD of ${names}: use COPY, which copies without ADD's unpacking and downloading` });
    }
  },
});
