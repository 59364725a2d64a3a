import { platformFlag } from '../src/graph/platform.js';
import { removeFlagFix } from '../src/fix/instruction-fixes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'redundant-target-platform',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3065', 'RedundantTargetPlatform'],
  summary: 'FROM --platform=$TARGETPLATFORM says what is already the default',
  fixable: true,
  docs: {
    what: 'Reports `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`).',
    why: 'A stage is built for the target platform unless told otherwise: the flag changes nothing, and readers look for a reason it is there.',
    example: 'FROM --platform=$TARGETPLATFORM alpine:3.24',
    fix: 'FROM alpine:3.24\n\n`--fix` removes the flag.',
  },
  check({ graph, report }) {
    for (const stage of graph.stages) {
      const flag = platformFlag(stage.from);
      if (!flag || !/^\$(TARGETPLATFORM|\{TARGETPLATFORM\})$/.test(flag.value)) continue;
      report({ node: stage.from, start: flag.start, end: flag.end, message: `--platform=${flag.value} is the default: remove it`, fix: removeFlagFix(graph, flag) });
    }
  },
});
