/**
 * The terminal width of a string, as string-width computes it, for the tables of the terminal
 * report. cli-table3 measures every word of a wrapped cell, and each line of it again when it pads
 * and draws; string-width builds two regular expressions (ANSI codes, emoji) on every call, which
 * made the table of a corpus run (19,000 findings) take longer than the analysis. The bundle gives
 * cli-table3 this function instead (scripts/build.mjs): a line of printable ASCII, most of what a
 * report holds, is as wide as it is long, and so is one with the table's own characters (box
 * drawing, the bars of the layer chart, the ellipsis of a cut message), each one column wide;
 * anything else goes to string-width, whose emoji expression alone took 2 ms to build in a
 * one-file run.
 */
import realStringWidth from 'string-width';

/**
 * Only characters 0x20–0x7E, the ellipsis, box drawing and block elements (U+2500–U+259F): no
 * escape codes, no wide or zero-width characters.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u2026\u2500-\u259f]*$/;

export function stringWidth(text: string): number {
  return typeof text === 'string' && ONE_COLUMN_EACH.test(text) ? text.length : realStringWidth(text);
}
