/**
 * Docker's variable substitution in instruction arguments: `$VAR`, `${VAR}` and the modifiers
 * `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`, `${VAR:?msg}`, `${VAR#pat}`,
 * `${VAR##pat}`, `${VAR%pat}`, `${VAR%%pat}`, `${VAR/pat/repl}`, `${VAR//pat/repl}`.
 * Single quotes keep text literal; the escape character keeps a `$` literal. Quote removal is
 * optional, since some arguments (image names) are taken as written.
 */
import { codePoints, shellPattern, type Budget, type Glob } from './glob.js';

/** A variable's value: a string, null when declared without a value, undefined when unknown. */
export type Lookup = (name: string) => string | null | undefined;

export interface Expansion {
  readonly value: string;
  /** Variables that had no value, in order of appearance. */
  readonly unresolved: readonly string[];
}

export function expandWord(raw: string, lookup: Lookup, escape: string, removeQuotes: boolean): Expansion {
  if (!raw.includes('$') && !(removeQuotes && /['"]/.test(raw)) && !raw.includes(escape)) {
    return { value: raw, unresolved: [] };
  }
  const unresolved: string[] = [];
  const value = expandText(raw, lookup, escape, removeQuotes, unresolved, 0);
  return { value, unresolved };
}

function expandText(raw: string, lookup: Lookup, escape: string, removeQuotes: boolean, unresolved: string[], depth: number): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote === "'") {
      if (c === "'") {
        quote = null;
        if (!removeQuotes) out += c;
      } else {
        out += c;
      }
      continue;
    }
    if (c === escape && i + 1 < raw.length) {
      const next = raw[i + 1]!;
      // Inside double quotes only a few characters are escapable; elsewhere all are.
      if (quote === '"' && next !== '"' && next !== '$' && next !== escape) {
        out += c;
        continue;
      }
      if (!removeQuotes) out += c;
      out += next;
      i++;
      continue;
    }
    if ((c === '"' && quote === '"') || (c === '"' && quote === null) || (c === "'" && quote === null)) {
      quote = quote === null ? c : null;
      if (!removeQuotes) out += c;
      continue;
    }
    if (c === '$' && depth < MAX_NESTED_WORDS) {
      const ref = readReference(raw, i);
      if (ref) {
        out += substitute(ref, lookup, escape, unresolved, depth);
        i = ref.end - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/**
 * How deep `${A:-${B:-...}}` words are followed, when expanding and when finding references:
 * deeper, the text is taken as it is. Real Dockerfiles nest two or three; 20,000 levels made
 * findReferences exhaust the stack.
 */
const MAX_NESTED_WORDS = 8;

interface Reference {
  readonly name: string;
  readonly op: string | null;
  readonly word: string;
  readonly end: number;
}

function readReference(raw: string, at: number): Reference | null {
  const next = raw[at + 1];
  if (next === '{') {
    const close = matchingBrace(raw, at + 1);
    if (close === -1) return null;
    const body = raw.slice(at + 2, close);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(:-|:\+|:\?|-|\+|\?|##|#|%%|%|\/\/|\/)?([\s\S]*)$/.exec(body);
    if (!m) return null;
    if (!m[2] && m[3]) return null;
    return { name: m[1]!, op: m[2] ?? null, word: m[3] ?? '', end: close + 1 };
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(at + 1, at + 1 + 256));
  if (!m) return null;
  return { name: m[0], op: null, word: '', end: at + 1 + m[0].length };
}

function matchingBrace(raw: string, open: number): number {
  if (raw.length > 256) return braceTable(raw)[open]!;
  let depth = 0;
  for (let i = open; i < raw.length; i++) {
    if (raw[i] === '{') depth++;
    else if (raw[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The matching `}` of every `{` of a long text, found in one pass: scanning ahead from each
 * `${` of a line holding thousands of unclosed ones would take the square of its length.
 */
const braceTables = new Map<string, Int32Array>();

function braceTable(raw: string): Int32Array {
  let table = braceTables.get(raw);
  if (table) return table;
  table = new Int32Array(raw.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '{') open.push(i);
    else if (raw[i] === '}' && open.length > 0) table[open.pop()!] = i;
  }
  if (braceTables.size >= 4) braceTables.clear();
  braceTables.set(raw, table);
  return table;
}

function substitute(ref: Reference, lookup: Lookup, escape: string, unresolved: string[], depth: number): string {
  const value = lookup(ref.name);
  const isSet = value !== null && value !== undefined;
  const word = (): string => expandText(ref.word, lookup, escape, true, unresolved, depth + 1);
  switch (ref.op) {
    case ':-':
      return isSet && value !== '' ? value : word();
    case '-':
      return isSet ? value : word();
    case ':+':
      return isSet && value !== '' ? word() : '';
    case '+':
      return isSet ? word() : '';
    case ':?':
    case '?':
      if (isSet) return value;
      unresolved.push(ref.name);
      return '';
    case '#':
    case '##':
    case '%':
    case '%%':
    case '/':
    case '//': {
      if (!isSet) {
        unresolved.push(ref.name);
        return '';
      }
      return applyPattern(value, ref.op, word());
    }
    default:
      if (isSet) return value;
      unresolved.push(ref.name);
      return '';
  }
}

/** Values longer than this are left as they are. */
const MAX_PATTERN_VALUE = 4096;
/** Work one pattern operation may do: far more than real values need, bounded for hostile ones. */
const PATTERN_STEPS = 1 << 20;

/**
 * `#`/`##` remove the shortest/longest match at the start, `%`/`%%` at the end; `/` replaces
 * the leftmost longest match, `//` every one, as BuildKit does with its greedy regexp. A value
 * the budget cannot finish is left as it is.
 */
function applyPattern(value: string, op: string, word: string): string {
  if (value.length > MAX_PATTERN_VALUE || word.length > MAX_PATTERN_VALUE) return value;
  const budget: Budget = { steps: PATTERN_STEPS };
  if (op === '/' || op === '//') {
    const slash = word.indexOf('/');
    const pattern = slash === -1 ? word : word.slice(0, slash);
    const replacement = slash === -1 ? '' : word.slice(slash + 1);
    if (pattern === '') return value;
    return replacePattern(value, shellPattern(pattern), replacement, op === '//', budget) ?? value;
  }
  const greedy = op === '##' || op === '%%';
  if (op.startsWith('#')) {
    const { points, offsets } = codePoints(value);
    const end = matchEnd(shellPattern(word), points, greedy, budget);
    return end === null ? value : value.slice(offsets[end]);
  }
  // The end of the value is the start of the reversed value, as BuildKit reads it.
  const { points, offsets } = codePoints(value);
  const end = matchEnd(shellPattern(reverse(word)), points.reverse(), greedy, budget);
  return end === null ? value : value.slice(0, offsets[points.length - end]);
}

/** The shortest or longest match at the start of `points`, as its end; null when none. */
function matchEnd(glob: Glob, points: readonly number[], longest: boolean, budget: Budget): number | null {
  let end: number | null = null;
  const done = glob.scan(points, 0, (e) => {
    if (end === null || longest) end = e;
  }, budget);
  return done ? end : null;
}

function reverse(text: string): string {
  return Array.from(text).reverse().join('');
}

function replacePattern(value: string, glob: Glob, replacement: string, all: boolean, budget: Budget): string | null {
  const { points, offsets } = codePoints(value);
  let out = '';
  let copied = 0;
  let lastEnd = -1;
  for (let start = 0; start <= points.length; ) {
    let end = -1;
    if (!glob.scan(points, start, (e) => void (end = e), budget)) return null;
    // An empty match right after a match is not one (Go's ReplaceAll).
    if (end === -1 || (end === start && start === lastEnd)) {
      start++;
      continue;
    }
    out += value.slice(offsets[copied], offsets[start]) + replacement;
    copied = end;
    lastEnd = end;
    if (!all) break;
    start = end > start ? end : start + 1;
  }
  return out + value.slice(offsets[copied]);
}

/** A `$NAME` or `${NAME...}` in an instruction's arguments. */
export interface VarReference {
  readonly name: string;
  /** Offsets in the text searched. */
  readonly start: number;
  readonly end: number;
  /** `${NAME:-word}` and the like say what happens when NAME is unset. */
  readonly guarded: boolean;
}

/** Operators after which an unset variable is handled on purpose. */
const GUARDS = new Set([':-', '-', ':+', '+', ':?', '?']);

/**
 * The variable references Docker would substitute in `raw`, with their offsets: single-quoted
 * text and escaped dollars are skipped, and references nested in a `${NAME:-word}` word count
 * (to MAX_NESTED_WORDS levels).
 */
export function findReferences(raw: string, escape: string, offset = 0, depth = 0): VarReference[] {
  const out: VarReference[] = [];
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === escape) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = quote === c ? null : quote ?? c;
      continue;
    }
    if (c !== '$') continue;
    const ref = readReference(raw, i);
    if (!ref) continue;
    out.push({ name: ref.name, start: offset + i, end: offset + ref.end, guarded: ref.op !== null && GUARDS.has(ref.op) });
    if (ref.word && depth < MAX_NESTED_WORDS) {
      const wordStart = ref.end - 1 - ref.word.length;
      out.push(...findReferences(ref.word, escape, offset + wordStart, depth + 1));
    }
    i = ref.end - 1;
  }
  return out;
}
