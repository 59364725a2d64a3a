import { defineRule } from '../src/rules/types.js';
import { argValues, hasFlag } from '../src/graph/commands.js';
import { runFacts } from '../src/graph/run-facts.js';

export default defineRule({
  id: 'shell-via-symlink',
  category: 'style',
  severity: 'warning',
  aliases: ['DL4005'],
  programs: ['ln'],
  summary: 'A RUN replaces /bin/sh with a symlink instead of using SHELL',
  fixable: false,
  docs: {
    what: 'Finds `ln -f` commands that overwrite /bin/sh (`ln -sf /bin/bash /bin/sh`).',
    why:
      'Replacing /bin/sh changes the shell of every program in the image, including package scripts that expect a POSIX sh, and hides the choice from the Dockerfile\'s readers. The SHELL instruction changes the shell RUN uses, and nothing else.',
    example: 'FROM debian:bookworm-slim\nRUN ln -sf /bin/bash /bin/sh\nRUN echo $BASH_VERSION',
    fix: 'Use SHELL:\n\nFROM debian:bookworm-slim\nSHELL ["/bin/bash", "-c"]\nRUN echo $BASH_VERSION',
    notes: 'Follows hadolint DL4005, except that a link that only creates /bin/sh (`ln -s /busybox/sh /bin/sh` in an image that has none, without -f) is not reported: it replaces nothing.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      for (const cmd of runFacts(node).commands) {
        const args = argValues(cmd);
        // Only a forced link replaces the shell; `ln -s /busybox/sh /bin/sh` in an image without one creates it.
        if (cmd.name === 'ln' && args[args.length - 1] === '/bin/sh' && hasFlag(cmd, '-f', '--force')) {
          report({ node, start: cmd.start, end: cmd.end, message: '`ln` replaces /bin/sh for every program in the image: use the SHELL instruction to change the shell RUN uses' });
        }
      }
    }
  },
});
