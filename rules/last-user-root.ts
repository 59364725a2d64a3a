import { imageHistory } from '../src/graph/image-history.js';
import type { Node } from '../src/graph/types.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'last-user-root',
  category: 'security',
  severity: 'warning',
  aliases: ['DL3002'],
  summary: 'The final image runs as root because its last USER is root',
  fixable: false,
  docs: {
    what: 'Reports the last USER instruction of the final image when it switches to root (`USER root`, `USER 0`, `USER root:root`).',
    why:
      'The container\'s process then runs as root: a flaw in the application, or in anything it runs, gets root in the container, and much closer to the host. Switching to root to install something is fine; switching back to an unprivileged user afterwards is the point.',
    example: 'FROM node:22-slim\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*\nCMD ["node", "server.js"]',
    fix: 'Switch back after the privileged steps:\n\nFROM node:22-slim\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*\nUSER node\nCMD ["node", "server.js"]',
    notes:
      'hadolint reports the last USER of every stage; dfscan looks only at the stages whose settings the final image keeps (the final stage and those it is built FROM), since a build stage\'s user does not reach the running container. An image with no USER at all runs as its base image\'s user and is not reported.',
  },
  check({ graph, report }) {
    let last: (Node & { kind: 'other' }) | null = null;
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) if (node.kind === 'other' && node.keyword === 'USER') last = node;
    }
    if (!last) return;
    const user = last.value.split(':')[0]!.trim();
    if (user !== 'root' && user !== '0') return;
    report({ node: last, message: `the final image runs as ${last.value}: switch to an unprivileged user (USER app, USER 10001) after the steps that need root` });
  },
});
