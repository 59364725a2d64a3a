import { exposedPorts } from '../src/graph/expose.js';
import { exposeContainerPortFix } from '../src/fix/instruction-fixes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'expose-host-mapping',
  category: 'correctness',
  severity: 'warning',
  aliases: ['ExposeInvalidFormat'],
  summary: 'EXPOSE with an IP address or a host port mapping',
  fixable: true,
  docs: {
    what: 'Reports an EXPOSE port written with a host IP or a host port (`127.0.0.1:80:80`, `8080:80`).',
    why:
      'EXPOSE only documents which ports the container listens on; publishing to a host address or port is decided by `docker run -p`. Docker ignores the host part today and will refuse it in a future release.',
    example: 'FROM nginx:1.27\nEXPOSE 8080:80',
    fix: 'FROM nginx:1.27\nEXPOSE 80\n\n# and publish when running: docker run -p 8080:80 ...\n\n`--fix` keeps the container port (Docker ignores the rest), where the port is not given through a variable.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'other' || node.keyword !== 'EXPOSE') continue;
      for (const port of exposedPorts(graph, node)) {
        if (port.unresolved || !port.text.includes(':')) continue;
        const container = port.text.split(':').at(-1)!;
        report({ node, start: port.start, end: port.end, message: `EXPOSE ${port.text} names a host address or port: EXPOSE takes the container port only (${container}); publish with docker run -p`, fix: exposeContainerPortFix(graph, port, container) });
      }
    }
  },
});
