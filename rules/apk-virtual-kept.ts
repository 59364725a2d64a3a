import { optionValue, positionals } from '../src/graph/commands.js';
import { flatten } from '../src/graph/lists.js';
import { imageHistory } from '../src/graph/image-history.js';
import { runFacts } from '../src/graph/run-facts.js';
import type { RunNode } from '../src/graph/types.js';
import type { ShellCommand, ShellWord } from '../src/parse/shell/commands.js';
import { formatBytes } from '../src/model/bytes.js';
import { packageSetSize } from '../src/model/package-sizes.js';
import { APK_PACKAGE_AVERAGE } from './data/install-sizes.js';
import { APK_BUILD_ONLY } from './data/toolchains.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'apk-virtual-kept',
  category: 'size',
  severity: 'warning',
  aliases: [],
  programs: ['apk'],
  summary: '`apk add --virtual NAME` whose group is not removed by `apk del NAME` in the same RUN: the build packages ship',
  fixable: false,
  docs: {
    what:
      'Finds `apk add --virtual NAME` (`-t NAME`) of build packages (headers named `*-dev`, build-base, gcc, make, autoconf, linux-headers, ...) in the stages of the final image whose RUN never runs `apk del NAME`: either nothing removes the group, or a later RUN does, after the layer holding the packages was already stored.',
    why:
      'A virtual group exists to be deleted: it names the compilers and headers (`build-base`, `*-dev`, `gcc`) needed to build something, so that one `apk del` removes them all when the build is done. Without the `apk del` in the same RUN they stay in the image, often the largest part of it (gcc and musl-dev alone are about 200 MB installed on Alpine); a delete in a later RUN hides them but their bytes remain in the earlier layer.',
    example:
      'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev\nRUN pip install --no-cache-dir cffi==1.17.1\nRUN apk del .build-deps',
    fix:
      'Install, build and remove the group in one RUN:\n\nFROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev \\\n && pip install --no-cache-dir cffi==1.17.1 \\\n && apk del --no-network .build-deps',
    impact: `bytes: ${APK_PACKAGE_AVERAGE.bytes / 1e6} MB compressed per package named (${APK_PACKAGE_AVERAGE.basis}); build packages are usually larger, so this is a lower bound.`,
    notes:
      'Groups of runtime libraries are meant to stay and are not reported: the official images keep one (`apk add --virtual .python-rundeps $runDeps`, found by scanelf) so that deleting the build group leaves the libraries the program links to. Only groups holding a build package are reported. Build stages are not checked: their packages do not reach the final image. A group name held in a variable (`--virtual "$DEPS"`) is compared as written. When the packages are meant to stay, drop `--virtual` so the intent is clear.',
  },
  check({ graph, report }) {
    const runs = flatten(imageHistory(graph).chain, (s) => s.nodes.filter((n): n is RunNode => n.kind === 'run'));
    runs.forEach((node, at) => {
      const facts = runFacts(node);
      for (const install of facts.osInstalls) {
        if (install.manager.id !== 'apk' || !install.manager.virtualOption) continue;
        const group = optionValue(install.command, install.manager.virtualOption) ?? virtualText(install.command.args, install.manager.virtualOption);
        const building = install.packages.filter((p) => APK_BUILD_ONLY.test(p.split(/[=<>~]/, 1)[0]!) /* the name before a version (`/[=<>~].*$/` was quadratic) */);
        if (!group || building.length === 0) continue;
        const index = facts.commands.indexOf(install.command);
        if (facts.commands.slice(index + 1).some((c) => deletes(c, group))) continue;
        const later = runs.slice(at + 1).find((r) => runFacts(r).commands.some((c) => deletes(c, group)));
        const bytes = packageSetSize('apk', install.packages).bytes;
        const examples = building.slice(0, 3).join(', ') + (building.length > 3 ? ', ...' : '');
        const what = later
          ? `is removed only on line ${graph.file.source.lines.lineOf(later.raw.start)}, in a later layer: its packages' bytes stay in this one`
          : 'is never removed: its packages ship in the final image';
        report({
          node,
          start: install.command.start,
          end: install.command.end,
          message: `The virtual group ${group} of build packages (${examples}; ${install.packages.length} in all, ~${formatBytes(bytes)} or more) ${what}; end this RUN with \`apk del ${group}\``,
          impact: { bytes },
        });
      }
    });
  },
});

/** `apk del ... NAME ...` */
function deletes(cmd: ShellCommand, group: string): boolean {
  if (cmd.name !== 'apk') return false;
  const words = positionals(cmd, ['-X', '--repository', '-p', '--root']);
  return words[0]?.value === 'del' && words.slice(1).some((w) => (w.value ?? w.text) === group);
}

/** The group as written when it is a variable (`--virtual "$DEPS"`). */
function virtualText(args: readonly ShellWord[], names: readonly string[]): string | null {
  const i = args.findIndex((a) => names.includes(a.value ?? a.text));
  return i >= 0 ? (args[i + 1]?.text ?? null) : null;
}
