import { imageHistory } from '../src/graph/image-history.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'healthcheck-missing',
  category: 'correctness',
  severity: 'info',
  aliases: ['DL3057'],
  summary: 'The final image has no HEALTHCHECK',
  fixable: false,
  optIn: true,
  docs: {
    what: 'Reports a final image that sets no HEALTHCHECK, neither in its own stage nor in the stages it is built FROM. Off unless turned on in the configuration.',
    why: 'Without a health check Docker (and Swarm, and Compose `depends_on: condition: service_healthy`) only knows that the process runs, not that it answers; a hung server stays "up".',
    example: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/',
    fix: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/ || exit 1',
    notes:
      'Opt-in, as in hadolint, whose default severity for DL3057 is "ignore": many images run under Kubernetes, which ignores HEALTHCHECK and uses its own probes. hadolint reports every stage without one; dfscan reports only the final image, the one that runs. A HEALTHCHECK the base image defines cannot be seen offline; `HEALTHCHECK NONE` counts as a decision and is not reported.',
  },
  check({ graph, report }) {
    const final = graph.finalStage;
    if (!final) return;
    const has = imageHistory(graph).chain.some((s) => s.nodes.some((n) => n.keyword === 'HEALTHCHECK'));
    if (!has) report({ node: final.from, message: 'the final image has no HEALTHCHECK: add one so that Docker can tell a hung container from a healthy one' });
  },
});
