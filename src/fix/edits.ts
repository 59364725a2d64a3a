/**
 * Text edits computed from the graph that keep the file's own style: its line break (CRLF stays
 * CRLF), its escape character for continuations, and the indentation and continuation style of
 * the instruction being edited. Each returns null where it cannot edit without guessing (an exec
 * form, a shell comment at the end of a RUN, a heredoc script that does not stop at errors, a
 * command whose words are not where the parse says); the rule then offers no fix.
 */
import type { Graph, Node, RunNode } from '../graph/types.js';
import type { ShellCommand, ShellWord } from '../parse/shell/commands.js';
import type { SourceEdit } from '../rules/types.js';

/** The line break ending the line at `offset`; for the last line, the file's first; else `\n`. */
export function eolOf(text: string, offset: number): string {
  const m = /\r\n|\r|\n/.exec(text.slice(offset)) ?? /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}

export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Offset of the line break (or end of text) at or after `offset`. */
export function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset where the next line starts (the end of text on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const i = lineEndOf(text, offset);
  if (i >= text.length) return i;
  return text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
}

/** The spaces and tabs that start the line holding `offset`. */
export function indentOf(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start, lineEndOf(text, start)))![0];
}

/** `text` inserted right after a word of a command (`--no-cache` after `apk add`). */
export function insertAfterWord(graph: Graph, word: ShellWord, text: string): SourceEdit | null {
  if (!wordInPlace(graph.file.source.text, word)) return null;
  return { start: word.end, end: word.end, text };
}

/** `text` inserted right before a word of a command (`--non-interactive ` before `zypper install`'s `install`). */
export function insertBeforeWord(graph: Graph, word: ShellWord, text: string): SourceEdit | null {
  if (!wordInPlace(graph.file.source.text, word)) return null;
  return { start: word.start, end: word.start, text };
}

/** The source holds the word where the parse says it is (not a word of an exec form or a rewritten `sh -c` string). */
export function wordInPlace(source: string, word: ShellWord): boolean {
  return word.end > word.start && source.slice(word.start, word.end) === word.text;
}

/**
 * Appends `command` to what a RUN executes, so that it runs last and only when the rest
 * succeeded: `&& command` in the shell form (on a continuation line of the instruction's own
 * style when it spans lines), or a line before the terminator of a `RUN <<EOF` script that
 * stops at the first error (`set -e`).
 */
