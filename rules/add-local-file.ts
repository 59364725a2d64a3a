import { defineRule, type Fix } from '../src/rules/types.js';
import { addAsCopyFix } from '../src/fix/instruction-fixes.js';
import type { CopyNode, CopySource, Graph } from '../src/graph/types.js';
import { ADD_ONLY_FLAGS, HADOLINT_ARCHIVE_ENDINGS, PLAIN_FILE_ENDING, REMOTE_SOURCE } from './data/dockerfile.js';

export default defineRule({
  id: 'add-local-file',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3020'],
  summary: 'ADD of local files or folders: use COPY',
  fixable: true,
  docs: {
    what: 'Reports an ADD whose sources include a local file or folder that is not an archive.',
    why:
      'ADD does more than copy: it unpacks tar archives and downloads URLs. For plain files it does the same as COPY, but a reader has to check which of its behaviours is meant, and a file that happens to be a tarball is unpacked instead of copied. COPY says exactly what happens.',
    example: 'FROM python:3.13-slim\nADD requirements.txt /app/',
    fix: 'FROM python:3.13-slim\nCOPY requirements.txt /app/\n\n`--fix` writes COPY when every source is local and not an archive, and the ADD has none of ADD\'s own flags (--checksum, --keep-git-dir, --unpack). Docker tells an archive by its content, so only folders, heredocs and names with a plain ending (`.txt`, `.json`, `.sh`, `.py` ...) make the fix safe; other names need `--fix-unsafe`.',
    notes: 'As in hadolint, a source ending like an archive (`.tar.gz`, `.tgz`, `.xz`, ...) or a URL is ADD\'s own job and is not reported. Sources are read after variable expansion.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'copy' || !node.isAdd) continue;
      const local = node.sources.filter((s) => !REMOTE_SOURCE.test(s.value) && !HADOLINT_ARCHIVE_ENDINGS.some((e) => s.value.endsWith(e)));
      if (local.length === 0) continue;
      const names = local.map((s) => (s.heredoc ? 'a heredoc' : `"${s.value}"`)).slice(0, 3).join(', ');
      report({ node, message: `ADD of ${names}: use COPY, which copies without ADD's unpacking and downloading`, fix: copyFix(graph, node, local) });
    }
  },
});

/** COPY in place of the ADD, when all its sources are local files or folders and it uses no flag of ADD's own. */
function copyFix(graph: Graph, node: CopyNode, local: readonly CopySource[]): Fix | null {
  if (local.length !== node.sources.length || node.flags.some((f) => ADD_ONLY_FLAGS.includes(f.name))) return null;
  return addAsCopyFix(graph, node, local.every(isPlain) ? 'safe' : 'unsafe');
}

/** A source ADD copies as COPY would whatever it holds: a folder, a heredoc, a plain file name. */
function isPlain(source: CopySource): boolean {
  return source.heredoc || source.value === '.' || source.value.endsWith('/') || PLAIN_FILE_ENDING.test(source.value);
}
