import { exposedPorts } from '../src/graph/expose.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'expose-port-range',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3011'],
  summary: 'EXPOSE of a port outside 0–65535',
  fixable: false,
  docs: {
    what: 'Reports an EXPOSE port, or an end of a port range, above 65535.',
    why: 'TCP and UDP ports are 16-bit numbers: Docker refuses the port ("Invalid containerPort").',
    example: 'FROM nginx:1.27\nEXPOSE 80000',
    fix: 'FROM nginx:1.27\nEXPOSE 8000',
    notes: 'Ports given through variables are checked after expansion.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'other' || node.keyword !== 'EXPOSE') continue;
      for (const port of exposedPorts(graph, node)) {
        if (port.unresolved) continue;
        const numbers = port.text.split('/')[0]!.split(':').at(-1)!.split('-');
        const bad = numbers.find((n) => /^\d+$/.test(n) && Number(n) > 65535);
        if (bad === undefined) continue;
        report({ node, start: port.start, end: port.end, message: `port ${bad} is out of range: ports go from 0 to 65535` });
      }
    }
  },
});
