import { copiedFiles, findSecrets, secretFor } from '../src/context/findings.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'context-secret',
  category: 'security',
  severity: 'error',
  aliases: [],
  summary: 'A COPY brings credentials (.env, private keys, tokens) into a layer',
  fixable: false,
  docs: {
    what:
      'Reports a COPY or ADD that brings in a file holding credentials: .env files, private keys and key stores, SSH keys, .npmrc/.pypirc with tokens, .netrc, cloud and registry credentials, Terraform state. Named files are reported from the Dockerfile alone; files inside copied folders are found in the build context on disk, with .dockerignore applied.',
    why:
      'A file copied into a layer stays there even if a later layer deletes it: anyone who can pull the image, or read the build cache, can read the secret.',
    example: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\n# the context holds .env with DATABASE_PASSWORD=...',
    fix:
      'Keep secrets out of the context (.dockerignore) and pass them at build time as secret mounts, or at run time as environment variables:\n\n# .dockerignore\n.env\n*.pem\n\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
    notes:
      'Template files (`.env.example`, `.env.sample`) are not reported. Build stages are checked too: their layers live in the build cache and in any exported cache.',
  },
  check({ graph, buildContext, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'copy' || node.from !== null) continue;
      // Asked for at the first COPY of the context: a Dockerfile without one never walks it.
      const context = buildContext();
      const found = new Map<string, string>();
      if (context) {
        for (const hit of findSecrets(copiedFiles(node, context), context)) found.set(hit.file.path, hit.secret.label);
      } else {
        // Without a context (standard input), the names written are all there is to go by.
        for (const s of node.sources) {
          if (s.heredoc || /[*?[]/.test(s.value)) continue;
          const path = s.value.replace(/^\.?\/+/, '');
          const secret = secretFor(path);
          if (secret !== null && !secret.content) found.set(path, secret.label);
        }
      }
      if (found.size === 0) continue;
      const list = [...found].slice(0, 3).map(([path, label]) => `${path} (${label})`);
      const more = found.size > 3 ? ` and ${found.size - 3} more` : '';
      const where = node.stage?.inFinalImage ? 'the image' : 'a build-stage layer (kept in the build cache)';
      report({
        node,
        message: `${node.keyword} brings ${list.join(', ')}${more} into ${where}: keep it out with .dockerignore and use a secret mount (RUN --mount=type=secret)`,
      });
    }
  },
});
