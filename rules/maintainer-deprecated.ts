import { maintainerLabelFix } from '../src/fix/instruction-fixes.js';
import { defineRule } from '../src/rules/types.js';

const AUTHORS = 'org.opencontainers.image.authors';

export default defineRule({
  id: 'maintainer-deprecated',
  category: 'style',
  severity: 'error',
  aliases: ['DL4000', 'MaintainerDeprecated'],
  summary: 'MAINTAINER is deprecated; use a LABEL',
  fixable: true,
  docs: {
    what: 'Reports every MAINTAINER instruction.',
    why:
      'MAINTAINER has been deprecated since Docker 1.13. It sets a field of the image config that tools no longer read; the author belongs in a label, where `docker inspect` and registries show it.',
    example: 'FROM alpine:3.24\nMAINTAINER Jane Doe <jane@example.com>',
    fix: 'Use the OCI label instead:\n\nFROM alpine:3.24\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n\n`--fix` writes that LABEL in place of the MAINTAINER, quoted with the file\'s escape character (`$` escaped: LABEL expands variables, MAINTAINER does not). Left alone: a MAINTAINER over several lines, and a file that already sets the authors label.',
    notes: 'Severity follows hadolint (error); BuildKit reports it as a warning.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.keyword !== 'MAINTAINER') continue;
      report({
        node,
        message: `MAINTAINER is deprecated: write LABEL ${AUTHORS}="${node.args.text.replace(/"/g, '\\"')}" instead`,
        fix: maintainerLabelFix(graph, node, AUTHORS),
      });
    }
  },
});
