/**
 * `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before a RUN whose pipe could hide a failure.
 * Unsafe: every later RUN of the stage then runs in bash instead of sh, where a few builtins
 * differ (`echo "a\nb"` prints the backslash in bash). Only where the stage's base image is
 * known to have bash and no SHELL is set yet.
 */
import { ALWAYS_BASH_IMAGES, BASH_IMAGES, NO_BASH_TAG } from '../../rules/data/bash-images.js';
import { DEFAULT_SHELL, runShell } from '../graph/run-shell.js';
import { rootStage } from '../graph/stages.js';
import type { Graph, RunNode } from '../graph/types.js';
import type { Fix } from '../rules/types.js';
import { eolOf, indentOf, lineStartOf } from './edits.js';

export const PIPEFAIL_SHELL = '["/bin/bash", "-o", "pipefail", "-c"]';

export function pipefailShellFix(graph: Graph, run: RunNode): Fix | null {
  if (runShell(run) !== DEFAULT_SHELL || !baseHasBash(graph, run)) return null;
  const text = graph.file.source.text;
  const lines = graph.file.source.lines;
  if (text.slice(lineStartOf(text, run.raw.start), run.raw.start).trim() !== '') return null;
  // Above the comment lines right over the RUN, which stay with it (they may be its pragmas).
  let line = lines.lineOf(run.raw.start);
  const commentLines = new Set(graph.file.comments.map((c) => c.line));
  while (commentLines.has(line - 1)) line--;
  const at = lines.lineStart(line);
  const keyword = run.raw.keywordText === run.raw.keywordText.toLowerCase() ? 'shell' : 'SHELL';
  const edit = { start: at, end: at, text: `${indentOf(text, run.raw.start)}${keyword} ${PIPEFAIL_SHELL}${eolOf(text, run.raw.start)}` };
  return { description: `add ${keyword} ${PIPEFAIL_SHELL}`, safety: 'unsafe', edits: [edit] };
}

function baseHasBash(graph: Graph, run: RunNode): boolean {
  const root = rootStage(graph, run.stage);
  if (!root || root.base.kind !== 'image') return false;
  const { name, tag } = root.base.ref;
  return ALWAYS_BASH_IMAGES.has(name) || (BASH_IMAGES.has(name) && !NO_BASH_TAG.test(tag ?? 'latest'));
}
