import { exposedPorts } from '../src/graph/expose.js';
import { exposeProtoFix } from '../src/fix/instruction-fixes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'expose-proto-casing',
  category: 'style',
  severity: 'style',
  aliases: ['ExposeProtoCasing'],
  summary: 'EXPOSE protocol not in lower case',
  fixable: true,
  docs: {
    what: 'Reports an EXPOSE protocol written with upper-case letters (`80/TCP`).',
    why: 'Docker lower-cases the protocol, so `80/TCP` and `80/tcp` are the same port; BuildKit asks for lower case so that the file reads like what `docker inspect` shows.',
    example: 'FROM alpine\nEXPOSE 80/TCP',
    fix: 'FROM alpine\nEXPOSE 80/tcp\n\n`--fix` writes the protocol in lower case, where the port is not given through a variable.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'other' || node.keyword !== 'EXPOSE') continue;
      for (const port of exposedPorts(graph, node)) {
        const proto = port.text.split('/')[1];
        if (proto === undefined || proto === proto.toLowerCase()) continue;
        report({ node, start: port.start, end: port.end, message: `protocol "${proto}" should be lower case: ${port.text.split('/')[0]}/${proto.toLowerCase()}`, fix: exposeProtoFix(graph, port, proto) });
      }
    }
  },
});
