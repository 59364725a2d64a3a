import { unquote } from '../src/parse/words.js';
import { defineRule } from '../src/rules/types.js';

/** Docker's label key guideline: lower-case letters, digits, `.`, `-` (and hadolint accepts `_` and `/`). */
function keyProblem(key: string): string | null {
  if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a lower-case letter or digit';
  if (/[^a-z0-9._/-]/.test(key)) return 'may use only lower-case letters, digits, ".", "-", "_" and "/"';
  if (/\.\.|--/.test(key)) return 'must not repeat "." or "-"';
  if (/^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key)) return 'uses a namespace reserved for Docker';
  return null;
}

export default defineRule({
  id: 'label-key-invalid',
  category: 'style',
  severity: 'style',
  aliases: ['DL3048'],
  summary: 'A label key breaks Docker\'s naming guideline',
  fixable: false,
  docs: {
    what:
      'Reports label keys that do not follow Docker\'s guideline: lower-case letters, digits, `.` and `-` (hadolint also allows `_` and `/`), starting with a letter and ending with a letter or digit, no `..` or `--`, and not in the namespaces Docker reserves (`com.docker.*`, `io.docker.*`, `org.dockerproject.*`).',
    why: 'Tools that read labels (registries, scanners, orchestrators) expect reverse-DNS keys such as `org.opencontainers.image.source`; keys in other forms are easy to mistype and to miss.',
    example: 'FROM alpine:3.24\nLABEL Maintainer="jane@example.com" com.docker.extension=1',
    fix: 'FROM alpine:3.24\nLABEL org.opencontainers.image.authors="jane@example.com" com.example.extension=1',
    notes: 'Keys written with variables are not judged.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'label') continue;
      for (const v of node.vars) {
        const key = unquote(v.name, graph.file.escape);
        if (key.includes('$')) continue;
        const problem = keyProblem(key);
        if (problem) report({ node, start: v.start, end: v.end, message: `label key "${key}" ${problem}` });
      }
    }
  },
});
