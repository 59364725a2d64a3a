/**
 * Checks of a fixed text against the text it came from, written independently of the code that
 * applies fixes: every character outside the edits is where the edits put it, the line endings
 * and byte-order mark are the file's own, and positions can be followed through the edits.
 */
import type { SourceEdit } from '../../src/rules/types.js';

/** Null when `after` is `before` with exactly `edits` applied; else what differs. */
export function outsideEditsKept(before: string, after: string, edits: readonly SourceEdit[]): string | null {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let shift = 0;
  let from = 0;
  for (const e of sorted) {
    const gap = before.slice(from, e.start);
    if (after.slice(from + shift, from + shift + gap.length) !== gap) return `text before offset ${e.start} changed`;
    if (after.slice(e.start + shift, e.start + shift + e.text.length) !== e.text) return `edit at ${e.start} not applied as given`;
    shift += e.text.length - (e.end - e.start);
    from = e.end;
  }
  const tail = before.slice(from);
  if (after.length !== before.length + shift || after.slice(from + shift) !== tail) return 'text after the last edit changed';
  return null;
}

/** Where an offset of the text before the edits is afterwards (an offset inside an edit: its start). */
export function mapOffset(offset: number, edits: readonly SourceEdit[]): number {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start > offset || (e.start === offset && e.end > e.start)) break;
    if (offset < e.end) return e.start + shift;
    shift += e.text.length - (e.end - e.start);
  }
  return offset + shift;
}

/** The kinds of line break a text uses. */
export function lineBreaks(text: string): Set<'crlf' | 'lf' | 'cr'> {
  const kinds = new Set<'crlf' | 'lf' | 'cr'>();
  for (const m of text.matchAll(/\r\n|\r|\n/g)) kinds.add(m[0] === '\r\n' ? 'crlf' : m[0] === '\n' ? 'lf' : 'cr');
  return kinds;
}

export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
