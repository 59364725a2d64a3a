import { fromWords } from '../src/graph/stages.js';
import { defineRule } from '../src/rules/types.js';

/** Comments that are instructions to a tool, not descriptions. */
const TOOL_COMMENT = /^(dfscan|hadolint|check\s*=|syntax\s*=|escape\s*=)/i;

export default defineRule({
  id: 'invalid-definition-description',
  category: 'style',
  severity: 'style',
  aliases: ['InvalidDefinitionDescription'],
  summary: 'A comment right above a named stage or an ARG does not start with its name',
  fixable: false,
  optIn: true,
  docs: {
    what:
      'Reports a comment directly above `FROM ... AS name` or `ARG NAME` (no empty line between) whose first word is not that name. Off unless turned on in the configuration.',
    why:
      '`docker buildx build --call=outline` and `--call=targets` print such comments as the description of the stage or build argument, but only when they start with its name; a comment meant as a description that does not is lost, and a comment not meant as one is shown as one.',
    example: '# compiles the CLI\nFROM golang:1.27 AS build-cli\n# release to build\nARG VERSION=1.0',
    fix: 'Start the description with the name (or separate an unrelated comment with an empty line):\n\n# build-cli compiles the CLI\nFROM golang:1.27 AS build-cli\n# VERSION is the release to build\nARG VERSION=1.0',
    notes: 'Opt-in, like the BuildKit check, which is experimental. Tool comments (`# syntax=`, `# check=`, `# hadolint ...`, `# dfscan ...`) are not descriptions and are skipped.',
  },
  check({ graph, report }) {
    const byLine = new Map(graph.file.comments.map((c) => [c.line, c]));
    const lines = graph.file.source.lines;
    for (const node of graph.nodes) {
      let name: string | null = null;
      if (node.kind === 'from') name = fromWords(graph, node).name?.text ?? null;
      else if (node.kind === 'arg') name = node.vars[0]?.name ?? null;
      if (name === null) continue;
      let line = lines.lineOf(node.raw.start) - 1;
      if (!byLine.has(line)) continue;
      while (byLine.has(line - 1)) line--;
      const first = byLine.get(line)!;
      if (first.text === '' || TOOL_COMMENT.test(first.text)) continue;
      const word = first.text.split(/\s+/)[0]!;
      const matches = node.kind === 'from' ? word.toLowerCase() === name.toLowerCase() : word === name;
      if (matches) continue;
      report({ start: first.start, end: first.end, message: `this comment describes ${node.kind === 'from' ? `stage ${name}` : `ARG ${name}`} for --call=outline only if it starts with "${name}": start it so, or put an empty line between` });
    }
  },
});
