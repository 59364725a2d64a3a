import { manifestCopyFix } from '../src/fix/manifest-copy.js';
import { commandLabel } from '../src/graph/commands.js';
import { DEPENDENCY_PROGRAMS, OS_INSTALL_PROGRAMS, runFacts } from '../src/graph/run-facts.js';
import { sourceKind } from '../src/graph/source-kind.js';
import type { CopyNode } from '../src/graph/types.js';
import { seconds } from '../src/model/durations.js';
import { defineRule } from '../src/rules/types.js';

interface Install {
  /** Source offset of the install command. */
  readonly at: number;
  readonly label: string;
  readonly seconds: number;
  /** Manifests to copy first, or null when the step needs nothing from the context. */
  readonly manifests: string | null;
}

export default defineRule({
  id: 'copy-before-install',
  category: 'cache',
  severity: 'warning',
  aliases: [],
  programs: [...OS_INSTALL_PROGRAMS, ...DEPENDENCY_PROGRAMS],
  summary: 'A COPY of the source comes before a dependency install that needs only the manifests',
  fixable: true,
  docs: {
    what:
      'Finds a COPY or ADD that brings in source files (`COPY . .`, `COPY src/ ...`, code files) placed before a step in the same stage that does not need them: a dependency install from the manifests (npm/yarn/pnpm/bun, pip/poetry/pipenv/uv, `go mod download`, bundler, composer, Maven/Gradle, Cargo, `dotnet restore`, mix), a build that downloads its dependencies as it goes (`go build`, `mvn package`, `cargo build`, `dotnet publish` with no restore step before), or a system package install.',
    why:
      'A layer is rebuilt when anything below it changes. Source files change with almost every commit, so every step after their COPY runs again on every build, including the install that downloads and unpacks all dependencies, though the manifests it reads did not change.',
    example: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]',
    fix:
      'Copy the manifests and lockfiles first, install, then copy the rest; system packages go above the COPY:\n\nFROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n\n' +
      '`--fix` does exactly this where it keeps the image the same: the COPY of the context root gives its place to a COPY of the manifests and lockfiles found in the build context (keeping its --chown, --chmod and --link), and moves to just after the first RUN that installs; for system packages, which need no file, the COPY only moves below them. ' +
      'It is unsafe, and not done, when: there is no build context to look in (standard input); the install reads more than its manifests (npm, yarn, pnpm and bun lifecycle scripts or workspaces, pnpm-workspace.yaml, Yarn 2+\'s .yarn folder, requirements that include other files or local paths, poetry without --no-root, `uv sync` without --no-install-project, go.work or a local replace in go.mod, a Gemfile with gemspec or path:, composer without --no-scripts and --no-autoloader, a Maven project with modules or .mvn, a Mix umbrella); the RUN also builds or runs anything else that may read the source (a script, `npm run build`); a step between the COPY and the RUN reads copied files, writes where they land, or changes where they land (a relative destination across WORKDIR); the install saves packages to the manifest (`npm install express`), which the moved COPY would overwrite; the context holds what the install writes (node_modules, vendor, .venv), which the moved COPY would lay over the fresh install; a manifest is named from a sub-folder; the COPY uses --from, --exclude, --parents or the exec form; or an ignore pragma sits above it. A `go build` that fetches the modules itself gets go.mod and go.sum copied and `go mod download` run just above the source COPY, which stays (not with a mount on the build, which may keep the modules out of the image or hold the credentials to fetch them, nor with a vendor folder, or with GOPROXY-like variables, `go env -w`, `git config` or another user in between). Other builds (`mvn package`, `cargo build`, `dotnet publish`) and Gradle, Cargo and .NET installs need their source or a whole project tree, and are left to you.',
    impact: 'rebuildSeconds: the typical duration of each install the COPY invalidates (rules/data/durations.ts).',
    notes:
      'Sources are judged by name: manifests (package.json, requirements*.txt, go.mod, *.csproj ...), source (the context root, folders, globs and code files), and other single files (configuration, scripts), which change rarely and are not reported. An install of the project itself (`pip install .`, `npm install ./pkg`) needs the source and is not reported.',
  },
  check({ graph, buildContext, report }) {
    for (const stage of graph.stages) {
      const pending = new Map<CopyNode, Install[]>();
      const broad: CopyNode[] = [];
      const installed = new Set<string>();
      for (const node of stage.nodes) {
        if (node.kind === 'copy') {
          if (node.from === null && node.sources.some((s) => sourceKind(s, node) === 'source')) {
            broad.push(node);
            pending.set(node, []);
          }
          continue;
        }
        if (node.kind !== 'run') continue;
        const facts = runFacts(node);
        const first = broad[0];
        for (const d of facts.dependencyInstalls) {
          if (d.needsSource || d.command.conditional) continue;
          const isNew = !(d.kind === 'build' && installed.has(d.ecosystem.id));
          if (d.kind === 'install') installed.add(d.ecosystem.id);
          if (!first || !isNew) continue;
          pending.get(first)!.push({
            at: d.command.start,
            label: commandLabel(d.command),
            seconds: seconds(d.ecosystem.installDuration),
            manifests: d.ecosystem.manifestHint,
          });
        }
        if (!first) continue;
        for (const i of facts.osInstalls) {
          if (i.dynamic || i.packages.length === 0 || i.command.conditional) continue;
          pending.get(first)!.push({ at: i.command.start, label: commandLabel(i.command, i.manager.optionsWithValue), seconds: seconds('os-install'), manifests: null });
        }
      }
      for (const [copy, installs] of pending) {
        if (installs.length === 0) continue;
        const lines = graph.file.source.lines;
        const steps = installs.slice(0, 3).map((i) => `\`${i.label}\` (line ${lines.lineOf(i.at)})`);
        const more = installs.length > 3 ? ` and ${installs.length - 3} more` : '';
        const manifests = [...new Set(installs.map((i) => i.manifests).filter((m): m is string => m !== null))];
        const advice = manifests.length > 0
          ? `copy ${manifests.join(', ')} first, install, then copy the rest`
          : 'move the install above this COPY';
        const written = `${copy.keyword} ${copy.args.text}`;
        report({
          node: copy,
          message: `${short(written)} comes before ${steps.join(', ')}${more}: every source change re-runs ${installs.length > 1 ? 'them' : 'it'}; ${advice}`,
          impact: { rebuildSeconds: installs.reduce((n, i) => n + i.seconds, 0) },
          fix: manifestCopyFix(graph, buildContext(), copy),
        });
      }
    }
  },
});

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}
