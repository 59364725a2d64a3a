import { defineRule } from '../src/rules/types.js';
import { noRecommendsFix } from '../src/fix/shell-fixes.js';
import { hasFlag } from '../src/graph/commands.js';
import { configWriter } from '../src/graph/config-writes.js';
import { imageHistory } from '../src/graph/image-history.js';
import { runFacts } from '../src/graph/run-facts.js';
import { formatBytes } from '../src/model/bytes.js';
import { aptRow } from '../src/model/package-sizes.js';
import { COMPRESSION_RATIO } from './data/compression.js';
import { RECOMMENDS_BASIS, RECOMMENDS_OVERHEAD, UNKNOWN_PACKAGE_EXTRA_MB } from './data/recommends.js';

const APT_PROGRAMS = ['apt-get', 'apt'];
const RECOMMENDS_OFF = /^APT::Install-Recommends=("?)(0|false|no)\1$/i;
/** Recommends turned off in apt's configuration earlier in the image. */
const recommendsOffInConfig = configWriter('/etc/apt/apt.conf', /APT::Install-Recommends\s+"?(0|false|no)/i);

/** `curl=7.88.1-10`, `libc6:amd64`: the package's name. */
function packageName(p: string): string {
  const at = p.search(/[=:]/);
  return at === -1 ? p : p.slice(0, at);
}

export default defineRule({
  id: 'no-install-recommends',
  category: 'size',
  severity: 'warning',
  aliases: ['DL3015'],
  programs: APT_PROGRAMS,
  summary: '`apt-get install` without `--no-install-recommends` also installs every recommended package',
  fixable: true,
  docs: {
    what:
      'Finds `apt-get install` (and `apt install`) in the stages of the final image without `--no-install-recommends`, without `-o APT::Install-Recommends=false`, and with no apt configuration written earlier in the image that turns recommends off.',
    why:
      'By default apt installs each package\'s "Recommends" too: documentation, fonts, compilers, GUI helpers that a container does not need. The overhead depends on the package: nothing for ca-certificates, 3.6 MB for curl, 78 MB for build-essential, 388 MB for python3-pip, 625 MB for npm (installed size on bookworm).',
    example: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y python3-pip \\\n && rm -rf /var/lib/apt/lists/*',
    fix:
      'Add --no-install-recommends, and name the few recommended packages you do need:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3-pip \\\n && rm -rf /var/lib/apt/lists/*\n\n' +
      '`--fix-unsafe` (not `--fix`) adds the flag after `install`: the recommended packages are then no longer installed, and the image may have used one of them (curl recommends the CA certificates it needs for HTTPS), so test the image.',
    impact:
      `bytes: the extra installed size of the recommends of the package with the largest overhead among those named (recommends of several packages overlap, so they are not added up), × ${COMPRESSION_RATIO} for compressed layers. Per package, in this order: the measured table of facts/cache-sizes.md (${RECOMMENDS_BASIS.replace(/^measured: /, '')}); the table generated from the bookworm apt index (rules/data/apt-packages.json, scripts/gen-apt-sizes.mjs); for a package in neither, the median of the measured table, ${UNKNOWN_PACKAGE_EXTRA_MB} MB (git).`,
    notes:
      'Covers hadolint DL3015 (info there); dfscan makes it a warning because the bytes are large, and reports only the stages that end up in the final image: recommends installed in a build stage are not shipped. Packages whose recommends add nothing (ca-certificates, vim, libpq-dev) are not reported.',
  },
  check({ graph, report }) {
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) {
        if (node.kind !== 'run') continue;
        for (const install of runFacts(node).osInstalls) {
          const cmd = install.command;
          if (install.manager.id !== 'apt' || !APT_PROGRAMS.includes(cmd.name)) continue;
          if (hasFlag(cmd, '--no-install-recommends')) continue;
          if (cmd.args.some((a) => RECOMMENDS_OFF.test((a.value ?? '').replace(/^(-o|--option)=/, '')))) continue;
          if (recommendsOffInConfig(graph, node, cmd)) continue;
          const kept = install.packages.filter((p) => !install.removedLater.includes(p) && !/^(\.{0,2}\/|~\/)|\.deb$/.test(p));
          if (kept.length === 0) continue;
          const worst = kept.map((p) => recommendsOf(packageName(p))).reduce((a, b) => (b.mb > a.mb ? b : a));
          if (worst.mb === 0) continue;
          const bytes = Math.round(worst.mb * 1e6 * COMPRESSION_RATIO);
          const known = worst.known;
          report({
            node,
            start: cmd.start,
            end: cmd.end,
            message: `\`${cmd.name} install\` without --no-install-recommends also installs what ${kept.length > 1 ? 'these packages' : worst.name} recommend${kept.length > 1 ? '' : 's'} (${known ? `${worst.name}: ${worst.mb.toFixed(1)} MB installed` : `about ${worst.mb} MB installed for a typical package`}, ~${formatBytes(bytes)} compressed): add --no-install-recommends`,
            impact: { bytes },
            fix: noRecommendsFix(graph, cmd),
          });
        }
      }
    }
  },
});

/** Extra installed MB the package's recommends add, and whether a table knows the package. */
function recommendsOf(name: string): { name: string; mb: number; known: boolean } {
  // Own keys only: a package named `constructor` is not in the table.
  const measured = Object.hasOwn(RECOMMENDS_OVERHEAD, name) ? RECOMMENDS_OVERHEAD[name] : undefined;
  if (measured) return { name, mb: measured.extraMb, known: true };
  const row = aptRow(name);
  if (row) return { name, mb: Math.round(row[3] / 1e5) / 10, known: true };
  return { name, mb: UNKNOWN_PACKAGE_EXTRA_MB, known: false };
}
