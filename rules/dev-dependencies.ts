import { defineRule } from '../src/rules/types.js';
import { argValues, hasArgs, hasFlag, optionValue, positionals } from '../src/graph/commands.js';
import { imageHistory } from '../src/graph/image-history.js';
import { runFacts } from '../src/graph/run-facts.js';
import { earlierCommand } from '../src/graph/earlier.js';
import type { Graph, RunNode } from '../src/graph/types.js';
import type { ShellCommand } from '../src/parse/shell/commands.js';
import { formatBytes } from '../src/model/bytes.js';
import { DEV_INSTALLS, hasPipDevExtra, PIP_DEV_BYTES, PIP_DEV_REQUIREMENTS, type DevInstall } from './data/dev-dependencies.js';

export default defineRule({
  id: 'dev-dependencies',
  category: 'size',
  severity: 'warning',
  aliases: [],
  programs: ['pip', 'pip3', 'uv', ...DEV_INSTALLS.flatMap((d) => d.commands)],
  summary: 'The final image installs development dependencies (test runners, linters, compilers)',
  fixable: false,
  docs: {
    what:
      'Finds dependency installs in the stages of the final image that include development dependencies: `npm ci`/`npm install` without `--omit=dev` (or NODE_ENV=production), `yarn install` without `--production`, `pnpm install` without `--prod`, `poetry install` without `--only main`, `uv sync` without `--no-dev`, `pipenv install --dev`, pip extras and requirement files named for development (`.[dev]`, `requirements-dev.txt`), `bundle install` without BUNDLE_WITHOUT, `composer install` without `--no-dev`.',
    why:
      'Test runners, linters, type checkers and bundlers are needed to build and check the code, not to run it. In the final image they make most of the dependency folder (90% of node_modules for a typical TypeScript service), and their vulnerabilities are reported against the image.',
    example: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]',
    fix:
      'Install only production dependencies in the final image; build with the dev dependencies in an earlier stage:\n\nFROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]',
    impact: `bytes: per ecosystem from rules/data/dev-dependencies.ts; npm, yarn and pnpm: ${formatBytes(DEV_INSTALLS[0]!.bytes)}, measured (${DEV_INSTALLS[0]!.basis}); Python, Ruby and PHP: estimates with their basis.`,
    notes:
      'Build stages are not reported: dev dependencies belong there. An install followed in the same RUN by a prune (`npm prune --omit=dev`, `pnpm prune --prod`) is not reported; a prune in a later RUN does not take the bytes out of the earlier layer. `npm install <package>` (named packages) and global installs are about other things (see npm-pin-versions).',
  },
  check({ graph, report }) {
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) {
        if (node.kind !== 'run') continue;
        const commands = runFacts(node).commands;
        commands.forEach((cmd, index) => {
          // The commands after this one, read only when an install needs them: a copy for each
          // command would make a RUN of many thousands of commands take quadratic time.
          const found = devInstall(graph, node, cmd, { commands, from: index + 1 });
          if (!found) return;
          report({
            node,
            start: cmd.start,
            end: cmd.end,
            message: `${found.what} also installs the development dependencies (~${formatBytes(found.bytes)}) into the final image: ${found.fix}`,
            impact: { bytes: found.bytes },
          });
        });
      }
    }
  },
});

interface Found {
  readonly what: string;
  readonly fix: string;
  readonly bytes: number;
}

function devInstall(graph: Graph, run: RunNode, cmd: ShellCommand, after: { readonly commands: readonly ShellCommand[]; readonly from: number }): Found | null {
  if (cmd.conditional) return null;
  if (cmd.name === 'pip' || cmd.name === 'pip3' || (cmd.name === 'uv' && argValues(cmd)[0] === 'pip')) return pipDev(cmd);
  const d = DEV_INSTALLS.find((x) => x.commands.includes(cmd.name));
  if (!d) return null;
  const words = positionals(cmd, ['--omit', '--only', '--without', '--with', '-C', '--prefix', '--cwd', '--registry', '--loglevel', '--workspace', '-w', '--filter', '--group']);
  const sub = words[0]?.value ?? '';
  if (!d.subcommands.includes(sub)) return null;
  if (hasFlag(cmd, '--version', '--help') || (sub === '' && hasFlag(cmd, '-v', '-h'))) return null;
  if (d.ecosystem === 'pipenv') return hasFlag(cmd, '--dev', '-d') ? { what: `\`${cmd.name} ${sub} --dev\``, fix: d.fix, bytes: d.bytes } : null;
  if (d.namedPackagesAreOther && words.length > 1) return null;
  if (d.ecosystem === 'yarn' && words.length > 1) return null;
  if (leftOut(run, cmd, d)) return null;
  if (d.prune && after.commands.some((c, i) => i >= after.from && c.name === d.prune!.command && hasArgs(c, d.prune!.args) && prunesDev(c))) return null;
  if (d.ecosystem === 'bundler' && bundlerConfigured(graph, run, cmd)) return null;
  return { what: `\`${cmd.name}${sub ? ` ${sub}` : ''}\``, fix: d.fix, bytes: d.bytes };
}

function leftOut(run: RunNode, cmd: ShellCommand, d: DevInstall): boolean {
  if (d.prodFlags.length > 0 && hasFlag(cmd, ...d.prodFlags)) return true;
  for (const o of d.prodOptions ?? []) {
    const v = optionValue(cmd, [o.option]);
    if (v !== null && o.values.some((x) => v.split(',').includes(x) || v === x)) return true;
  }
  return d.prodEnv.some((e) => {
    const inline = cmd.assignments.find((a) => a.name === e.name);
    const value = inline ? inline.value : run.vars.get(e.name);
    return value !== undefined && value !== null && e.value.test(value);
  });
}

function prunesDev(c: ShellCommand): boolean {
  return hasFlag(c, '--production', '--omit=dev', '--prod') || optionValue(c, ['--omit']) === 'dev';
}

/** `bundle config set without 'development test'` earlier in the image. */
const bundlerConfigured = earlierCommand((commands, i) => {
  const c = commands[i]!;
  return (c.name === 'bundle' || c.name === 'bundler') && argValues(c)[0] === 'config' && argValues(c).some((a) => /^without$|^BUNDLE_WITHOUT$/i.test(a));
});

function pipDev(cmd: ShellCommand): Found | null {
  const values = argValues(cmd);
  const sub = cmd.name === 'uv' ? values[1] : values.find((v) => !v.startsWith('-'));
  if (sub !== 'install') return null;
  const req = optionValue(cmd, ['-r', '--requirement']);
  const extra = values.find((v) => hasPipDevExtra(v) && (v.startsWith('.') || v.startsWith('/') || /^[\w.-]+\[/.test(v)));
  const devFile = [req, ...values.map((v, i) => (i > 0 && (values[i - 1] === '-r' || values[i - 1] === '--requirement') ? v : null))].find((f) => f && PIP_DEV_REQUIREMENTS.test(f));
  if (!extra && !devFile) return null;
  const what = extra ? `\`${cmd.name} install ${extra}\`` : `\`${cmd.name} install -r ${devFile}\``;
  return { what, fix: 'install the runtime requirements only (no dev extras or dev requirement files) in the final image', bytes: PIP_DEV_BYTES.bytes };
}
