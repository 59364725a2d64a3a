import { flatten } from '../src/graph/lists.js';
import { PLATFORM_ARGS } from '../src/graph/scope.js';
import { suggester } from '../src/rules/similar.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'undefined-arg-in-from',
  category: 'correctness',
  severity: 'warning',
  aliases: ['UndefinedArgInFrom'],
  summary: 'FROM uses a variable no ARG before the first FROM declares',
  fixable: false,
  docs: {
    what:
      'Reports a variable in a FROM line (image or `--platform`) that is neither declared by an ARG before the first FROM nor one of the automatic platform arguments (`BUILDPLATFORM`, `TARGETARCH`, ...). A near-miss of a declared name is suggested.',
    why:
      'FROM sees only the ARGs declared before the first FROM. An ARG declared inside a stage, or a typo, leaves the variable empty: `FROM node:${NODE_VERSION}-slim` becomes `FROM node:-slim` and the build fails, or quietly pulls another image.',
    example: 'FROM alpine:3.24\nARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim',
    fix: 'Declare the ARG before the first FROM (and again inside a stage that uses it):\n\nARG NODE_VERSION=22\nFROM alpine:3.24\nFROM node:${NODE_VERSION}-slim',
    notes: 'A reference with a default (`${NODE_VERSION:-22}`) is written for the case where the ARG is missing and is not reported.',
  },
  check({ graph, report }) {
    const declared = [...flatten(graph.globalArgs, (a) => a.vars.map((v) => v.name)), ...PLATFORM_ARGS.keys()];
    const nearest = suggester(declared);
    for (const stage of graph.stages) {
      // Each name once a FROM: `FROM $REG/$IMG:$IMG_TAG` needs a finding per name, and a FROM of
      // thousands of the same reference must not give thousands (nor an edit distance each).
      const named = new Set<string>();
      for (const use of stage.from.references) {
        if (use.state !== 'undeclared' || use.guarded || named.has(use.name)) continue;
        named.add(use.name);
        const near = nearest(use.name);
        report({
          node: stage.from,
          start: use.start,
          end: use.end,
          message: `$${use.name} is not declared by an ARG before the first FROM${near ? ` (did you mean $${near}?)` : ''}: it expands to nothing here`,
        });
      }
    }
  },
});
