import { flatten } from '../src/graph/lists.js';
import { defineRule } from '../src/rules/types.js';
import { DEPENDENCY_PROGRAMS, OS_INSTALL_PROGRAMS, runFacts } from '../src/graph/run-facts.js';
import { seconds } from '../src/model/durations.js';
import { typicalRebuilds } from '../src/score/rebuild.js';
import { CACHE_MOUNTS } from './data/cache-mounts.js';
import { addInstructionFlagsFix } from '../src/fix/instruction-fixes.js';

export default defineRule({
  id: 'cache-mount',
  category: 'cache',
  severity: 'info',
  aliases: [],
  programs: [...OS_INSTALL_PROGRAMS, ...DEPENDENCY_PROGRAMS],
  summary: 'An install that re-runs on every source change could keep its downloads in a cache mount',
  fixable: true,
  docs: {
    what:
      'Finds RUN instructions that re-run on a typical source change (they come after a COPY of the source) and install or build with a package manager (npm, yarn, pnpm, pip, poetry, uv, go, cargo, maven, gradle, bundler, composer, dotnet, apt, dnf) without any `--mount=type=cache`.',
    why:
      'When such a step re-runs, it downloads every package again. A cache mount keeps the package manager\'s download folder between builds on the same builder, outside the image: the re-run fetches only what changed, and nothing is added to the layer.',
    example: 'FROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/app',
    fix:
      'Mount the package manager\'s cache:\n\nFROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod \\\n    --mount=type=cache,target=/root/.cache/go-build \\\n    go build -o /app ./cmd/app\n\n`--fix-unsafe` (not `--fix`) adds the mounts after RUN for the package managers that keep their downloads without more configuration (not apt, yum or dnf, which need a setting changed too). Unsafe because the mount needs BuildKit (or Buildah); a builder without it (kaniko, the legacy builder) refuses or ignores the flag.',
    impact:
      'rebuildSeconds: the typical duration of each install (rules/data/durations.ts) times the share a warm cache saves (rules/data/cache-mounts.ts, with sources: 54% for npm, measured by pnpm.io; estimates for the others).',
    notes:
      'Installs that stay cached on a typical change are not reported, though a mount speeds them up too when the manifests change: the finding is kept for steps that pay on every build. A RUN with any cache mount is taken as already tuned. Cache mounts need BuildKit (the default builder since Docker 23).',
  },
  check({ graph, report }) {
    const rerun = new Set(flatten(typicalRebuilds(graph).filter((r) => r.stage.neededForFinal), (r) => r.nodes));
    for (const node of graph.nodes) {
      if (node.kind !== 'run' || !rerun.has(node) || node.mounts.some((m) => m.type === 'cache')) continue;
      const facts = runFacts(node);
      const found: { id: string; seconds: number }[] = [];
      for (const d of facts.dependencyInstalls) {
        if (!CACHE_MOUNTS[d.ecosystem.id]) continue;
        found.push({ id: d.ecosystem.id, seconds: seconds(d.kind === 'install' ? d.ecosystem.installDuration : d.ecosystem.buildDuration) * CACHE_MOUNTS[d.ecosystem.id]!.saved });
      }
      for (const i of facts.osInstalls) {
        const id = i.manager.id === 'yum' ? (i.command.name === 'yum' ? 'yum' : 'dnf') : i.manager.id;
        if (!CACHE_MOUNTS[id] || i.command.name === 'microdnf') continue;
        found.push({ id, seconds: seconds('os-install') * CACHE_MOUNTS[id]!.saved });
      }
      if (found.length === 0) continue;
      const ids = [...new Set(found.map((f) => f.id))];
      const mounts = ids.flatMap((id) => CACHE_MOUNTS[id]!.targets.map((t) => `--mount=type=cache,target=${t}`));
      const notes = ids.map((id) => CACHE_MOUNTS[id]!.note).filter((n): n is string => n !== undefined);
      const saved = Math.round(found.reduce((n, f) => n + f.seconds, 0));
      report({
        node,
        message: `this RUN re-runs on every source change and downloads its ${ids.join(', ')} packages again: keep them in a cache mount (\`RUN ${mounts.join(' ')} ...\`${notes.length > 0 ? `, ${notes.join('; ')}` : ''}), ~${saved} s less per build`,
        impact: { rebuildSeconds: saved },
        // Where the package manager keeps its downloads as it is, the mount is all it takes.
        fix: notes.length === 0 ? addInstructionFlagsFix(graph, node, mounts, 'unsafe') : null,
      });
    }
  },
});
