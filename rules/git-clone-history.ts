import { hasFlag, positionals } from '../src/graph/commands.js';
import { imageHistory } from '../src/graph/image-history.js';
import { removes } from '../src/graph/paths.js';
import { runFacts } from '../src/graph/run-facts.js';
import { addFlagFix } from '../src/fix/shell-fixes.js';
import { defineRule } from '../src/rules/types.js';

/** Options that limit the history a clone fetches (a treeless or blobless clone keeps only commits). */
const SHALLOW = ['--depth', '--shallow-since', '--shallow-exclude', '--filter'];
/** Clones meant to be whole repositories. */
const WHOLE = ['--mirror', '--bare'];

export default defineRule({
  id: 'git-clone-history',
  category: 'size',
  severity: 'info',
  aliases: [],
  programs: ['git'],
  summary: '`git clone` without `--depth` in the final image, with its .git kept: the whole history ships',
  fixable: true,
  docs: {
    what:
      'Finds `git clone` in the stages of the final image without `--depth` (or `--shallow-since`, `--shallow-exclude`, or a partial clone\'s `--filter`) whose RUN removes neither the clone nor its .git folder.',
    why:
      'A full clone brings every version of every file the project ever had, packed in .git: for an active project that is often larger than the checkout itself (tens to hundreds of MB for a language runtime or a framework), and all of it ships in the image although the build only uses one commit. A shallow clone fetches that commit alone, and is faster to build too.',
    example: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\nRUN git clone --branch v2.3.0 https://github.com/example/tool.git /opt/tool \\\n && pip install --no-cache-dir /opt/tool',
    fix:
      'Clone only the commit you need, or drop .git once the checkout is done:\n\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\nRUN git clone --depth 1 --branch v2.3.0 https://github.com/example/tool.git /opt/tool \\\n && pip install --no-cache-dir /opt/tool\n\n# A fixed commit: git init /opt/tool && cd /opt/tool && git fetch --depth 1 origin <sha> && git checkout FETCH_HEAD\n# Or: ADD --keep-git-dir=false https://github.com/example/tool.git#v2.3.0 /opt/tool\n\n`--fix-unsafe` (not `--fix`) adds `--depth 1` after `clone`: a later `git checkout` of an older commit, or a build that reads the history (`git describe`), then fails.',
    impact: 'bytes: not known before the repository is fetched (null).',
    notes:
      'Clones in build stages are not reported: only what is copied out of them ships. `--mirror` and `--bare` clones, whose point is the history, are not reported, nor clones whose folder is written as a variable. A .git removed by a later RUN is left to split-cleanup. When the build needs the history (`git describe` of an old tag, `git log` for a version string), `--depth` with `--branch TAG` or `--shallow-since` usually still gives it.',
  },
  check({ graph, report }) {
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) {
        if (node.kind !== 'run') continue;
        const facts = runFacts(node);
        facts.commands.forEach((cmd, index) => {
          const clone = cmd.name === 'git' ? positionals(cmd, ['-C', '-c'])[0] : undefined;
          if (clone?.value !== 'clone') return;
          if (hasFlag(cmd, ...SHALLOW, ...WHOLE)) return;
          const dir = facts.creates.find((c) => c.command === cmd);
          // Deleted again in this RUN (the clone or its .git), or not known where it went.
          if (!dir) return;
          if (facts.deletes.some((d) => d.index > index && (removes(d.target, `${dir.path}/.git`)))) return;
          const shown = dir.path.replace(/^~/, '$HOME');
          report({
            node,
            start: cmd.start,
            end: cmd.end,
            message: `\`git clone\` without --depth keeps the repository's whole history in ${shown}/.git, in the final image: clone with --depth 1 (and --branch TAG), or remove ${shown}/.git in this RUN`,
            impact: { bytes: null },
            fix: addFlagFix(graph, clone, '--depth 1', 'unsafe'),
          });
        });
      }
    }
  },
});
