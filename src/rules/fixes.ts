/**
 * A rule's fix as findings carry it: checked once when it is reported (edits inside the text,
 * not overlapping, changing something), and converted to the line and column coordinates the
 * report formats use.
 */
import type { LineIndex } from '../parse/line-index.js';
import type { Fix, TextEdit } from './types.js';

/** The fix sorted by position, or null when its edits are out of range, overlap or change nothing. */
export function checkedFix(fix: Fix | null, text: string): Fix | null {
  if (fix === null || fix.edits.length === 0) return null;
  const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let changes = false;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end < e.start || e.end > text.length) return null;
    const prev = edits[i - 1];
    if (prev && (prev.end > e.start || (prev.start === e.start && prev.end === e.start && e.end === e.start))) return null;
    if (text.slice(e.start, e.end) !== e.text) changes = true;
  }
  return changes ? { ...fix, edits } : null;
}

export function textEdits(fix: Fix, lines: LineIndex): TextEdit[] {
  return fix.edits.map((e) => {
    const from = lines.positionOf(e.start);
    const to = lines.positionOf(e.end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, newText: e.text };
  });
}
