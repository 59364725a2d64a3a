/**
 * Fingerprints that stay the same when lines move: a hash of the rule, the text of the
 * instruction the finding is in (keyword, arguments and heredoc bodies; whitespace and
 * continuations collapsed, comments dropped) and how many findings of that rule on the same text came
 * before. Editing the instruction changes it; inserting lines above it does not.
 */
import { createHash } from 'node:crypto';
import type { FileReport } from '../analyze.js';
import type { Finding } from '../rules/types.js';

/** One fingerprint (32 hex digits) per finding of the file, in the same order. */
export function fingerprints(file: FileReport): string[] {
  const seen = new Map<string, number>();
  return file.findings.map((f) => {
    const key = `${f.rule}\0${instructionText(file, f)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
  });
}

function instructionText(file: FileReport, finding: Finding): string {
  const graph = file.details?.graph;
  if (!graph) return '';
  const { lines } = graph.file.source;
  const offset = lines.offsetAt(finding.line - 1, finding.column - 1);
  const node = graph.nodes.find((n) => n.raw.start <= offset && offset < Math.max(n.raw.end, n.raw.start + 1));
  const text = node ? [node.raw.keyword, node.raw.args.text, ...node.raw.heredocs.map((h) => h.content.text)].join(' ') : lines.text.slice(lines.lineStart(finding.line), lines.lineEnd(finding.line));
  return text.replace(/\s+/g, ' ').trim();
}
