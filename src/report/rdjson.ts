/**
 * reviewdog's Diagnostic Format (rdjson): 1-based lines, columns in UTF-8 bytes, ends exclusive.
 * A finding's fix edits become `suggestions`, which reviewdog posts as GitHub suggested changes;
 * findings without edits carry an empty list.
 */
import type { FileReport } from '../analyze.js';
import type { LineIndex } from '../parse/line-index.js';
import type { Severity } from '../rules/types.js';
import { TOOL } from '../version.js';
import { reportPath } from './paths.js';
import { PROJECT_URL, ruleUrl } from './rule-docs.js';

export interface RdjsonOptions {
  /** Folder paths are made relative to (the repository root). */
  readonly root: string;
}

const SEVERITY: Readonly<Record<Severity, string>> = { error: 'ERROR', warning: 'WARNING', info: 'INFO', style: 'INFO' };

interface Position {
  readonly line: number;
  readonly column: number;
}

export function rdjsonReport(files: readonly FileReport[], options: RdjsonOptions): string {
  const diagnostics = files.flatMap((file) => {
    const path = reportPath(file.path, options.root);
    if (file.error !== null) {
      return [{ message: `not analysed: ${file.error}`, location: { path }, severity: 'ERROR' }];
    }
    const lines = file.details?.graph.file.source.lines ?? null;
    const range = (line: number, column: number, endLine: number, endColumn: number) => ({
      start: utf8Position(lines, line, column),
      end: utf8Position(lines, endLine, endColumn),
    });
    return file.findings.map((f) => ({
      message: f.message,
      location: { path, range: range(f.line, f.column, f.endLine, f.endColumn) },
      severity: SEVERITY[f.severity],
      code: { value: f.rule, url: ruleUrl(f.rule) },
      suggestions: (f.edits ?? []).map((e) => ({ range: range(e.line, e.column, e.endLine, e.endColumn), text: e.newText })),
    }));
  });
  return `${JSON.stringify({ source: { name: TOOL.name, url: PROJECT_URL }, diagnostics }, null, 2)}\n`;
}

/** A 1-based UTF-16 column as a 1-based UTF-8 byte column of the same line. */
function utf8Position(lines: LineIndex | null, line: number, column: number): Position {
  if (lines === null) return { line, column };
  const start = lines.lineStart(line);
  const before = lines.text.slice(start, start + column - 1);
  return { line, column: Buffer.byteLength(before, 'utf8') + 1 };
}
