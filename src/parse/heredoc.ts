/**
 * Heredocs in RUN, COPY and ADD, found the way BuildKit finds them: a word that starts with `<<`
 * (or `<<-`, which strips leading tabs) names a body that follows the instruction's line and
 * ends at a line holding only that name. BuildKit 0.22 also accepts white space between `<<` and
 * the name (`<< 'EOF'`), which dockerfile-ast does not see; this module does.
 */
import { afterLineBreak, lineBreakAt } from './logical-line.js';
import { MappedText, MappedTextBuilder } from './mapped-text.js';

export interface HeredocMarker {
  readonly name: string;
  /** `<<-`: leading tabs are removed from the body and the terminator. */
  readonly stripTabs: boolean;
  /** Quoted name: the body is taken literally, without variable expansion. */
  readonly quoted: boolean;
  /** Offset of `<<` in the text searched, and just past the marker. */
  readonly start: number;
  readonly end: number;
}

export interface Heredoc extends HeredocMarker {
  readonly content: MappedText;
  /** Source offsets of the body (first body line to end of terminator line). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly terminated: boolean;
}

const NAME_STOP = new Set([' ', '\t', ';', '|', '&', '<', '>', '(', ')', '\n', '\r']);

/** Heredoc markers in an instruction's arguments, outside quotes, each at the start of a word. */
export function findHeredocMarkers(text: string, escape: string): HeredocMarker[] {
  const markers: HeredocMarker[] = [];
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === escape && quote === '"') i++;
      continue;
    }
    if (c === escape) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c !== '<' || text[i + 1] !== '<' || text[i + 2] === '<') continue;
    if (!atWordStart(text, i)) {
      i++;
      continue;
    }
    const marker = readMarker(text, i);
    if (marker) {
      markers.push(marker);
      i = marker.end - 1;
    } else {
      i++;
    }
  }
  return markers;
}

function atWordStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && text[j]! >= '0' && text[j]! <= '9') j--;
  return j < 0 || text[j] === ' ' || text[j] === '\t';
}

function readMarker(text: string, at: number): HeredocMarker | null {
  let i = at + 2;
  const stripTabs = text[i] === '-';
  if (stripTabs) i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const q = text[i];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, i + 1);
    if (close === -1 || close === i + 1) return null;
    return { name: text.slice(i + 1, close), stripTabs, quoted: true, start: at, end: close + 1 };
  }
  let j = i;
  let name = '';
  let quoted = false;
  while (j < text.length && !NAME_STOP.has(text[j]!)) {
    const c = text[j]!;
    if (c === '"' || c === "'") {
      // A partly quoted name (E"O"F) still names EOF, and still disables expansion.
      const close = text.indexOf(c, j + 1);
      if (close === -1) return null;
      name += text.slice(j + 1, close);
      quoted = true;
      j = close + 1;
      continue;
    }
    name += c;
    j++;
  }
  if (name === '') return null;
  return { name, stripTabs, quoted, start: at, end: j };
}

/**
 * Reads the bodies of `markers`, in order, from source offset `from` (the line after the
 * instruction). Returns the heredocs and the offset where the instruction ends.
 */
export function readHeredocBodies(
  text: string,
  from: number,
  markers: readonly HeredocMarker[],
): { heredocs: Heredoc[]; end: number } {
  const heredocs: Heredoc[] = [];
  let pos = from;
  let end = from;
  for (const marker of markers) {
    const builder = new MappedTextBuilder(text);
    const bodyStart = pos;
    let terminated = false;
    while (pos < text.length) {
      const lineEnd = lineBreakAt(text, pos);
      let contentStart = pos;
      if (marker.stripTabs) while (text.charCodeAt(contentStart) === 9 && contentStart < lineEnd) contentStart++;
      if (text.slice(contentStart, lineEnd) === marker.name) {
        terminated = true;
        end = lineEnd;
        pos = afterLineBreak(text, lineEnd);
        break;
      }
      const next = afterLineBreak(text, lineEnd);
      builder.append(contentStart, next);
      pos = next;
      end = next;
    }
    heredocs.push({
      ...marker,
      content: builder.build(bodyStart),
      bodyStart,
      bodyEnd: end,
      terminated,
    });
    if (!terminated) break;
  }
  return { heredocs, end };
}
