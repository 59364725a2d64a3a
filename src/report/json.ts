/**
 * The JSON report of the contract (shared/CONTRACT.md): one document per run, a `files` entry
 * per Dockerfile with its findings, scores and estimate. Fields are only ever added.
 */
import type { FileReport } from '../analyze.js';
import type { Finding } from '../rules/types.js';
import type { GateResult } from '../cli/gates.js';
import type { Fleet } from '../score/fleet.js';
import { TOOL } from '../version.js';

export interface JsonWriter {
  /** Writes a file's entry; files come in the order of the run. */
  file(report: FileReport): void;
  /** Writes what follows the last file. */
  end(gates: readonly GateResult[], fleet: Fleet | null): void;
}

/**
 * The JSON document, written file by file as reports arrive, so that a run over
 * thousands of files holds neither their reports nor the whole text.
 */
export function jsonWriter(write: (text: string) => void): JsonWriter {
  const head = JSON.stringify({ version: 1, tool: { name: TOOL.name, version: TOOL.version } }, null, 2);
  let files = 0;
  return {
    file(f) {
      write(`${files === 0 ? `${head.slice(0, -2)},\n  "files": [\n` : ',\n'}${twoDeep(fileJson(f))}`);
      files++;
    },
    end(gates, fleet) {
      let tail = files === 0 ? `${head.slice(0, -2)},\n  "files": []` : '\n  ]';
      if (gates.length > 0) tail += `,\n  "gates": ${indent(JSON.stringify(gates, null, 2), '  ').trimStart()}`;
      if (fleet) tail += `,\n  "fleet": ${indent(JSON.stringify(fleet, null, 2), '  ').trimStart()}`;
      write(`${tail}\n}\n`);
    },
  };
}

function fileJson(f: FileReport) {
  return {
    path: f.path,
    error: f.error,
    findings: f.findings.map(findingJson),
    score: f.score,
    estimate: f.estimate,
    ...(f.rebuild ? { rebuild: f.rebuild } : {}),
    ...(f.fixed ? { fixed: f.fixed } : {}),
    ...layersJson(f),
  };
}

/**
 * `value` as JSON.stringify(value, null, 2) writes it two levels deep, every line indented by
 * four spaces: written inside two arrays and cut out, with no second pass over the text (which
 * has no line break but those of the layout: JSON escapes them in strings).
 */
function twoDeep(value: unknown): string {
  return JSON.stringify([[value]], null, 2).slice('[\n  [\n'.length, -'\n  ]\n]'.length);
}

function indent(text: string, by: string): string {
  return by + text.replace(/\n/g, `\n${by}`);
}

/** The layer-by-layer estimate, each figure with its basis. */
function layersJson(f: FileReport) {
  const chart = f.details?.chart ?? null;
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
