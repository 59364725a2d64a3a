/**
 * Runs rules over a graph and turns their reports into findings: positions resolved, pragmas
 * applied, severities overridden, sorted by line then rule, duplicates dropped.
 */
import type { BuildContext } from '../context/build-context.js';
import { stageLabel, type Graph } from '../graph/types.js';
import { runsAny } from '../graph/programs.js';
import { isBuildKitCheckRule, Pragmas } from './pragmas.js';
import { checkedFix, textEdits } from './fixes.js';
import { DEFAULT_SETTINGS, type Finding, type ReportDescriptor, type Rule, type RuleContext, type RuleSettings, type Severity } from './types.js';

export interface RunOptions {
  /** Severity per rule id, replacing the rule's default (configuration, `--error RULE`, ...). */
  readonly severities?: ReadonlyMap<string, Severity>;
  /**
   * Every rule there is (by default the rules run), so that a pragma naming a rule that was not
   * run is not mistaken for one naming no rule.
   */
  readonly registry?: readonly Rule[];
  /** The build context on disk, read on first call; null when there is none (standard input). */
  readonly buildContext?: () => BuildContext | null;
}

export function runRules(graph: Graph, rules: readonly Rule[], settings: RuleSettings = DEFAULT_SETTINGS, options: RunOptions = {}): Finding[] {
  const buildContext = options.buildContext ?? (() => null);
  const lines = graph.file.source.lines;
  const pragmas = Pragmas.read(graph.file, rules, options.registry ?? rules);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const ordered = inRunOrder(rules);

  // One context for all the rules of the file, and the rule checking set before each check: a
  // closure and a context per rule were about 8 % of what a corpus run allocates.
  let rule!: Rule;
  let severity!: Severity;
  const report = (d: ReportDescriptor): void => {
    const start = d.start ?? d.node?.raw.start ?? 0;
    const end = Math.max(start, d.end ?? d.node?.raw.end ?? start);
    if (pragmas.suppresses(rule, lines.lineOf(d.node?.raw.start ?? start))) return;
    const from = lines.positionOf(start);
    const to = lines.positionOf(end);
    const fix = checkedFix(d.fix ?? null, lines.text);
    const finding: Finding = {
      rule: rule.id,
      aliases: rule.aliases,
      category: rule.category,
      severity,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      stage: d.node?.stage ? stageLabel(d.node.stage) : null,
      message: clipMessage(d.message),
      impact: { bytes: d.impact?.bytes ?? null, rebuildSeconds: d.impact?.rebuildSeconds ?? null },
      fixable: fix !== null,
      savingsGroup: d.savingsGroup ?? null,
      fix,
      ...(fix ? { edits: textEdits(fix, lines) } : {}),
    };
    const key = `${finding.rule}\0${finding.line}\0${finding.column}\0${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };
  const context: RuleContext = { graph, settings, pragmas, buildContext, report };
  for (const next of ordered) {
    if (next.programs && !runsAny(graph, next.programs)) continue;
    rule = next;
    severity = options.severities?.get(rule.id) ?? (pragmas.checkErrors && isBuildKitCheckRule(rule) ? 'error' : rule.severity);
    rule.check(context);
  }
  return findings.sort(compareFindings);
}

/** The rules in the order they run, per list of rules: one list serves file after file. */
const RUN_ORDER = new WeakMap<readonly Rule[], readonly Rule[]>();

function inRunOrder(rules: readonly Rule[]): readonly Rule[] {
  let ordered = RUN_ORDER.get(rules);
  if (!ordered) {
    ordered = [...rules.filter((r) => !r.runsLast), ...rules.filter((r) => r.runsLast)];
    RUN_ORDER.set(rules, ordered);
  }
  return ordered;
}

/** Messages quote the file; a quote of a megabyte-long word is cut, not repeated in every report. */
export const MAX_MESSAGE_CHARS = 1000;

function clipMessage(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message;
  let end = MAX_MESSAGE_CHARS - 1;
  // Not between the two halves of a surrogate pair.
  if (/[\ud800-\udbff]/.test(message[end - 1]!)) end--;
  return `${message.slice(0, end)}…`;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
