/**
 * Docker's line rules: an instruction continues while a line ends with the escape character
 * (white space after it allowed); comment lines and empty lines inside a continuation are
 * dropped. Heredoc bodies follow the instruction's logical line.
 */
import { MappedText, MappedTextBuilder } from './mapped-text.js';

export interface LogicalLine {
  readonly text: MappedText;
  /** Offset just past the last character of the logical line (before its line break). */
  readonly end: number;
  /** Offset where the next line starts. */
  readonly next: number;
  /** Source offsets of empty lines skipped inside the continuation. */
  readonly emptyContinuationLines: number[];
}

/**
 * Reads the logical line that starts at `from`. Comment lines skipped inside the continuation
 * are added to `comments` as source ranges (from `#` to the end of the line), when given.
 */
export function readLogicalLine(text: string, from: number, escape: string, comments?: [number, number][]): LogicalLine {
  const esc = escape.charCodeAt(0);
  const builder = new MappedTextBuilder(text);
  const emptyLines: number[] = [];
  const len = text.length;
  let segStart = from;
  let i = from;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === esc) {
      let j = i + 1;
      while (j < len && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      // Read only inside the text: a read past its end deoptimises this function.
      if (j >= len) {
        builder.append(segStart, i);
        return { text: builder.build(from), end: i, next: len, emptyContinuationLines: emptyLines };
      }
      const n = text.charCodeAt(j);
      if (n === 10 || n === 13) {
        builder.append(segStart, i);
        let k = afterLineBreak(text, j);
        // Skip comment and empty lines inside the continuation, as Docker does.
        while (k < len) {
          let f = k;
          while (f < len && (text.charCodeAt(f) === 32 || text.charCodeAt(f) === 9)) f++;
          if (f >= len) break;
          const fc = text.charCodeAt(f);
          if (fc === 10 || fc === 13) {
            emptyLines.push(k);
            k = afterLineBreak(text, f);
          } else if (fc === 35 /* # */) {
            const end = lineBreakAt(text, f);
            comments?.push([f, end]);
            k = afterLineBreak(text, end);
          } else {
            break;
          }
        }
        segStart = k;
        i = k;
        continue;
      }
      i += 2;
      continue;
    }
    if (c === 10 || c === 13) {
      builder.append(segStart, i);
      return { text: builder.build(from), end: i, next: afterLineBreak(text, i), emptyContinuationLines: emptyLines };
    }
    i++;
  }
  builder.append(segStart, len);
  return { text: builder.build(from), end: len, next: len, emptyContinuationLines: emptyLines };
}

/** Offset of the line break (or end of text) at or after `from`. */
export function lineBreakAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Offset just past the line break at `at` (which must point at `\r` or `\n`). */
export function afterLineBreak(text: string, at: number): number {
  if (at >= text.length) return text.length;
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return at + 2;
  return at + 1;
}
