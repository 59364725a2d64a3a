import { defineRule } from '../src/rules/types.js';
import { positionals } from '../src/graph/commands.js';
import { imageHistory } from '../src/graph/image-history.js';
import { runFacts } from '../src/graph/run-facts.js';
import { UPGRADE_COMMANDS } from './data/upgrades.js';

export default defineRule({
  id: 'os-upgrade',
  category: 'size',
  severity: 'info',
  aliases: ['DL3005', 'DL3017', 'DL3031', 'DL3035', 'DL3039'],
  programs: UPGRADE_COMMANDS.flatMap((u) => u.commands),
  summary: 'A RUN upgrades every package of the base image in place (apt-get upgrade, apk upgrade, yum/dnf update, zypper dup)',
  fixable: false,
  docs: {
    what:
      'Finds whole-system upgrades in the stages of the final image: `apt-get upgrade`/`dist-upgrade`/`full-upgrade`, `apk upgrade`, `yum update`/`upgrade`, `dnf`/`microdnf upgrade`, `zypper update`/`dist-upgrade`/`patch`, when they name no packages.',
    why:
      'Each upgraded package is written again in the upgrade\'s layer while the old copy stays in the base layer below, so the image stores both. The result also depends on the day of the build, not on the Dockerfile. A newer tag (or digest) of the base image brings the same fixes without the duplicate, and rebuilding on it is reproducible.',
    example: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get upgrade -y && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    fix:
      'Pull the current base image instead (`docker build --pull`), and pin it by digest to know what you ship:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    impact:
      'bytes: not estimated (null): the duplicate is the installed size of the packages that have updates on the day of the build, which depends on how old the base image is.',
    notes:
      'Carries the codes hadolint used for these upgrades (DL3005 apt-get, DL3017 apk, DL3031 yum, DL3039 dnf, DL3035 zypper) so that existing `# hadolint ignore=` comments keep working; hadolint 2.15 keeps only DL3035 and has removed the others. dfscan treats it as a size hint (info) rather than an error: upgrading is sometimes the only way to get a security fix before the base image is rebuilt. Upgrades of named packages (`yum update openssl`) and build stages are not reported.',
  },
  check({ graph, report }) {
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) {
        if (node.kind !== 'run') continue;
        for (const cmd of runFacts(node).commands) {
          const upgrade = UPGRADE_COMMANDS.find((u) => u.commands.includes(cmd.name));
          if (!upgrade) continue;
          const words = positionals(cmd, upgrade.optionsWithValue);
          const sub = words[0]?.value ?? '';
          if (!upgrade.subcommands.includes(sub) || words.length > 1) continue;
          report({
            node,
            start: cmd.start,
            end: cmd.end,
            message: `\`${cmd.name} ${sub}\` rewrites every package with an update in a new layer while the old copies stay in the base layer: pull a current base image (pinned by digest) instead`,
          });
        }
      }
    }
  },
});
