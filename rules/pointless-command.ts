import { defineRule } from '../src/rules/types.js';
import { runFacts } from '../src/graph/run-facts.js';
import { POINTLESS_COMMANDS } from './data/container-commands.js';

export default defineRule({
  id: 'pointless-command',
  category: 'correctness',
  severity: 'info',
  aliases: ['DL3001'],
  programs: Object.keys(POINTLESS_COMMANDS),
  summary: 'A RUN uses a command that makes no sense during a build (ssh, vim, service, ps, top, kill ...)',
  fixable: false,
  docs: {
    what: 'Finds commands in RUN instructions that need a terminal, an init system or running processes: ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig.',
    why:
      'A RUN is a short-lived process with no terminal and no services. Interactive tools wait for input that never comes; a service started there stops when the step ends; process and system listings describe the build, not the container that will run.',
    example: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends nginx \\\n && service nginx start',
    fix: 'Start services when the container starts:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends nginx \\\n && rm -rf /var/lib/apt/lists/*\nCMD ["nginx", "-g", "daemon off;"]',
    notes: 'Follows hadolint DL3001 and its list of commands (rules/data/container-commands.ts). Starting a database with `service` to load a schema during the build is a known exception: silence the finding there with `# dfscan ignore=pointless-command`.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      for (const cmd of runFacts(node).commands) {
        // Own keys only: a command named like an Object property (`toString`) is not in the table.
        const why = Object.hasOwn(POINTLESS_COMMANDS, cmd.name) ? POINTLESS_COMMANDS[cmd.name] : undefined;
        if (why) report({ node, start: cmd.start, end: cmd.end, message: `\`${cmd.name}\` makes no sense in a build step: ${why}` });
      }
    }
  },
});
