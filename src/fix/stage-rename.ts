/**
 * A stage name written in lower case, with the references to it that are written out: later
 * `FROM name`, `COPY --from=name` and `RUN --mount=...,from=name`. Docker compares stage names
 * without case, so a reference the fix cannot reach (through a variable) still resolves.
 */
import { fromWords } from '../graph/stages.js';
import type { Graph, Stage } from '../graph/types.js';
import type { Fix, SourceEdit } from '../rules/types.js';

export function lowerStageNameFix(graph: Graph, stage: Stage): Fix | null {
  const name = fromWords(graph, stage.from).name;
  const text = graph.file.source.text;
  if (!name || text.slice(name.start, name.end) !== name.text) return null;
  const lower = name.text.toLowerCase();
  const edits: SourceEdit[] = [{ start: name.start, end: name.end, text: lower }];
  for (const later of graph.stages) {
    if (later.index <= stage.index) continue;
    const image = fromWords(graph, later.from).image;
    if (later.base.kind === 'stage' && later.base.stage === stage && image && image.text.toLowerCase() === lower && text.slice(image.start, image.end) === image.text) {
      edits.push({ start: image.start, end: image.end, text: lower });
    }
    for (const node of later.nodes) {
      if (node.kind !== 'copy' && node.kind !== 'run') continue;
      for (const flag of node.flags) {
        if (flag.name !== 'from' && flag.name !== 'mount') continue;
        const start = node.raw.args.toSource(flag.start);
        const written = text.slice(start, node.raw.args.toSourceEnd(flag.end));
        if (written !== node.raw.args.text.slice(flag.start, flag.end)) continue;
        const at = referenceIn(written, flag.name, lower);
        if (at !== null) edits.push({ start: start + at, end: start + at + lower.length, text: lower });
      }
    }
  }
  return { description: `name the stage "${lower}"`, safety: 'safe', edits };
}

/** Where the stage name sits in `--from=Name` or in a mount's `from=Name` field, if it is there. */
function referenceIn(flag: string, kind: string, lower: string): number | null {
  if (kind === 'from') return flag.slice('--from='.length).toLowerCase() === lower ? '--from='.length : null;
  let offset = '--mount='.length;
  if (!flag.toLowerCase().startsWith('--mount=')) return null;
  for (const field of flag.slice(offset).split(',')) {
    if (field.toLowerCase() === `from=${lower}`) return offset + 'from='.length;
    offset += field.length + 1;
  }
  return null;
}
