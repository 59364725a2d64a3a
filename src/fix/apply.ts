/**
 * Applying fixes to a text: the fixes of one pass never overlap (two edits overlap when their
 * ranges share a character or start at the same offset, so the order of two insertions is never
 * guessed, or when one inserts where the other deletes up to); the first fix in file order wins, the others wait for the next pass, computed again
 * on the changed text. Every character outside the edits is kept as it was.
 */
import type { Finding, Fix, SourceEdit } from '../rules/types.js';

export interface Chosen {
  readonly finding: Finding;
  readonly fix: Fix;
}

/** The fixes to apply in one pass: safe ones (and unsafe ones when allowed), none overlapping. */
export function chooseFixes(findings: readonly Finding[], allowUnsafe: boolean): Chosen[] {
  const candidates = findings
    .filter((f): f is Finding & { fix: Fix } => f.fix !== null && (allowUnsafe || f.fix.safety === 'safe'))
    .sort((a, b) => a.fix.edits[0]!.start - b.fix.edits[0]!.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const taken: SourceEdit[] = [];
  const chosen: Chosen[] = [];
  for (const f of candidates) {
    if (f.fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...f.fix.edits);
    chosen.push({ finding: f, fix: f.fix });
  }
  return chosen;
}

export function overlaps(a: SourceEdit, b: SourceEdit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end) || insertsAtEndOfDeletion(a, b) || insertsAtEndOfDeletion(b, a);
}

/**
 * An insertion right where a deletion ends: what the insertion was placed after is gone. At the
 * end of a file with no final line break, deleting the last instruction (consecutive-runs joining
 * it into the RUN before) ends exactly where another fix appends to that instruction
 * (package-cache's `&& yarn cache clean`), which then landed on a line of its own.
 */
function insertsAtEndOfDeletion(insertion: SourceEdit, deletion: SourceEdit): boolean {
  return insertion.start === insertion.end && deletion.text === '' && deletion.end > deletion.start && insertion.start === deletion.end;
}

/** The edits, which must not overlap, applied to `text`. */
export function applyEdits(text: string, edits: readonly SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('overlapping edits');
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
