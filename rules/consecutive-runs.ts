import { flatten } from '../src/graph/lists.js';
import { defineRule } from '../src/rules/types.js';
import { joinRunsFix } from '../src/fix/shell-fixes.js';
import { runFacts } from '../src/graph/run-facts.js';
import type { RunNode } from '../src/graph/types.js';
import { seconds } from '../src/model/durations.js';
import { typicalRebuilds } from '../src/score/rebuild.js';

export default defineRule({
  id: 'consecutive-runs',
  category: 'cache',
  severity: 'info',
  aliases: ['DL3059'],
  summary: 'Consecutive RUN instructions of one command each could be one RUN',
  fixable: true,
  docs: {
    what: 'Finds a RUN of a single command that directly follows another RUN of a single command with the same flags (comments between them do not count).',
    why:
      'Each RUN starts a container and snapshots a layer. A row of one-line RUNs adds that overhead and a layer each, and files one writes and the next deletes stay in the image. Related steps belong in one RUN, joined with `&&` or written as a heredoc.',
    example: 'FROM debian:bookworm-slim\nRUN mkdir -p /srv/app\nRUN chown nobody /srv/app',
    fix:
      'Join them:\n\nFROM debian:bookworm-slim\nRUN mkdir -p /srv/app \\\n && chown nobody /srv/app\n\n' +
      '`--fix-unsafe` (not `--fix`) joins them with `&&`, since one layer instead of two changes what is cached and rebuilt together. Only for shell-form RUNs on one line each with nothing but blank lines between, where the first changes no shell state the second would inherit (`cd`, `export`, `set`, `umask`).',
    impact: 'rebuildSeconds: the overhead of one build step (starting its container and snapshotting its layer, rules/data/durations.ts `step`), when the RUN re-runs on a typical source change.',
    notes:
      'Follows hadolint DL3059: RUNs with different flags (`--mount`, `--network`) or with several commands each are left alone, since they are often split on purpose to cache separately.',
  },
  check({ graph, report }) {
    const rerun = new Set(flatten(typicalRebuilds(graph), (r) => r.nodes));
    for (const stage of graph.stages) {
      let previous: RunNode | null = null;
      for (const node of stage.nodes) {
        if (node.kind !== 'run') {
          previous = null;
          continue;
        }
        if (previous && single(previous) && single(node) && flagsOf(previous) === flagsOf(node)) {
          const line = graph.file.source.lines.lineOf(previous.raw.start);
          report({
            node,
            message: `this RUN and the one on line ${line} run one command each: join them with \`&&\` to save a layer and a build step`,
            impact: { rebuildSeconds: rerun.has(node) ? seconds('step') : null },
            fix: joinRunsFix(graph, previous, node),
          });
        }
        previous = node;
      }
    }
  },
});

/** One command, counting a pipeline as one. */
function single(run: RunNode): boolean {
  if (run.exec) return true;
  return runFacts(run).commands.filter((c) => c.joinedBy !== '|' && c.name !== '=').length <= 1;
}

function flagsOf(run: RunNode): string {
  return run.flags.map((f) => `${f.name}=${f.value ?? ''}`).join(' ');
}
