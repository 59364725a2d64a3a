/**
 * Fixes that rewrite one instruction on one line: a keyword's case, MAINTAINER as a LABEL, CMD
 * and ENTRYPOINT in the JSON exec form, `ENV key value` as `key=value`, an EXPOSE protocol's
 * case or host part, a redundant flag removed, a slash that makes a COPY destination a folder,
 * ADD as COPY, an overridden CMD removed, an empty continuation line removed, flags added after
 * the keyword. An instruction spread over continuation lines is left
 * alone, since rewriting it whole would drop the comment lines it may hold.
 */
import { SHELL_BUILTINS } from '../../rules/data/shell-builtins.js';
import { lineage } from '../graph/stages.js';
import type { ExposedPort } from '../graph/expose.js';
import type { CommandNode, CopyNode, EnvNode, Graph, Node } from '../graph/types.js';
import { splitWords } from '../parse/words.js';
import type { Fix, FixSafety } from '../rules/types.js';
import { deleteInstruction, nextLineStart } from './edits.js';

/** The keyword written as `want` (`run` → `RUN`). */
export function keywordCaseFix(graph: Graph, node: Node, want: string): Fix | null {
  const { start, keywordEnd, keywordText } = node.raw;
  if (graph.file.source.text.slice(start, keywordEnd) !== keywordText) return null;
  return { description: `write ${want}`, safety: 'safe', edits: [{ start, end: keywordEnd, text: want }] };
}

/**
 * `MAINTAINER text` → `LABEL org.opencontainers.image.authors="text"`, quoted with the file's
 * escape character; `$` is escaped too, since LABEL expands variables and MAINTAINER does not.
 * Not where an authors label already exists (the fix would change its value).
 */
export function maintainerLabelFix(graph: Graph, node: Node, key: string): Fix | null {
  const value = node.args.text;
  if (value === '' || !onOneLine(graph, node)) return null;
  if (graph.nodes.some((n) => n.kind === 'label' && n.vars.some((v) => v.name === key))) return null;
  const esc = graph.file.escape;
  const quoted = [...value].map((c) => (c === '"' || c === '$' || c === esc ? `${esc}${c}` : c)).join('');
  const keyword = node.raw.keywordText === node.raw.keywordText.toLowerCase() ? 'label' : 'LABEL';
  const line = `${keyword} ${key}="${quoted}"`;
  return { description: `write ${keyword} ${key}`, safety: 'safe', edits: [{ start: node.raw.start, end: node.raw.end, text: line }] };
}

/**
 * The JSON exec form of a shell-form CMD or ENTRYPOINT made of plain words: no quotes, variables,
 * operators, globs or comments, whose first word is a program rather than a shell builtin (a
 * leading `exec` is dropped, as the exec form does what it did). CMD keeps what the container
 * runs; ENTRYPOINT also starts taking `docker run` arguments and the CMD, which it ignored in
 * shell form, so that fix is unsafe, and is not offered at all when a CMD is set in the stage.
 */
export function execFormFix(graph: Graph, node: CommandNode): Fix | null {
  if (node.exec !== null || !node.stage || node.stage.shell !== 'posix' || !onOneLine(graph, node)) return null;
  const text = node.args.text;
  if (/[|&;<>$`()*?"'\\#~{}[\]]/.test(text) || text.includes(graph.file.escape)) return null;
  const words = text.split(/[ \t]+/).filter(Boolean);
  if (words[0] === 'exec') words.shift();
  // `NAME=value program` sets a variable for the program: that needs the shell too.
  if (words.length === 0 || SHELL_BUILTINS.has(words[0]!) || words[0]!.includes('=')) return null;
  const entrypoint = node.kind === 'entrypoint';
  if (entrypoint && lineage(node.stage).some((s) => s.nodes.some((n) => n.kind === 'cmd'))) return null;
  const json = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  const start = node.args.toSource(0);
  const end = node.args.toSourceEnd(text.length);
  return {
    description: `write ${node.raw.keywordText} ${json}`,
    safety: entrypoint ? 'unsafe' : 'safe',
    edits: [{ start, end, text: json }],
  };
}

/**
 * `ENV key value` → `ENV key=value`, double-quoted when the value has spaces. Docker takes the
 * legacy value as the rest of the line, so only plain values are rewritten: no quotes, escapes
 * or continuation lines, whose meaning would need more than quoting to keep.
 */
export function legacyKeyValueFix(graph: Graph, node: EnvNode): Fix | null {
  const pair = node.vars[0];
  if (node.vars.length !== 1 || !pair || !onOneLine(graph, node)) return null;
  const written = /^(\S+)([ \t]+)(\S.*)$/.exec(graph.file.source.text.slice(pair.start, pair.end));
  if (!written) return null;
  const [, key, gap, value] = written as unknown as [string, string, string, string];
  if (/["'`\\]/.test(value) || value.includes(graph.file.escape)) return null;
  const text = `${key}=${/\s/.test(value) ? `"${value.trimEnd()}"` : value}`;
  return { description: `write ${node.keyword} ${key}=`, safety: 'safe', edits: [{ start: pair.start, end: pair.start + key.length + gap.length + value.length, text }] };
}

