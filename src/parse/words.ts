/**
 * Docker's ways of splitting an instruction's arguments: leading `--flags`, the JSON exec form,
 * white-space words, and `key=value` pairs. Offsets are into the argument text, so callers can
 * map them back to the source.
 */
import type { MappedText } from './mapped-text.js';

export interface Word {
  /** The word as written, quotes included. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

export interface Flag {
  readonly name: string;
  /** Value with quotes removed; null for a bare `--flag`. */
  readonly value: string | null;
  readonly start: number;
  readonly end: number;
}

export interface KeyValue {
  readonly key: string;
  /** The value as written (quotes kept, for the expander); null when there is no `=`. */
  readonly rawValue: string | null;
  readonly start: number;
  readonly end: number;
  /** `ENV key value` (no `=`), the form Docker calls legacy. */
  readonly legacy: boolean;
}

/** Splits on white space, keeping quoted runs (and escaped characters) inside one word. */
export function splitWords(text: string, escape: string, quotes = true): Word[] {
  const words: Word[] = [];
  for (let w = nextWord(text, 0, escape, quotes); w !== null; w = nextWord(text, w.end, escape, quotes)) words.push(w);
  return words;
}

/**
 * The word of splitWords that starts at or after `from`, or null when only white space is left:
 * for readers of the first words alone (the flags of a RUN), which need not split a long script.
 */
export function nextWord(text: string, from: number, escape: string, quotes = true): Word | null {
  const len = text.length;
  let i = from;
  while (i < len && isWs(text[i]!)) i++;
  if (i >= len) return null;
  const start = i;
  let quote: string | null = null;
  while (i < len) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === escape && quote === '"' && i + 1 < len) i++;
    } else if (c === escape && i + 1 < len) {
      i++;
    } else if (quotes && (c === '"' || c === "'")) {
      quote = c;
    } else if (isWs(c)) {
      break;
    }
    i++;
  }
  return { raw: text.slice(start, i), start, end: i };
}

/** Removes one level of quotes and escapes, without expanding variables. */
export function unquote(raw: string, escape: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === escape && quote === '"' && i + 1 < raw.length && (raw[i + 1] === '"' || raw[i + 1] === escape)) out += raw[++i];
      else out += c;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === escape && i + 1 < raw.length) {
      out += raw[++i];
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * Leading `--name[=value]` words, as BuildKit extracts them before it reads the rest; `--` alone
 * ends them. Returns the flags and the arguments after them.
 */
export function splitFlags(args: MappedText, escape: string): { flags: Flag[]; rest: MappedText } {
  const flags: Flag[] = [];
  const text = args.text;
  let restStart = 0;
  for (let w = nextWord(text, 0, escape); w !== null; w = nextWord(text, w.end, escape)) {
    if (!w.raw.startsWith('--')) break;
    restStart = w.end;
    if (w.raw === '--') break;
    const eq = w.raw.indexOf('=');
    const name = (eq === -1 ? w.raw.slice(2) : w.raw.slice(2, eq)).toLowerCase();
    const value = eq === -1 ? null : unquote(w.raw.slice(eq + 1), escape);
    flags.push({ name, value, start: w.start, end: w.end });
  }
  return { flags, rest: restStart === 0 ? args : args.slice(restStart).trim() };
}

/** The JSON exec form (`["a", "b"]`), or null when the text is not a JSON array of strings. */
export function parseExecForm(text: string): string[] | null {
  if (!text.startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return null;
  return value as string[];
}

/**
 * `key=value` pairs of ENV, LABEL and ARG. A first word without `=` is the legacy
 * `ENV key value` form: the key, then the rest of the line as the value.
 */
export function parseKeyValues(text: string, escape: string, allowBare: boolean): KeyValue[] {
  const words = splitWords(text, escape);
  const first = words[0];
  if (!first) return [];
  if (!first.raw.includes('=') && !allowBare) {
    const value = text.slice(first.end).trim();
    return [{ key: first.raw, rawValue: value === '' ? null : value, start: first.start, end: text.length, legacy: true }];
  }
  return words.map((w) => {
    const eq = w.raw.indexOf('=');
    return eq === -1
      ? { key: w.raw, rawValue: null, start: w.start, end: w.end, legacy: false }
      : { key: w.raw.slice(0, eq), rawValue: w.raw.slice(eq + 1), start: w.start, end: w.end, legacy: false };
  });
}

/**
 * Where a quote that is never closed opens, or null. Quotes as splitWords reads them (the escape
 * character works inside double quotes only), which is how Docker's own word lexer reads the
 * arguments of ENV, LABEL and ARG: it refuses the instruction when a quote stays open.
 */
export function unclosedQuote(text: string, escape: string): number | null {
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open !== null) {
      if (c === text[open]) open = null;
      else if (c === escape && text[open] === '"') i++;
    } else if (c === escape) {
      i++;
    } else if (c === '"' || c === "'") {
      open = i;
    }
  }
  return open;
}

function isWs(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
