import { defineRule } from '../src/rules/types.js';
import { REMOTE_SOURCE } from './data/dockerfile.js';

/** A COPY source as a path relative to the context root: `./src/` → `src`. */
function contextPath(source: string): string {
  const parts: string[] = [];
  for (const part of source.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

export default defineRule({
  id: 'copy-ignored-file',
  category: 'correctness',
  severity: 'warning',
  aliases: ['CopyIgnoredFile'],
  summary: 'COPY or ADD of a path that .dockerignore leaves out of the build context',
  fixable: false,
  docs: {
    what:
      'Reports a COPY or ADD from the build context whose source path the context\'s .dockerignore excludes (`<Dockerfile>.dockerignore` beside the Dockerfile, else `.dockerignore` at the context root).',
    why: 'An excluded file is not sent to the builder: the COPY fails with "not found", or, for a folder with re-included parts, copies less than it says.',
    example: '# .dockerignore: config/local.yaml\nFROM node:22-slim\nCOPY config/local.yaml /app/config/',
    fix: 'Copy something the context has, or stop excluding it:\n\n# .dockerignore: config/local.yaml\nFROM node:22-slim\nCOPY config/defaults.yaml /app/config/',
    notes:
      'Paths with wildcards are not judged (what they match depends on the files present), nor the context root itself. Needs the build context on disk: a Dockerfile read from standard input has none.',
  },
  check({ graph, buildContext, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'copy' || node.from !== null) continue;
      // Asked for at the first COPY of the context: a Dockerfile without one never walks it.
      const context = buildContext();
      if (!context || context.ignore.patterns.length === 0) return;
      for (const s of node.sources) {
        if (s.heredoc || REMOTE_SOURCE.test(s.value) || /[*?[]/.test(s.value)) continue;
        const path = contextPath(s.value);
        if (path === '' || !context.ignore.ignores(path)) continue;
        report({ node, start: s.start, end: s.end, message: `${s.value} is excluded by .dockerignore, so the build context does not have it: ${node.keyword} fails or copies less than written` });
      }
    }
  },
});
