import { parseImageRef, registryOf, type ImageRef } from '../src/graph/image-ref.js';
import { earlierStage } from '../src/graph/stages.js';
import type { Node } from '../src/graph/types.js';
import { defineRule } from '../src/rules/types.js';

/** hadolint's patterns: `*` for any, `*.example.com` for a suffix, `example.*` for a prefix. */
function allowed(registry: string, trusted: readonly string[]): boolean {
  return trusted.some((t) => {
    if (t === '*') return true;
    if (t.startsWith('*')) return registry.endsWith(t.slice(1));
    if (t.endsWith('*')) return registry.startsWith(t.slice(0, -1));
    return registry === t || (registry === 'docker.io' && t === 'hub.docker.com');
  });
}

export default defineRule({
  id: 'untrusted-registry',
  category: 'security',
  severity: 'error',
  aliases: ['DL3026'],
  summary: 'An image is pulled from a registry outside the trusted list',
  fixable: false,
  docs: {
    what:
      'When the configuration lists trusted registries (`trusted-registries` in .dfscan.yaml, `trustedRegistries` in .hadolint.yaml), reports every image pulled from another: by FROM, by `COPY --from=image` and by `RUN --mount=from=image`. Images without a registry come from Docker Hub (`docker.io`). Patterns: `*` for any, `*.example.com` for a suffix, `example.*` for a prefix.',
    why: 'A team that mirrors or vets its base images wants builds to use only those; an image from elsewhere has not been through that review, and may vanish or change.',
    example: '# trusted-registries: [registry.example.com]\nFROM docker.io/library/node:22-slim',
    fix: 'Pull the image through the trusted registry:\n\nFROM registry.example.com/library/node:22-slim',
    notes: 'With no trusted registries configured the rule reports nothing.',
  },
  check({ graph, settings, report }) {
    const trusted = settings.trustedRegistries;
    if (trusted.length === 0) return;
    const check = (node: Node, ref: ImageRef, start?: number, end?: number): void => {
      const registry = registryOf(ref);
      if (allowed(registry, trusted)) return;
      report({ node, ...(start !== undefined ? { start, end } : {}), message: `${ref.raw} comes from ${registry}, which is not a trusted registry (${trusted.join(', ')})` });
    };
    for (const node of graph.nodes) {
      if (node.kind === 'from' && node.stage?.base.kind === 'image') check(node, node.stage.base.ref);
      if (!node.stage) continue;
      const refs = node.kind === 'copy' && node.from !== null && !node.fromStage ? [node.from] : node.kind === 'run' ? node.mounts.map((m) => m.from).filter((f): f is string => f !== null) : [];
      for (const value of refs) {
        if (/^\d+$/.test(value) || earlierStage(graph, value, node.stage) || value.includes('$')) continue;
        const ref = parseImageRef(value);
        if (ref) check(node, ref);
      }
    }
  },
});
