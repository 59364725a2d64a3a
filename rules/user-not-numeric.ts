import { imageHistory } from '../src/graph/image-history.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'user-not-numeric',
  category: 'security',
  severity: 'info',
  aliases: ['DL3066'],
  summary: 'USER names a user instead of a numeric user id',
  fixable: false,
  docs: {
    what: 'Reports a USER in the final image given by name (`USER app`) rather than by numeric id (`USER 10001` or `USER 10001:10001`).',
    why:
      'A name means something only inside the image\'s /etc/passwd. Kubernetes `runAsNonRoot` cannot verify a name and refuses to start the pod; security policies and volume permissions on the host work with numbers.',
    example: 'FROM node:22-slim\nUSER node',
    fix: 'Use the id (node is 1000 in the official images):\n\nFROM node:22-slim\nUSER 1000:1000',
    notes:
      'hadolint reports every USER; dfscan looks only at the stages the final image keeps, since a build stage\'s user never runs the container. A USER given by a build argument is resolved with its default (hadolint skips it); one without a default is not judged.',
  },
  check({ graph, report }) {
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) {
        if (node.kind !== 'other' || node.keyword !== 'USER') continue;
        if (node.references.some((r) => r.state !== 'set' && !r.guarded)) continue;
        const uid = node.value.split(':')[0]!.trim();
        if (uid === '' || /^\d+$/.test(uid)) continue;
        report({ node, message: `USER ${node.value} is a name: give the numeric id (USER <uid>:<gid>) so that the host and Kubernetes can tell it is not root` });
      }
    }
  },
});
