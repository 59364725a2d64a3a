/**
 * reviewdog's Diagnostic Format (rdjson): 1-based lines, columns in UTF-8 bytes, ends exclusive.
 * A finding's fix edits become `suggestions`, which reviewdog posts as GitHub suggested changes;
 * findings without edits carry an empty list.
 */
import type { FileReport } from '../analyze.js';
import type { Severity } from '../rules/types.js';
import { TOOL } from '../version.js';
import { utf8Column } from './details.js';
import { jsonArrayWriter } from './json-array.js';
import { reportPath } from './paths.js';
import { PROJECT_URL, ruleUrl } from './rule-docs.js';
import type { RunWriter } from './formats.js';

export interface RdjsonOptions {
  /** Folder paths are made relative to (the repository root). */
  readonly root: string;
}

const SEVERITY: Readonly<Record<Severity, string>> = { error: 'ERROR', warning: 'WARNING', info: 'INFO', style: 'INFO' };

/** The report written a file at a time. */
export function rdjsonWriter(write: (text: string) => void, options: RdjsonOptions): RunWriter {
  const head = JSON.stringify({ source: { name: TOOL.name, url: PROJECT_URL } }, null, 2);
  const diagnostics = jsonArrayWriter(write, `${head.slice(0, -2)},\n  "diagnostics": `, '\n}\n', 2);
  return { file: (file) => diagnostics.items(fileDiagnostics(file, options)), end: () => diagnostics.end() };
}

function fileDiagnostics(file: FileReport, options: RdjsonOptions): object[] {
  const path = reportPath(file.path, options.root);
  if (file.error !== null) {
    return [{ message: `not analysed: ${file.error}`, location: { path }, severity: 'ERROR' }];
  }
  const range = (line: number, column: number, endLine: number, endColumn: number) => ({
    start: { line, column: utf8Column(file.details, line, column) },
    end: { line: endLine, column: utf8Column(file.details, endLine, endColumn) },
  });
  return file.findings.map((f) => ({
    message: f.message,
    location: { path, range: range(f.line, f.column, f.endLine, f.endColumn) },
    severity: SEVERITY[f.severity],
    code: { value: f.rule, url: ruleUrl(f.rule) },
    suggestions: (f.edits ?? []).map((e) => ({ range: range(e.line, e.column, e.endLine, e.endColumn), text: e.newText })),
  }));
}
