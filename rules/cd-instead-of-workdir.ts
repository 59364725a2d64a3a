import { defineRule } from '../src/rules/types.js';
import { trimTrailingSlashes } from '../src/graph/paths.js';
import { runFacts } from '../src/graph/run-facts.js';

export default defineRule({
  id: 'cd-instead-of-workdir',
  category: 'style',
  severity: 'warning',
  aliases: ['DL3003'],
  programs: ['cd'],
  summary: 'A RUN uses `cd` to change directory where WORKDIR would say it once',
  fixable: false,
  docs: {
    what: 'Finds `cd` in RUN instructions.',
    why:
      'A `cd` lasts only until the end of its RUN, so the next instructions start from the old directory again, which surprises readers and leads to long chains of `cd x && ... && cd ..`. WORKDIR sets the directory for every later instruction, creates it if needed, and shows in the image configuration.',
    example: 'FROM node:22-slim\nCOPY . /app\nRUN cd /app && npm ci',
    fix: 'Use WORKDIR:\n\nFROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci',
    notes: 'Follows hadolint DL3003, except that a `cd` into /tmp, or into a folder that the same RUN deletes again (building from an unpacked archive), is not reported: WORKDIR would leave the empty folder behind.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      const facts = runFacts(node);
      let earlier = false;
      facts.commands.forEach((cmd, index) => {
        if (cmd.name !== 'cd') return;
        const dir = cmd.args.find((a) => a.value === '-' || !(a.value ?? a.text).startsWith('-'));
        // Going back (`cd ..`, `cd -`, `cd /`) only undoes an earlier cd, which is reported.
        const back = earlier && (dir === undefined || ['-', '..', '/', '~', node.workdir].includes(dir.value ?? ''));
        earlier = true;
        if (back) return;
        if (dir && isTemporary(dir.value, facts.deletes.filter((d) => d.index > index).map((d) => d.target.path), node.workdir)) return;
        report({ node, start: cmd.start, end: cmd.end, message: `\`cd${dir ? ` ${dir.text}` : ''}\` lasts only until the end of this RUN: use WORKDIR to set the directory` });
      });
    }
  },
});

/** `cd /tmp/build` where the RUN later removes /tmp/build (or the folder under it). */
function isTemporary(dir: string | null, deleted: readonly string[], workdir: string): boolean {
  if (dir === null) return false;
  const abs = dir.startsWith('/') ? trimTrailingSlashes(dir) : `${workdir === '/' ? '' : workdir}/${trimTrailingSlashes(dir)}`;
  if (abs === '/tmp' || abs.startsWith('/tmp/')) return true;
  return deleted.some((d) => abs === d || abs.startsWith(`${d}/`));
}
