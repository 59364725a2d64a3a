import { commandLabel } from '../src/graph/commands.js';
import { imageHistory } from '../src/graph/image-history.js';
import { cacheFix } from '../src/fix/cache-fix.js';
import { formatBytes } from '../src/model/bytes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'package-cache',
  category: 'size',
  severity: 'warning',
  aliases: ['DL3009', 'DL3019', 'DL3032', 'DL3036', 'DL3040', 'DL3042', 'DL3060'],
  summary: 'A package install leaves its cache or index in the layer',
  fixable: true,
  docs: {
    what:
      'Finds installs in the final image that leave the package manager\'s cache or index behind: apt lists after `apt-get update`, the apk index, yum/dnf/zypper caches, and the pip, uv, poetry, npm, yarn, gem and composer download caches, when the same RUN has no no-cache flag, no cleanup and no cache mount.',
    why:
      'The cache is only needed while installing. Left in the layer, it is pulled and stored with every copy of the image; a later `rm` cannot take it out again (see split-cleanup).',
    example: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    fix:
      'Clean up in the same RUN, use the no-cache flag, or mount a build cache:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n\n# or: RUN --mount=type=cache,target=/var/lib/apt/lists ...\n\n' +
      '`--fix` adds the no-cache flag after the subcommand of every command that writes the cache (`apk add --no-cache`, `pip install --no-cache-dir`, uv, poetry, composer), or else appends the cleanup to the same RUN, run by the program that wrote the cache (`microdnf clean all`), with sudo when the install used it: `&& cleanup` on the line, or on a new continuation line in the instruction\'s own style and escape character. Inside a `RUN <<EOF` script the cleanup becomes its last line, but only when the script starts with `set -e`: otherwise the line would hide a failed install. Left alone: the apt lists or apk index when a later layer installs from them without updating first, the exec form, a RUN ending in a shell comment, a separator or `exit`, and installs run through another command (`gosu`, `env`).',
    impact: 'bytes: the typical size of that manager\'s cache (rules/data/package-caches.ts, with sources).',
    notes:
      'Counts as clean: `--no-cache` (apk, uv, poetry, composer), `--no-cache-dir` or PIP_NO_CACHE_DIR (pip), `yum/dnf/microdnf clean all`, `zypper clean`, `npm cache clean`, `yarn cache clean`, `pip cache purge`, an `rm` of the cache folder later in the same RUN, and `RUN --mount=type=cache` or tmpfs over it. Covers the meaning of hadolint DL3009, DL3019, DL3032, DL3036, DL3040, DL3042 and DL3060, but only for stages that end up in the final image: a cache left in a build stage costs nothing.',
  },
  check({ graph, report }) {
    const seen = new Set<string>();
    for (const left of imageHistory(graph).cachesLeft) {
      const key = `${left.node.index}:${left.cache.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fix = left.cache.flagFix ? `add ${left.cache.flagFix}, or append \`&& ${left.cache.cleanup}\`` : `append \`&& ${left.cache.cleanup}\` to this RUN`;
      report({
        node: left.node,
        start: left.command.start,
        end: left.command.end,
        message: `\`${commandLabel(left.command)}\` leaves the ${left.cache.id} cache in the layer (~${formatBytes(left.cache.bytes)}): ${fix}, or use a cache mount`,
        impact: { bytes: left.cache.bytes },
        fix: cacheFix(graph, left.node, left.cache),
      });
    }
  },
});
