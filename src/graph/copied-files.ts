/**
 * Which of some named files (lockfiles) an earlier COPY put in a folder by the time a RUN runs
 * there: named in the COPY (`COPY package.json package-lock.json ./`), matched by its pattern
 * (`COPY package*.json ./`, when the build context has it), or inside a
 * copied folder of the build context (`COPY . .`, known only with the context).
 */
import type { BuildContext } from '../context/build-context.js';
import { cachedPathGlob } from './glob.js';
import { basenameOf, joinPath, trimTrailingSlashes } from './paths.js';
import { earlierItems } from './earlier.js';
import type { CopyNode, Graph, RunNode } from './types.js';

export interface CopiedFile {
  readonly name: string;
  /** The COPY that brought it in. */
  readonly copy: CopyNode;
}

const NONE: readonly CopyNode[] = [];
/** The COPY and ADD instructions from the build context before each instruction. */
const contextCopiesBefore = earlierItems((node): readonly CopyNode[] => (node.kind === 'copy' && node.from === null ? [node] : NONE));

/**
 * The first of `names` found in `dir` when `run` runs, or null: the latest COPY before `run`, in
 * its stage and the stages it is built on, that brings one decides.
 */
export function copiedFileIn(graph: Graph, run: RunNode, dir: string, names: readonly string[], context: BuildContext | null): CopiedFile | null {
  for (let copy = contextCopiesBefore(graph, run); copy; copy = copy.next) {
    for (const name of names) if (brings(copy.item, dir, name, context)) return { name, copy: copy.item };
  }
  return null;
}

function brings(copy: CopyNode, dir: string, name: string, context: BuildContext | null): boolean {
  const sources = copy.sources.filter((s) => !s.heredoc);
  const destIsDir = copy.dest.endsWith('/') || copy.dest === '.' || sources.length > 1;
  const dest = joinPath(copy.workdir, copy.dest);
  for (const source of sources) {
    const base = basenameOf(source.value);
    if (!destIsDir && base === name && basenameOf(dest) === name) {
      if (joinPath(dest, '..') === dir) return true;
      continue;
    }
    if (dest !== dir) continue;
    if (base === name) return true;
    if (/[*?[]/.test(base) && globMatches(base, name)) {
      // Without the context, `package*.json` may or may not hold a lockfile.
      const prefix = source.value.slice(0, source.value.length - base.length);
      if (context && context.select(`${prefix}${name}`).length > 0) return true;
      continue;
    }
    // A folder of the context (`.`, `app/`): its files land under the destination.
    if (context && context.select(`${trimTrailingSlashes(source.value)}/${name}`).length > 0) return true;
  }
  return false;
}

/**
 * A COPY source's last segment against a file name, as Docker matches it (filepath.Match). Not a
 * regular expression made from the pattern: an unclosed `[` made that throw (an internal error),
 * and a run of stars (`COPY ****...x ./`) made it backtrack for minutes.
 */
function globMatches(glob: string, name: string): boolean {
  return cachedPathGlob(glob).matches(name);
}
