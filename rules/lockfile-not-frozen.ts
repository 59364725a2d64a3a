import { FROZEN_INSTALLS, type LockedInstall } from './data/lockfiles.js';
import type { BuildContext } from '../src/context/build-context.js';
import { addFlagFix } from '../src/fix/shell-fixes.js';
import { commandLabel } from '../src/graph/commands.js';
import { lockedInstalls, type LockedProjectInstall } from '../src/graph/locked-installs.js';
import type { Graph } from '../src/graph/types.js';
import { defineRule, type Fix } from '../src/rules/types.js';

const TOOLS = new Set(FROZEN_INSTALLS.flatMap((t) => t.commands));

export default defineRule({
  id: 'lockfile-not-frozen',
  category: 'correctness',
  severity: 'warning',
  aliases: [],
  programs: [...TOOLS],
  summary: '`yarn install`, `pnpm install` or `bun install` may change the lockfile copied in: freeze it (`--frozen-lockfile`, `--immutable`)',
  fixable: true,
  docs: {
    what:
      'Finds `yarn` / `yarn install`, `pnpm install` and `bun install` run in a folder where an earlier COPY put the tool\'s lockfile (yarn.lock, pnpm-lock.yaml, bun.lock/bun.lockb), without `--frozen-lockfile` (Yarn 1, pnpm, bun) or `--immutable` (Yarn 2+), and with no variable (`YARN_ENABLE_IMMUTABLE_INSTALLS`, `npm_config_frozen_lockfile`, `CI`) or configuration in the build context (`.yarnrc.yml` enableImmutableInstalls, `.npmrc` frozen-lockfile, bunfig.toml frozenLockfile) that does the same.',
    why:
      'Left unfrozen, the install resolves again whenever package.json and the lockfile disagree: the image gets other versions than the ones the lockfile pins and tested, and the updated lockfile stays inside the image where nobody reviews it. Frozen, the build fails instead and says that the lockfile needs committing.',
    example: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --production\nCOPY . .',
    fix:
      'Freeze the lockfile (`--immutable` on Yarn 2+):\n\nFROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --production\nCOPY . .\n\n`--fix-unsafe` (not `--fix`) adds `--frozen-lockfile` for pnpm and bun, and for Yarn the flag its lockfile in the build context calls for (`--frozen-lockfile` for a Yarn 1 lockfile, `--immutable` for Yarn 2+): the build then fails when the lockfile is out of date. Without the lockfile on disk, Yarn is left to you.',
    notes:
      'npm has its own rule, npm-install-not-ci. `CI=true` counts as frozen because pnpm and Yarn 2+ freeze the lockfile by themselves under it (Yarn 1 does not). Without the build context on disk, only lockfiles the COPY names are seen (`COPY package.json yarn.lock ./`), and configuration files are not read. `pnpm install --no-frozen-lockfile` is reported.',
  },
  check({ graph, buildContext, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run' || !node.commands.some((c) => TOOLS.has(c.name))) continue;
      for (const tool of FROZEN_INSTALLS) {
        for (const install of lockedInstalls(graph, node, tool, buildContext())) {
          if (install.frozen) continue;
          const line = graph.file.source.lines.lineOf(install.lockfile.copy.raw.start);
          report({
            node,
            start: install.command.start,
            end: install.command.end,
            message: `\`${commandLabel(install.command, tool.dirOptions)}\` may change ${install.lockfile.name} (copied on line ${line}) and install other versions than it pins: use ${tool.advice}`,
            fix: freezeFix(graph, tool, install, buildContext()),
          });
        }
      }
    }
  },
});

/** The tool's freezing flag after the subcommand; for Yarn, the one its lockfile's format calls for. */
function freezeFix(graph: Graph, tool: LockedInstall, install: LockedProjectInstall, context: BuildContext | null): Fix | null {
  if (!install.subcommand) return null;
  const lockfile = tool.fixFlag === null ? context?.read(install.lockfile.name) : null;
  const flag = tool.fixFlag ?? tool.fixFlagByLockfile.find((f) => lockfile && f.pattern.test(lockfile))?.flag;
  return flag ? addFlagFix(graph, install.subcommand, flag, 'unsafe') : null;
}
