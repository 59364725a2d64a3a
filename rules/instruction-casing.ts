import { keywordCaseFix } from '../src/fix/instruction-fixes.js';
import { KNOWN_KEYWORDS } from '../src/parse/dockerfile.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'instruction-casing',
  category: 'style',
  severity: 'style',
  aliases: ['ConsistentInstructionCasing'],
  summary: 'Instruction keywords in mixed case',
  fixable: true,
  docs: {
    what: 'Reports an instruction keyword in mixed case (`Run`), or in the other case than most keywords of the file (`run` among `FROM`, `COPY`, `CMD`).',
    why: 'Keywords in one case make a Dockerfile easy to scan; upper case is the convention.',
    example: 'FROM alpine:3.24\nrun apk add --no-cache curl\nCMD ["curl", "--version"]',
    fix: 'FROM alpine:3.24\nRUN apk add --no-cache curl\nCMD ["curl", "--version"]\n\n`--fix` rewrites the keyword in the case most keywords of the file use.',
    notes: 'As in BuildKit, the case most keywords use wins; a tie counts as upper case. Unknown instructions are left to `syntax-error`.',
  },
  check({ graph, report }) {
    // An unknown word (a template's stray line, `bzr \`) is a syntax error, not a keyword to recase.
    const nodes = graph.nodes.filter((n) => KNOWN_KEYWORDS.has(n.keyword));
    const words = nodes.map((n) => n.raw.keywordText);
    const upper = words.filter((w) => w === w.toUpperCase()).length;
    const lower = words.filter((w) => w === w.toLowerCase()).length;
    const majorityLower = lower > upper;
    for (const node of nodes) {
      const w = node.raw.keywordText;
      if (majorityLower ? w === w.toLowerCase() : w === w.toUpperCase()) continue;
      const mixed = w !== w.toUpperCase() && w !== w.toLowerCase();
      const want = majorityLower ? w.toLowerCase() : w.toUpperCase();
      report({
        node,
        start: node.raw.start,
        end: node.raw.keywordEnd,
        message: mixed ? `"${w}" mixes cases: write ${want}` : `"${w}" differs from the ${majorityLower ? 'lower' : 'upper'}-case keywords of this file: write ${want}`,
        fix: keywordCaseFix(graph, node, want),
      });
    }
  },
});
