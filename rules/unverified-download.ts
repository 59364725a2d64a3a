import { defineRule } from '../src/rules/types.js';
import { isArtifact, isCheckFile, runDownloads, urlPinned } from '../src/graph/downloads.js';
import { isRemote } from '../src/graph/source-kind.js';

export default defineRule({
  id: 'unverified-download',
  category: 'cache',
  severity: 'info',
  aliases: [],
  summary: 'A download (`ADD <url>`, `curl`, `wget`) has neither a version in its URL nor a checksum',
  fixable: false,
  docs: {
    what:
      'Finds `ADD <url>` without `--checksum`, and `curl`/`wget` downloads that are kept (written to a file) or run (piped into a shell or unpacked) in a RUN that checks no checksum or signature, when the URL names no version: no version number, no commit, no version variable, or a moving name such as `latest`, `master` or `stable`.',
    why:
      'The layer cache keys a RUN on its text, not on what the URL serves: a cached build keeps yesterday\'s file, a cache miss (a new builder, a changed line above) fetches whatever is served today. Builds of the same Dockerfile then differ, and nothing notices when the file is replaced, by a new release or by an attacker. A versioned URL fixes what is fetched; a checksum proves it.',
    example: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://get.example.com/install.sh | sh',
    fix:
      'Fetch a versioned file and check its digest in the same RUN (or use `ADD --checksum=sha256:...`):\n\nFROM debian:bookworm-slim\nARG TOOL_VERSION=1.4.2\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool-${TOOL_VERSION}.tgz \\\n && echo "<sha256>  /tmp/tool.tgz" | sha256sum -c - \\\n && tar -xzf /tmp/tool.tgz -C /usr/local/bin && rm /tmp/tool.tgz',
    impact: 'None estimated: the cost is an unreproducible or compromised build, not seconds or bytes.',
    notes:
      'Keys, checksum and signature files (`.asc`, `.sig`, `SHA256SUMS`, keyrings, a pipe into gpg or apt-key) are not reported: they are fetched to check something else. Downloads only read as text (`curl ... | jq`) are API queries, not artifacts. Any checksum or signature command in the RUN (sha256sum, gpg --verify, cosign ...) counts as a check. No hadolint rule covers this.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind === 'copy' && node.isAdd) {
        if (node.flags.some((f) => f.name === 'checksum')) continue;
        for (const s of node.sources) {
          if (!/^(https?|ftp):\/\//i.test(s.value) || !isRemote(s.value) || urlPinned(s.value, new Map())) continue;
          report({
            node,
            start: s.start,
            end: s.end,
            message: `ADD fetches ${short(s.value)} with no version in the URL and no --checksum: the cache keeps the first file served, a cache miss fetches whatever is served then; add \`--checksum=sha256:<digest>\` or use a versioned URL`,
          });
        }
        continue;
      }
      if (node.kind !== 'run') continue;
      const d = runDownloads(node);
      if (d.verified) continue;
      for (const dl of d.downloads) {
        if (!isArtifact(dl) || isCheckFile(dl) || urlPinned(dl.url, node.vars)) continue;
        const use = dl.pipedTo ? `piped into \`${dl.pipedTo.name}\`` : 'saved';
        report({
          node,
          start: dl.command.start,
          end: dl.command.end,
          message: `\`${dl.command.name}\` fetches ${short(dl.url)} (${use}) with no version in the URL and no checksum check: a cached layer keeps the old file, a rebuild gets whatever is served then; use a versioned URL and check its sha256 in the same RUN`,
        });
      }
    }
  },
});

function short(url: string): string {
  return url.length > 70 ? `${url.slice(0, 67)}...` : url;
}
