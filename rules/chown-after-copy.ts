import { defineRule } from '../src/rules/types.js';
import { copyChownFix } from '../src/fix/shell-fixes.js';
import { hasFlag, positionals } from '../src/graph/commands.js';
import { imageHistory } from '../src/graph/image-history.js';
import { basenameOf, joinPath, normalizePath } from '../src/graph/paths.js';
import { runFacts } from '../src/graph/run-facts.js';
import { sourceKind } from '../src/graph/source-kind.js';
import type { CopyNode } from '../src/graph/types.js';

const CHANGERS: Readonly<Record<string, { readonly flag: 'chown' | 'chmod' }>> = {
  chown: { flag: 'chown' },
  chgrp: { flag: 'chown' },
  chmod: { flag: 'chmod' },
};

export default defineRule({
  id: 'chown-after-copy',
  category: 'size',
  severity: 'warning',
  aliases: [],
  programs: Object.keys(CHANGERS),
  summary: '`chown -R`/`chmod -R` in a RUN after COPY stores the copied files twice',
  fixable: true,
  docs: {
    what:
      'Finds, in the stages of the final image, a recursive `chown`, `chgrp` or `chmod` in a RUN over files that an earlier COPY or ADD wrote (the same folder, one inside it, or one holding it), when that COPY did not already set the owner (`--chown`) or mode (`--chmod`). Copies of single configuration files and scripts, which weigh a few kB, are left out.',
    why:
      'Changing a file\'s owner or mode changes the file as far as layers go: the RUN\'s layer stores a second, complete copy of every file it touches, while the first copy stays in the COPY layer. A tree of 200 MB becomes 400 MB to pull and store. `COPY --chown` and `COPY --chmod` set them in the one layer.',
    example: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\nUSER node',
    fix: 'Set owner and mode in the COPY:\n\nFROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\n\n' +
      '`--fix` writes `COPY --chown=...` and drops the `chown -R` (or keeps it without -R when WORKDIR or an earlier step made the folder, which --chown leaves as it is). Only where the folder can hold nothing but the copy: the chown names exactly the COPY\'s destination and is the first command of the next RUN, nothing wrote there before, the folder is not one the base image fills (/etc, /usr, /var/www, /home/...), and the user is not created after the COPY. `chmod -R` and `chgrp -R` are left to you.',
    impact: 'bytes: the size of the copied files, which dfscan does not measure yet, so null; the message names the COPY whose files are stored again.',
    notes: '`COPY --chmod` needs BuildKit (Docker 23 and later use it by default). Only stages that end up in the final image are checked.',
  },
  check({ graph, report }) {
    const lines = graph.file.source.lines;
    const copies: { node: CopyNode; dest: string }[] = [];
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) {
        if (node.kind === 'copy') {
          // Single configuration files, scripts and code files weigh a few kB: a second copy is not worth a finding.
          const weighs = node.from !== null || node.sources.some((s) => !['other', 'heredoc'].includes(sourceKind(s, node)) && !singleFile(s.value, node.dest));
          if (node.dest !== '' && node.sources.length > 0 && weighs) copies.push({ node, dest: joinPath(node.workdir, node.dest) });
          continue;
        }
        if (node.kind !== 'run') continue;
        const facts = runFacts(node);
        facts.commands.forEach((cmd, index) => {
          const changer = Object.hasOwn(CHANGERS, cmd.name) ? CHANGERS[cmd.name] : undefined;
          if (!changer || cmd.conditional || !hasFlag(cmd, '-R', '--recursive')) return;
          const targets = positionals(cmd, ['--reference', '--from']).slice(1);
          const hit = copies.find((c) =>
            !c.node.flags.some((f) => f.name === changer.flag) &&
            targets.some((t) => {
              const ref = t.value === null ? null : normalizePath(t.value, facts.cwd[index] ?? node.workdir, null);
              return ref !== null && overlaps(ref.path, c.dest);
            }),
          );
          if (!hit) return;
          const flag = `--${changer.flag}`;
          report({
            node,
            start: cmd.start,
            end: cmd.end,
            fix: copyChownFix(graph, hit.node, node, cmd),
            message: `\`${cmd.name} -R\` rewrites the files ${hit.node.keyword} on line ${lines.lineOf(hit.node.raw.start)} wrote to ${hit.dest}: the layer stores them a second time (their size is not measured); set it in the copy with \`${hit.node.keyword} ${flag}=...\``,
          });
        });
      }
    }
  },
});

/** `app.py`, or `Caddyfile` copied to `/etc/caddy/Caddyfile`: one file, not a folder. */
function singleFile(source: string, dest: string): boolean {
  const name = basenameOf(source);
  if (name === '' || name === '.' || /[*?[]/.test(name) || source.endsWith('/')) return false;
  return (/^[^.].*\.[A-Za-z0-9]+$/.test(name) && !ARCHIVE.test(name)) || (!dest.endsWith('/') && basenameOf(dest) === name);
}

const ARCHIVE = /\.(tar|tgz|gz|xz|bz2|zst|zip|jar|war|ear|whl|deb|rpm|apk|gem|nupkg)$/i;

/** The changed path is the copied one, holds it, or lies inside it (a copy into / tells nothing). */
function overlaps(target: string, copied: string): boolean {
  if (copied === '/') return target === '/';
  return target === copied || target === '/' || target.startsWith(`${copied}/`) || copied.startsWith(`${target}/`);
}
