/**
 * The JSON report of the contract (shared/CONTRACT.md): one document per run, a `files` entry
 * per Dockerfile with its findings, scores and estimate. Fields are only ever added.
 */
import type { FileReport } from '../analyze.js';
import type { Finding } from '../rules/types.js';
import { TOOL } from '../version.js';

export function jsonReport(files: readonly FileReport[]): string {
  const doc = {
    version: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    files: files.map((f) => ({
      path: f.path,
      error: f.error,
      findings: f.findings.map(findingJson),
      score: f.score,
      estimate: f.estimate,
      ...(f.rebuild ? { rebuild: f.rebuild } : {}),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
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
