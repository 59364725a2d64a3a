/**
 * Parses a Dockerfile with dockerfile-ast and reshapes it into plain records with source
 * offsets. dockerfile-ast splits the instructions, finds comments and parser directives; the
 * logical line of each instruction and its heredoc bodies are read here with Docker's own rules,
 * which also repairs the parser's blind spot for `<< 'EOF'` (its body lines would otherwise come
 * back as instructions). Nothing here throws on bad input: problems are collected.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { readCheckDirective, type CheckDirective } from './check-directive.js';
import { findHeredocMarkers, readHeredocBodies, type Heredoc } from './heredoc.js';
import { readLogicalLine } from './logical-line.js';
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
  const ast = DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter() === '`' ? '`' : '\\';
  const problems: Problem[] = [];
  if (source.invalidUtf8Line !== null) {
    const at = lines.lineStart(source.invalidUtf8Line);
    problems.push({ message: `line ${source.invalidUtf8Line} is not valid UTF-8; Docker reads Dockerfiles as UTF-8`, start: at, end: lines.lineEnd(source.invalidUtf8Line) });
  }

  const directives: Directive[] = ast.getDirectives().map((d) => ({
    name: d.getName().toLowerCase(),
    value: d.getValue(),
    line: d.getRange().start.line + 1,
  }));
  const check = readCheckDirective(source, directives, problems);

  const instructions: RawInstruction[] = [];
  let consumed = 0;
  for (const node of ast.getInstructions()) {
    const range = node.getRange();
    const start = lines.offsetAt(range.start.line, range.start.character);
    // Lines inside a heredoc body that dockerfile-ast took for instructions.
    if (start < consumed) continue;
    const kwRange = node.getInstructionRange();
    const keywordEnd = lines.offsetAt(kwRange.end.line, kwRange.end.character);
    const keywordText = node.getInstruction();
    const keyword = keywordText.toUpperCase();
    const logical = readLogicalLine(text, keywordEnd, escape);
    const args = logical.text.trim();
    let end = logical.end;
    let heredocs: Heredoc[] = [];
    if (HEREDOC_KEYWORDS.has(keyword) && !args.text.startsWith('[')) {
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
    consumed = Math.max(end, logical.next);
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
  }

  // Comment-like lines inside heredoc bodies are body text, not comments.
  const bodies = instructions.flatMap((ins) => ins.heredocs.map((h) => [h.bodyStart, h.bodyEnd] as const));
  let b = 0;
  const comments: CommentLine[] = [];
  for (const c of ast.getComments()) {
    const r = c.getRange();
    const cStart = lines.offsetAt(r.start.line, r.start.character);
    while (b < bodies.length && bodies[b]![1] <= cStart) b++;
    if (b < bodies.length && cStart >= bodies[b]![0]) continue;
    const cEnd = lines.offsetAt(r.end.line, r.end.character);
    comments.push({ line: r.start.line + 1, start: cStart, end: cEnd, text: text.slice(cStart + 1, cEnd).trim() });
  }

  return { source, escape, directives, check, comments, instructions, problems };
}