/** `EXPOSE 53/UDP` → `53/udp`, where the port is written as Docker reads it (not through a variable). */
export function exposeProtoFix(graph: Graph, port: ExposedPort, proto: string): Fix | null {
  const written = graph.file.source.text.slice(port.start, port.end);
  const at = written.lastIndexOf(`/${proto}`);
  if (at === -1 || written.includes('$')) return null;
  const start = port.start + at + 1;
  return { description: `write ${proto.toLowerCase()}`, safety: 'safe', edits: [{ start, end: start + proto.length, text: proto.toLowerCase() }] };
}

/** `EXPOSE 8080:80` → `EXPOSE 80`: Docker ignores the host part anyway, so the image is the same. */
export function exposeContainerPortFix(graph: Graph, port: ExposedPort, container: string): Fix | null {
  if (graph.file.source.text.slice(port.start, port.end) !== port.text || container === '') return null;
  return { description: `write ${container}`, safety: 'safe', edits: [{ start: port.start, end: port.end, text: container }] };
}

/**
 * `COPY a b /app` → `COPY a b /app/` (inside the quotes of a quoted destination): with several
 * sources Docker refuses a destination that does not end with a slash. Not for the exec form.
 */
export function destinationSlashFix(graph: Graph, node: CopyNode): Fix | null {
  const last = splitWords(node.args.text, graph.file.escape, false).at(-1);
  // A heredoc's marker may be the last word (even a half-written `<<-`): the slash would rename it.
  if (!last || node.args.text.startsWith('[') || node.raw.heredocs.length > 0 || last.raw.includes('<<')) return null;
  const start = node.args.toSource(last.start);
  const end = node.args.toSourceEnd(last.end);
  if (graph.file.source.text.slice(start, end) !== last.raw) return null;
  const quoted = /^(["']).+\1$/.test(last.raw);
  const at = quoted ? end - 1 : end;
  return { description: `write ${node.dest}/`, safety: 'safe', edits: [{ start: at, end: at, text: '/' }] };
}

/** `ADD` → `COPY` (in the keyword's case); `safety` says whether a source could be an archive ADD would unpack. */
export function addAsCopyFix(graph: Graph, node: CopyNode, safety: FixSafety): Fix | null {
  const written = node.raw.keywordText;
  if (written.toUpperCase() !== 'ADD') return null;
  const fix = keywordCaseFix(graph, node, written === 'ADD' ? 'COPY' : written === 'add' ? 'copy' : 'Copy');
  return fix && { ...fix, safety };
}

/** An instruction a later one of the same kind overrides, removed with its line. */
export function removeOverriddenFix(graph: Graph, overridden: Node): Fix | null {
  const edit = deleteInstruction(graph, overridden);
  return edit ? { description: `remove the ${overridden.keyword} on line ${graph.file.source.lines.lineOf(overridden.raw.start)}`, safety: 'safe', edits: [edit] } : null;
}

/** An empty line inside a continuation removed: Docker skips it today, so the instruction is the same. */
export function removeEmptyLineFix(graph: Graph, at: number): Fix | null {
  const text = graph.file.source.text;
  const end = nextLineStart(text, at);
  if (end <= at || text.slice(at, end).trim() !== '') return null;
  return { description: 'remove the empty line', safety: 'safe', edits: [{ start: at, end, text: '' }] };
}

/** Flags written right after the keyword (`RUN --mount=type=cache,target=/root/.npm npm ci`). */
export function addInstructionFlagsFix(graph: Graph, node: Node, flags: readonly string[], safety: FixSafety): Fix | null {
  const { start, keywordEnd, keywordText } = node.raw;
  if (flags.length === 0 || graph.file.source.text.slice(start, keywordEnd) !== keywordText) return null;
  return { description: `add ${flags.join(' ')}`, safety, edits: [{ start: keywordEnd, end: keywordEnd, text: ` ${flags.join(' ')}` }] };
}

/** A flag that changes nothing removed with the space after it (`FROM --platform=$TARGETPLATFORM x`); source offsets. */
export function removeFlagFix(graph: Graph, flag: { readonly start: number; readonly end: number }): Fix | null {
  const text = graph.file.source.text;
  const written = text.slice(flag.start, flag.end);
  if (!/^--\S+$/.test(written)) return null;
  const gap = /^[ \t]+/.exec(text.slice(flag.end, flag.end + 64))?.[0].length ?? 0;
  return { description: `remove ${written}`, safety: 'safe', edits: [{ start: flag.start, end: flag.end + gap, text: '' }] };
}

function onOneLine(graph: Graph, node: Node): boolean {
  return !/[\r\n]/.test(graph.file.source.text.slice(node.raw.start, node.raw.end));
}
