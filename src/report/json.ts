/**
 * The JSON report of the contract (shared/CONTRACT.md): one document per run, a `files` entry
 * per Dockerfile with its findings, scores and estimate. Fields are only ever added.
 */
import type { FileReport } from '../analyze.js';
import type { Finding } from '../rules/types.js';
import type { GateResult } from '../cli/gates.js';
import { fleetView } from '../score/fleet.js';
import { layerChart } from '../score/layer-chart.js';
import { TOOL } from '../version.js';

export function jsonReport(files: readonly FileReport[], gates: readonly GateResult[] = []): string {
  const fleet = fleetView(files);
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
      ...(f.fixed ? { fixed: f.fixed } : {}),
      ...layersJson(f),
    })),
    ...(gates.length > 0 ? { gates } : {}),
    ...(fleet ? { fleet } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The layer-by-layer estimate, each figure with its basis. */
function layersJson(f: FileReport) {
  const chart = layerChart(f);
  if (!chart) return {};
  return { layers: chart.rows.map((r) => ({ line: r.line, instruction: r.label, bytes: r.bytes, basis: r.basis, rebuilds: r.rebuilds })) };
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
    fix: f.fix && f.edits ? { description: f.fix.description, safety: f.fix.safety, edits: f.edits.map((e) => ({ ...e })) } : null,
  };
}
