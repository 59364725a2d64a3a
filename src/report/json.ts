/**
 * The JSON report of the contract (shared/CONTRACT.md): one document per run, a `files` entry
 * per Dockerfile with its findings, scores and estimate. Fields are only ever added.
 *
 * The document is written file by file as results arrive (`jsonWriter`), so a scan of thousands
 * of files never holds them all; the text is exactly `JSON.stringify(document, null, 2)`.
 */
import type { FileReport } from '../analyze.js';
import type { Finding } from '../rules/types.js';
import { TOOL } from '../version.js';
import type { ReportWriter } from './writer.js';

export function jsonReport(files: readonly FileReport[]): string {
  let text = '';
  const writer = jsonWriter((chunk) => {
    text += chunk;
  });
  for (const f of files) writer.file(f);
  writer.end();
  return text;
}

export function jsonWriter(write: (chunk: string) => void): ReportWriter {
  const head = `{\n  "version": 1,\n  "tool": ${indent(JSON.stringify({ name: TOOL.name, version: TOOL.version }, null, 2), '  ')},\n  "files": [`;
  let count = 0;
  return {
    file(f) {
      write(`${count === 0 ? head : ','}\n    ${indent(JSON.stringify(fileJson(f), null, 2), '    ')}`);
      count++;
    },
    end() {
      write(count === 0 ? `${head}]\n}\n` : '\n  ]\n}\n');
    },
  };
}

/** Indents every line after the first; JSON text has line breaks only between tokens. */
function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`);
}

function fileJson(f: FileReport) {
  return {
    path: f.path,
    error: f.error,
    findings: f.findings.map(findingJson),
    score: f.score,
    estimate: f.estimate,
  };
}

function findingJson(f: Finding) {
  return {
    rule: f.rule,
    aliases: f.aliases,
    category: f.category,
    severity: f.severity,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    stage: f.stage,
    message: f.message,
    impact: f.impact,
    fixable: f.fixable,
  };
}
