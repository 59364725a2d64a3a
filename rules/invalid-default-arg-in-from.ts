import { expandWord } from '../src/graph/expand.js';
import { isValidReference } from '../src/graph/image-ref.js';
import { PLATFORM_ARGS } from '../src/graph/scope.js';
import { fromWords } from '../src/graph/stages.js';
import { parseKeyValues } from '../src/parse/words.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'invalid-default-arg-in-from',
  category: 'correctness',
  severity: 'warning',
  aliases: ['InvalidDefaultArgInFrom'],
  summary: 'With the ARG defaults, a FROM names no valid image',
  fixable: false,
  docs: {
    what:
      'Expands each FROM that uses build arguments with their defaults only (no `--build-arg`) and reports it when the result is not a valid image reference: an empty name, an empty tag (`busybox:`), upper-case letters, stray characters.',
    why: 'A Dockerfile should build without build arguments; a FROM that only works when `--build-arg` is given fails for everyone who builds it plainly, and for tools that read it.',
    example: 'ARG TAG\nFROM busybox:${TAG}',
    fix: 'Give the ARG a default (or write a default into the reference):\n\nARG TAG=1.37\nFROM busybox:${TAG}\n\n# or: FROM busybox:${TAG:-1.37}',
    notes: 'An ARG left empty where the reference stays valid (`FROM busybox:stable${VARIANT}`) is fine. Undeclared variables are undefined-arg-in-from\'s finding.',
  },
  check({ graph, report }) {
    const escape = graph.file.escape;
    const defaults = new Map<string, string | null>();
    const lookup = (name: string): string | null | undefined => (defaults.has(name) ? defaults.get(name) : PLATFORM_ARGS.get(name));
    for (const node of graph.globalArgs) {
      for (const p of parseKeyValues(node.args.text, escape, true)) {
        defaults.set(p.key, p.rawValue === null ? null : expandWord(p.rawValue, lookup, escape, true).value);
      }
    }
    for (const stage of graph.stages) {
      const uses = stage.from.references;
      const image = fromWords(graph, stage.from).image;
      if (!image || !uses.some((u) => u.start >= image.start && u.end <= image.end)) continue;
      if (uses.some((u) => u.state === 'undeclared' && !u.guarded)) continue;
      const value = expandWord(image.text, lookup, escape, true).value;
      if (value.toLowerCase() === 'scratch' || graph.stages.some((s) => s.index < stage.index && s.name === value.toLowerCase())) continue;
      if (isValidReference(value)) continue;
      report({
        node: stage.from,
        start: image.start,
        end: image.end,
        message: `with the ARG defaults, ${image.text} becomes "${value}", which is not a valid image reference: give the ARG a default`,
      });
    }
  },
});
