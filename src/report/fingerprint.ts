/**
 * Fingerprints that stay the same when lines move: a hash of the rule, the text of the
 * instruction the finding is in (keyword, arguments and heredoc bodies; whitespace and
 * continuations collapsed, comments dropped) and how many findings of that rule on the same text came
 * before. Editing the instruction changes it; inserting lines above it does not.
 * They are made when the file is analysed (the graph is gone by the time a report is written).
 */
import type { FileReport } from '../analyze.js';
import type { Graph } from '../graph/types.js';
import type { Finding } from '../rules/types.js';
import { shortHash } from './hash.js';

/** One fingerprint (32 hex digits) per finding of the file, in the same order. */
export function fingerprints(file: FileReport): readonly string[] {
  return file.details?.fingerprints ?? fingerprintsOf(file.findings, () => '');
}

/** The fingerprints of a file's findings, from its graph. */
export function graphFingerprints(graph: Graph, findings: readonly Finding[]): string[] {
  return fingerprintsOf(findings, (f) => instructionText(graph, f));
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

function instructionText(graph: Graph, finding: Finding): string {
  const { lines } = graph.file.source;
  const offset = lines.offsetAt(finding.line - 1, finding.column - 1);
  const node = graph.nodes.find((n) => n.raw.start <= offset && offset < Math.max(n.raw.end, n.raw.start + 1));
  const text = node ? [node.raw.keyword, node.raw.args.text, ...node.raw.heredocs.map((h) => h.content.text)].join(' ') : lines.text.slice(lines.lineStart(finding.line), lines.lineEnd(finding.line));
  return text.replace(/\s+/g, ' ').trim();
}
