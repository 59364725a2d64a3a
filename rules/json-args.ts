import { lineage } from '../src/graph/stages.js';
import { execFormFix } from '../src/fix/instruction-fixes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'json-args',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  summary: 'CMD or ENTRYPOINT in shell form: the program does not get signals',
  fixable: true,
  docs: {
    what: 'Reports CMD and ENTRYPOINT written in shell form (`CMD node server.js`) instead of the JSON exec form (`CMD ["node", "server.js"]`).',
    why:
      'In shell form Docker runs `/bin/sh -c "..."`: the shell is process 1 and does not pass on SIGTERM, so `docker stop` waits its 10 seconds and kills the program without a clean shutdown. An ENTRYPOINT in shell form also ignores the CMD and `docker run` arguments.',
    example: 'FROM node:22-slim\nCMD node server.js',
    fix: 'FROM node:22-slim\nCMD ["node", "server.js"]\n\n# shell features needed: CMD ["sh", "-c", "exec node server.js --port \\"$PORT\\""]\n\n' +
      '`--fix` writes the exec form of a command made of plain words (no quotes, variables, operators, globs or comments; a leading `exec` dropped), on one line, in a stage that runs a POSIX shell; one that starts with a shell builtin (`cd`, `source`) is left alone. For CMD the fix is safe. For ENTRYPOINT it is unsafe (`--fix-unsafe`): in exec form it starts taking the `docker run` arguments, which the shell form ignored; and it is not offered when the stage sets a CMD, which the exec form would append.',
    notes:
      'Not reported in a stage that sets SHELL itself: the shell is then a deliberate choice (hadolint reports it there too). hadolint 2.15 also reports HEALTHCHECK CMD in shell form; dfscan does not, since a health check is not process 1 and does not receive signals.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if ((node.kind !== 'cmd' && node.kind !== 'entrypoint') || node.exec !== null || !node.stage) continue;
      if (node.args.text === '') continue;
      if (lineage(node.stage).some((s) => s.nodes.some((n) => n.kind === 'shell' && (s !== node.stage || n.index < node.index)))) continue;
      const text = node.args.text;
      const shell = node.stage.shell === 'posix' ? '/bin/sh -c' : 'the default shell';
      if (text.startsWith('[')) {
        report({ node, message: `${node.keyword} starts like the JSON form but is not valid JSON (double quotes only, no trailing text): Docker runs it through ${shell}` });
        continue;
      }
      const words = text.split(/\s+/).filter(Boolean).map((w) => JSON.stringify(w.replace(/^["']|["']$/g, '')));
      const simple = !/[|&;<>$`()*?"'\\]/.test(text);
      report({
        node,
        fix: execFormFix(graph, node),
        message: simple
          ? `${node.keyword} in shell form runs under ${shell}, which does not pass signals on: write ${node.keyword} [${words.join(', ')}]`
          : `${node.keyword} in shell form runs under ${shell}, which does not pass signals on: use the JSON form, with \`exec\` if it needs the shell`,
      });
    }
  },
});
