/**
 * Splits a Dockerfile into instructions, comments and parser directives, and reshapes them into
 * plain records with source offsets, in one pass over the text with Docker's own rules: an
 * instruction is a keyword at the start of a line, its logical line continues while a line ends
 * with the escape character (comment and empty lines inside are dropped), and the heredoc bodies
 * of RUN, COPY and ADD follow it (BuildKit also accepts `<< 'EOF'`, which dockerfile-ast misses).
 * The rules match dockerfile-ast's where it agrees with Docker (test/parse/scanner.test.ts
 * compares them over the corpus); scanning is several times faster than building its AST.
 * Nothing here throws on bad input: problems are collected.
 */
import { readCheckDirective, type CheckDirective } from './check-directive.js';
import { findHeredocMarkers, readHeredocBodies, type Heredoc } from './heredoc.js';
import type { LineIndex } from './line-index.js';
import { lineBreakAt, readLogicalLine } from './logical-line.js';
import type { MappedText } from './mapped-text.js';
import type { SourceText } from './source.js';

export interface RawInstruction {
  /** Upper-cased keyword (`RUN`); unknown words are kept, upper-cased. */
  readonly keyword: string;
  /** The keyword as written, for casing checks. */
  readonly keywordText: string;
  /** Source offsets of the whole instruction, heredoc bodies included. */
  readonly start: number;
  readonly end: number;
  /** Source offset just past the keyword. */
  readonly keywordEnd: number;
  /** The arguments: continuation lines joined, comment lines dropped, trimmed. */
  readonly args: MappedText;
  readonly heredocs: readonly Heredoc[];
  /** Source offsets of empty lines inside the continuation (deprecated by Docker). */
  readonly emptyContinuationLines: readonly number[];
}

export interface Directive {
  readonly name: string;
  readonly value: string;
  readonly line: number;
}

export interface CommentLine {
  /** 1-based line. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** Text after `#`, trimmed. */
  readonly text: string;
}

export interface Problem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** `order`: an instruction other than ARG before the first FROM (reported by its own rule). */
  readonly kind?: 'order';
}

export interface ParsedDockerfile {
  readonly source: SourceText;
  readonly escape: string;
  readonly directives: readonly Directive[];
  /** BuildKit's `# check=` directive, or null. */
  readonly check: CheckDirective | null;
  readonly comments: readonly CommentLine[];
  readonly instructions: readonly RawInstruction[];
  readonly problems: readonly Problem[];
}

export const KNOWN_KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

export function parseDockerfile(source: SourceText): ParsedDockerfile {
  const { text, lines } = source;
  const len = text.length;
  const directives = readDirectives(text, lines);
  const escape = escapeOf(directives);
  const problems: Problem[] = [];
  if (source.invalidUtf8Line !== null) {
    const at = lines.lineStart(source.invalidUtf8Line);
    problems.push({ message: `line ${source.invalidUtf8Line} is not valid UTF-8; Docker reads Dockerfiles as UTF-8`, start: at, end: lines.lineEnd(source.invalidUtf8Line) });
  }

  const check = readCheckDirective(source, directives, problems);

  const instructions: RawInstruction[] = [];
  const commentRanges: [number, number][] = [];
  const esc = escape.charCodeAt(0);
  // Instructions start on the line after the directives.
  let i = directives.length === 0 ? 0 : lines.offsetAt(directives.length, 0);
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (c === 35 /* # */) {
      const end = lineBreakAt(text, i);
      commentRanges.push([i, end]);
      i = end;
      continue;
    }
    let start = i;
    let keywordEnd = keywordEndAt(text, i, esc);
    let logical = readLogicalLine(text, keywordEnd, escape, commentRanges);
    let args = logical.text.trim();
    if (keywordEnd === start) {
      // A line holding only the escape character continues into the next: the keyword is the
      // first word after it, as Docker joins the lines before it reads the keyword.
      const word = /^\S*/.exec(args.text)![0].length;
      if (word === 0) {
        i = logical.next;
        continue;
      }
      start = args.toSource(0);
      keywordEnd = args.toSourceEnd(word);
      args = args.slice(word).trim();
    }
    const keywordText = text.slice(start, keywordEnd);
    const keyword = keywordText.toUpperCase();
    let end = logical.end;
    let heredocs: Heredoc[] = [];
    if (mayHaveHeredocs(keyword, args.text)) {
      const markers = findHeredocMarkers(args.text, escape);
      if (markers.length > 0) {
        const read = readHeredocBodies(text, logical.next, markers);
        heredocs = read.heredocs;
        end = Math.max(end, read.end);
        for (const h of heredocs) {
          if (!h.terminated) {
            problems.push({
              message: `heredoc <<${h.name} is never closed: the rest of the file is taken as its body`,
              start: args.toSource(h.start),
              end: args.toSourceEnd(h.end),
            });
          }
        }
      }
    }
    if (!KNOWN_KEYWORDS.has(keyword)) {
      problems.push({ message: `unknown instruction "${keywordText}"`, start, end: keywordEnd });
    }
    instructions.push({
      keyword,
      keywordText,
      start,
      end,
      keywordEnd,
      args,
      heredocs,
      emptyContinuationLines: logical.emptyContinuationLines,
    });
    i = Math.max(end, logical.next);
  }

  const comments: CommentLine[] = commentRanges.map(([start, end]) => ({
    line: lines.lineOf(start),
    start,
    end,
    text: text.slice(start + 1, end).trim(),
  }));
  return { source, escape, directives, check, comments, instructions, problems };
}

