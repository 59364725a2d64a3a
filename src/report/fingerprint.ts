/**
 * Fingerprints that stay the same when lines move: a hash of the rule, the text of the
 * instruction the finding is in (keyword, arguments and heredoc bodies; whitespace and
 * continuations collapsed, comments dropped) and how many findings of that rule on the same text came
 * before. Editing the instruction changes it; inserting lines above it does not.
 * They are made when the file is analysed (the graph is gone by the time a report is written).
 */
import type { FileReport } from '../analyze.js';
import { countAtOrBefore } from '../graph/lists.js';
import type { Graph, Node } from '../graph/types.js';
import type { Finding } from '../rules/types.js';
import { shortHash } from './hash.js';

/** One fingerprint (32 hex digits) per finding of the file, in the same order. */
export function fingerprints(file: FileReport): readonly string[] {
  return file.details?.fingerprints ?? fingerprintsOf(file.findings, () => '');
}

/** The fingerprints of a file's findings, from its graph. */
export function graphFingerprints(graph: Graph, findings: readonly Finding[]): string[] {
  // Findings come many to an instruction: its text is worked out once.
  const texts = new Map<Node | null, string>();
  return fingerprintsOf(findings, (f) => {
    const node = nodeAt(graph, graph.file.source.lines.offsetAt(f.line - 1, f.column - 1));
    let text = node ? texts.get(node) : undefined;
    if (text === undefined) {
      text = instructionText(graph, node, f.line);
      if (node) texts.set(node, text);
    }
    return text;
  });
}

function fingerprintsOf(findings: readonly Finding[], textOf: (finding: Finding) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.rule}\0${textOf(f)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return shortHash(`${key}\0${occurrence}`);
  });
}

/**
 * The instruction whose source holds `offset`: found by halving, since the instructions are in
 * source order (a search through them for every finding took the square of their number).
 */
function nodeAt(graph: Graph, offset: number): Node | null {
  const node = graph.nodes[countAtOrBefore(graph.nodes, (n) => n.raw.start, offset) - 1];
  return node && offset < Math.max(node.raw.end, node.raw.start + 1) ? node : null;
}

/** The instruction's text, or the line's where the finding is in no instruction. */
function instructionText(graph: Graph, node: Node | null, line: number): string {
  const { lines } = graph.file.source;
  const text = node ? [node.raw.keyword, node.raw.args.text, ...node.raw.heredocs.map((h) => h.content.text)].join(' ') : lines.text.slice(lines.lineStart(line), lines.lineEnd(line));
  return text.replace(/\s+/g, ' ').trim();
}
