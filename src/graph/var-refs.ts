/**
 * The variable references inside each pair of an ENV, LABEL or ARG (`A=$B` holds `$B`), found in
 * one pass: pairs and references are both in source order. A rule that searched every reference
 * for every pair would take quadratic time on a line of many thousand pairs.
 */
import { mapList } from './lists.js';
import { memoize, type Memoizable } from './memo.js';
import type { Variable, VariableUse } from './types.js';

interface WithVars extends Memoizable {
  readonly vars: readonly Variable[];
  readonly references: readonly VariableUse[];
}

/** For each of `node.vars` (same index), the references that lie inside it. */
export const referencesInVars = memoize((node: WithVars): readonly (readonly VariableUse[])[] => {
  const refs = node.references.slice().sort((a, b) => a.start - b.start);
  const out: VariableUse[][] = mapList(node.vars, () => []);
  const order = node.vars.map((v, i) => ({ v, i })).sort((a, b) => a.v.start - b.v.start);
  let r = 0;
  for (const { v, i } of order) {
    while (r < refs.length && refs[r]!.start < v.start) r++;
    for (let k = r; k < refs.length && refs[k]!.start < v.end; k++) if (refs[k]!.end <= v.end) out[i]!.push(refs[k]!);
  }
  return out;
});