export function appendToRun(graph: Graph, run: RunNode, command: string): SourceEdit | null {
  if (run.exec !== null || run.stage?.shell !== 'posix' || run.commands.length === 0 || !run.complete) return null;
  if (run.raw.heredocs.length > 0) return appendToHeredocScript(graph, run, command);
  const text = graph.file.source.text;
  const body = run.args.text;
  if (!endsCleanly(body) || hasShellComment(body) || /(^|[;&|({]\s*)exec\s/.test(body)) return null;
  const last = run.commands[run.commands.length - 1]!;
  if (last.name === 'exit') return null;
  const end = run.args.toSourceEnd(body.length);
  if (end <= run.raw.keywordEnd || end > run.raw.end) return null;
  if (lineStartOf(text, end) <= run.raw.start) return { start: end, end, text: ` && ${command}` };

  // The instruction spans lines: one more continuation line in its style.
  const escape = graph.file.escape;
  const eol = eolOf(text, end);
  const physical = text.slice(run.raw.start, end).split(/\r\n|\r|\n/);
  let trailing = 0;
  let leading = 0;
  physical.forEach((line, i) => {
    if (i < physical.length - 1 && line.trimEnd().endsWith(escape) && /(&&|\|\||;)\s*$/.test(line.trimEnd().slice(0, -1))) trailing++;
    if (i > 0 && /^\s*(&&|\|\||;)/.test(line)) leading++;
  });
  const lastStart = Math.max(...run.commands.map((c) => c.start));
  const onFirstLine = lineStartOf(text, lastStart) <= run.raw.start;
  const commandLine = onFirstLine ? lineStartOf(text, end) : lineStartOf(text, lastStart);
  let indent = indentOf(text, commandLine);
  if (leading >= trailing && !onFirstLine && !/^\s*&&/.test(text.slice(commandLine, end))) {
    // The last command starts mid-line; align with the lines that start with `&&` instead.
    const opLine = physical.slice(1).reverse().find((l) => /^\s*&&/.test(l));
    if (opLine) indent = /^[ \t]*/.exec(opLine)![0];
  }
  return trailing > leading
    ? { start: end, end, text: ` && ${escape}${eol}${indent}${command}` }
    : { start: end, end, text: ` ${escape}${eol}${indent}&& ${command}` };
}

/** `RUN <<EOF` whose script stops at the first error: one more line before the terminator. */
function appendToHeredocScript(graph: Graph, run: RunNode, command: string): SourceEdit | null {
  const heredocs = run.raw.heredocs;
  const h = heredocs[0]!;
  if (heredocs.length !== 1 || !h.terminated || !/^\s*\d*<<-?\s*(['"]?)[^\s'"]+\1\s*$/.test(run.args.text)) return null;
  const lines = h.content.text.split(/\r\n|\r|\n/);
  const code = lines.filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  // Without `set -e` the script's status is its last command's: an appended line would hide a failure.
  // (A lookahead for the `e`: `-[a-zA-Z]*e[a-zA-Z]*\b` tried every split of a long `-eee...x`.)
  if (!code[0] || !/^\s*set\s+(-(?=[a-zA-Z]*e)[a-zA-Z]+|-o\s+errexit)\b/.test(code[0])) return null;
  const lastLine = code[code.length - 1]!;
  if (lastLine.trimEnd().endsWith('\\') || /(&&|\|\||\|)\s*$/.test(lastLine)) return null;
  const text = graph.file.source.text;
  const at = lineStartOf(text, h.bodyEnd);
  if (at <= h.bodyStart && h.content.text !== '') return null;
  const bodyLines = text.slice(h.bodyStart, at).split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const indent = /^[ \t]*/.exec(bodyLines[bodyLines.length - 1] ?? '')![0];
  return { start: at, end: at, text: `${indent}${command}${eolOf(text, at)}` };
}

/** The script does not end in an operator, a separator or an open group that `&& x` would break. */
function endsCleanly(script: string): boolean {
  const t = script.trimEnd();
  return t !== '' && !/[;&|({\\]$/.test(t) && !/(^|\s)(then|do|else|in)$/.test(t);
}

/** Whether the script holds a `#` comment (outside quotes, at the start of a word). */
export function hasShellComment(script: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '\\') i++;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /[\s;&|()]/.test(script[i - 1]!))) return true;
  }
  return false;
}

/**
 * Removes one command from a shell-form RUN with the operator that joins it to its neighbour;
 * the whole instruction when it is all the RUN runs. Only for a command joined by `&&` or `;`,
 * with nothing but white space and continuations around the operators.
 */
export function removeCommand(graph: Graph, run: RunNode, cmd: ShellCommand): SourceEdit | null {
  if (run.exec !== null || run.raw.heredocs.length > 0 || cmd.conditional) return null;
  const text = graph.file.source.text;
  const escape = graph.file.escape;
  const commands = run.commands;
  const i = commands.findIndex((c) => c.start === cmd.start && c.end === cmd.end);
  if (i === -1 || !commandInPlace(text, cmd)) return null;
  const scriptStart = run.args.toSource(0);
  const scriptEnd = run.args.toSourceEnd(run.args.text.length);
  const prev = commands[i - 1];
  const next = commands[i + 1];
  const before = text.slice(prev ? prev.end : scriptStart, cmd.start);
  const after = text.slice(cmd.end, next ? next.start : scriptEnd);
  const okJoin = (j: ShellCommand['joinedBy']): boolean => j === null || j === '&&' || j === ';';
  if (!okJoin(cmd.joinedBy) || (next && !okJoin(next.joinedBy))) return null;
  const beforeOk = prev ? isSeparator(before, escape) : isBlank(before, escape);
  const afterOk = next ? isSeparator(after, escape) : isBlank(after.replace(/;\s*$/, ''), escape);
  if (!beforeOk || !afterOk) return null;
  if (!prev && !next) return deleteInstruction(graph, run);
  return prev ? { start: prev.end, end: cmd.end, text: '' } : { start: cmd.start, end: next!.start, text: '' };
}

/** A command's text, on one line: continuations joined with a space (to move it elsewhere). */
export function commandText(graph: Graph, cmd: ShellCommand): string | null {
  const text = graph.file.source.text;
  if (!commandInPlace(text, cmd)) return null;
  const raw = text.slice(cmd.start, cmd.end);
  const esc = graph.file.escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  // From the start of a run of blanks only: otherwise each blank of a long run scans the rest of it.
  const joined = raw.replace(new RegExp(`(?<![ \\t])[ \\t]*${esc}[ \\t]*(\\r\\n|\\r|\\n)[ \\t]*`, 'g'), ' ');
  return /[\r\n]/.test(joined) ? null : joined;
}

function commandInPlace(text: string, cmd: ShellCommand): boolean {
  if (cmd.end <= cmd.start) return false;
  return cmd.args.every((a) => wordInPlace(text, a) && a.start >= cmd.start && a.end <= cmd.end);
}

/** White space and escaped line breaks around one `&&` or `;`, and no comment line. */
function isSeparator(s: string, escape: string): boolean {
  const joined = stripContinuations(s, escape);
  return joined !== null && /^\s*(&&|;)\s*$/.test(joined);
}

function isBlank(s: string, escape: string): boolean {
  const joined = stripContinuations(s, escape);
  return joined !== null && joined.trim() === '';
}

function stripContinuations(s: string, escape: string): string | null {
  const esc = escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const joined = s.replace(new RegExp(`${esc}[ \\t]*(\\r\\n|\\r|\\n)`, 'g'), ' ');
  return /[\r\n#]/.test(joined) ? null : joined;
}

/**
 * Deletes an instruction with its line. Comment lines above it are kept; when they would then
 * sit directly above the next instruction (and so become its pragmas), an empty line stays.
 */
export function deleteInstruction(graph: Graph, node: Node): SourceEdit | null {
  const text = graph.file.source.text;
  const start = lineStartOf(text, node.raw.start);
  const lineBreak = lineEndOf(text, node.raw.end);
  if (text.slice(start, node.raw.start).trim() !== '' || text.slice(node.raw.end, lineBreak).trim() !== '') return null;
  const end = nextLineStart(text, node.raw.end);
  const lines = graph.file.source.lines;
  const line = lines.lineOf(start);
  const commentAbove = graph.file.comments.some((c) => c.line === line - 1);
  const blankBelow = end >= text.length || lineEndOf(text, end) === end || text.slice(end, lineEndOf(text, end)).trim() === '';
  if (commentAbove && !blankBelow) return { start, end: lineBreak, text: '' };
  if (line > 1 && blankBelow) {
    const prevStart = lines.lineStart(line - 1);
    if (text.slice(prevStart, start).trim() === '') return { start: prevStart, end, text: '' };
  }
  return { start, end, text: '' };
}

/** A new instruction on its own line right after `node` (after its heredoc bodies), indented as `node`. */
export function insertLineAfter(graph: Graph, node: Node, line: string, indent = indentOf(graph.file.source.text, node.raw.start)): SourceEdit {
  const text = graph.file.source.text;
  return { start: node.raw.end, end: node.raw.end, text: `${eolOf(text, node.raw.end)}${indent}${line}` };
}
