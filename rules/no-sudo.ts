import { dropSudoFix } from '../src/fix/shell-fixes.js';
import { defineRule } from '../src/rules/types.js';
import { runFacts } from '../src/graph/run-facts.js';

export default defineRule({
  id: 'no-sudo',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3004'],
  programs: ['sudo'],
  summary: 'A RUN uses sudo',
  fixable: true,
  docs: {
    what: 'Finds `sudo` in RUN instructions.',
    why:
      'sudo behaves unpredictably in a build: it needs a configured sudoers entry, may ask for a password nobody can type, and changes the environment (PATH, HOME) of the command it runs. Steps that need root should run as root; switch with USER around them.',
    example: 'FROM node:22-slim\nUSER node\nRUN sudo apt-get update && sudo apt-get install -y --no-install-recommends git',
    fix: 'Run the step as root and switch back:\n\nFROM node:22-slim\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends git \\\n && rm -rf /var/lib/apt/lists/*\nUSER node\n\n`--fix-unsafe` (not `--fix`) removes a plain `sudo` (one without options): the step then runs as the stage\'s USER, which must be root for it to work.',
    notes: 'Follows hadolint DL3004. At run time (ENTRYPOINT scripts), a tool such as gosu or su-exec drops privileges without sudo\'s side effects.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      for (const cmd of runFacts(node).commands) {
        if (cmd.name === 'sudo' || cmd.wrappers.includes('sudo')) {
          report({ node, start: cmd.start, end: cmd.end, message: `\`sudo\` in a build step is unpredictable (sudoers, password prompt, environment): run the step as root with USER root, then switch back`, fix: dropSudoFix(graph, cmd) });
        }
      }
    }
  },
});
