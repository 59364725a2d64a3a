/**
 * The terminal width of a string, as string-width computes it, for the tables of the terminal
 * report. cli-table3 measures every word of a wrapped cell, and each line of it again when it pads
 * and draws; string-width builds two regular expressions (ANSI codes, emoji) on every call, which
 * made the table of a corpus run (19,000 findings) take longer than the analysis. The bundle gives
 * cli-table3 this function instead (scripts/build.mjs): a line of printable ASCII, most of what a
 * report holds, is as wide as it is long; anything else goes to string-width.
 */
import realStringWidth from 'string-width';

/** Only characters 0x20–0x7E: no escape codes, no wide or zero-width characters. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function stringWidth(text: string): number {
  return typeof text === 'string' && PRINTABLE_ASCII.test(text) ? text.length : realStringWidth(text);
}