/**
 * The keyword runs to the first white space or line break; an escape character that ends the
 * line (`RUN \`) starts the continuation instead.
 */
function keywordEndAt(text: string, from: number, esc: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) break;
    if (c === esc) {
      let j = i + 1;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
      const n = text.charCodeAt(j);
      if (j >= text.length || n === 10 || n === 13) break;
    }
  }
  return i;
}

/** RUN, COPY and ADD in shell form take heredocs, also as an ONBUILD trigger. */
function mayHaveHeredocs(keyword: string, args: string): boolean {
  // A marker starts with `<<`: most instructions are not scanned character by character for one.
  if (!args.includes('<<')) return false;
  if (HEREDOC_KEYWORDS.has(keyword)) return !args.startsWith('[');
  if (keyword !== 'ONBUILD') return false;
  const trigger = /^\S+/.exec(args)?.[0].toUpperCase() ?? '';
  return HEREDOC_KEYWORDS.has(trigger) && !args.slice(trigger.length).trimStart().startsWith('[');
}

/**
 * Parser directives (`# escape=\``, `# syntax=...`): comment lines of the form `# name=value` at
 * the very top, each on its own line, until any other line. Read as dockerfile-ast reads them:
 * the name is the first word before `=`, the value the first word after it.
 */
function readDirectives(text: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  const len = text.length;
  scan: for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c !== 35 /* # */) break;
    let nameStart = -1;
    let nameEnd = -1;
    let eq = i + 1;
    for (; eq < len; eq++) {
      const d = text.charCodeAt(eq);
      if (d === 61 /* = */) break;
      if (d === 10 || d === 13) break scan;
      if (d === 32 || d === 9) {
        if (nameStart !== -1 && nameEnd === -1) nameEnd = eq;
      } else if (nameStart === -1) {
        nameStart = eq;
      }
    }
    if (eq >= len || nameStart === -1) break;
    if (nameEnd === -1) nameEnd = eq;
    let valueStart = -1;
    let valueEnd = -1;
    let lineEnd = len;
    for (let k = eq + 1; k < len; k++) {
      const d = text.charCodeAt(k);
      if (d === 10 || d === 13) {
        if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
        lineEnd = k;
        break;
      }
      if (d === 32 || d === 9) {
        if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
      } else if (valueStart === -1) {
        valueStart = k;
      }
    }
    if (valueStart === -1) {
      valueStart = eq + 1;
      valueEnd = lineEnd;
    } else if (valueEnd === -1) {
      valueEnd = len;
    }
    out.push({ name: text.slice(nameStart, nameEnd).toLowerCase(), value: text.slice(valueStart, valueEnd), line: lines.lineOf(i) });
    i = text.charCodeAt(valueEnd) === 13 ? valueEnd + 1 : valueEnd;
  }
  return out;
}

/** The first `escape` directive with a valid value (a backslash or a backtick) decides. */
function escapeOf(directives: readonly Directive[]): string {
  for (const d of directives) if (d.name === 'escape' && (d.value === '\\' || d.value === '`')) return d.value;
  return '\\';
}
