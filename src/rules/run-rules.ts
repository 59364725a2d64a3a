/**
 * Runs every rule over a graph and turns their reports into findings: positions resolved,
 * pragmas applied, sorted by line then rule, duplicates dropped.
 */
import type { BuildContext } from '../context/build-context.js';
import { stageLabel, type Graph } from '../graph/types.js';
import { readPragmas, suppressed } from './pragmas.js';
import { DEFAULT_SETTINGS, type Finding, type ReportDescriptor, type Rule, type RuleSettings } from './types.js';

export function runRules(
  graph: Graph,
  rules: readonly Rule[],
  settings: RuleSettings = DEFAULT_SETTINGS,
  buildContext: () => BuildContext | null = () => null,
): Finding[] {
  const lines = graph.file.source.lines;
  const pragmas = readPragmas(graph.file);
  const findings: Finding[] = [];
  const seen = new Set<string>();

  for (const rule of rules) {
    const report = (d: ReportDescriptor): void => {
      const start = d.start ?? d.node?.raw.start ?? 0;
      const end = Math.max(start, d.end ?? d.node?.raw.end ?? start);
      if (suppressed(pragmas, rule.id, rule.aliases, lines.lineOf(d.node?.raw.start ?? start))) return;
      const from = lines.positionOf(start);
      const to = lines.positionOf(end);
      const finding: Finding = {
        rule: rule.id,
        aliases: rule.aliases,
        category: rule.category,
        severity: rule.severity,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        stage: d.node?.stage ? stageLabel(d.node.stage) : null,
        message: d.message,
        impact: { bytes: d.impact?.bytes ?? null, rebuildSeconds: d.impact?.rebuildSeconds ?? null },
        fixable: rule.fixable,
        savingsGroup: d.savingsGroup ?? null,
      };
      const key = `${finding.rule}\0${finding.line}\0${finding.column}\0${finding.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(finding);
    };
    rule.check({ graph, settings, buildContext, report });
  }
  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
