/**
 * The terminal report: per file a table of findings (line, rule, severity, message, impact),
 * then the scores and the estimate; sized for an 80-column terminal unless a wider one is known.
 */
import Table from 'cli-table3';
import type { FileReport } from '../analyze.js';
import { gateLine, type GateResult } from '../cli/gates.js';
import { formatBytes, formatSeconds } from '../model/bytes.js';
import type { Finding, Severity } from '../rules/types.js';
import { sanitize, type Colors } from './color.js';
import { ttyFleet } from './fleet.js';
import { ttyLayerChart } from './layer-chart.js';

export interface TtyOptions {
  readonly colors: Colors;
  /** Terminal width; 80 when not known. */
  readonly width: number;
}

export interface TtyWriter {
  /** Writes a file's section (nothing for a file that could not be analysed). */
  file(report: FileReport): void;
  /**
   * Writes the fleet view, the totals and the gates. `files` are every file of the run, in
   * order; their findings are not read again (the totals count them as they were written).
   */
  end(files: readonly FileReport[], gates: readonly GateResult[]): void;
}

/** The terminal report, written a file at a time. */
export function ttyWriter(write: (text: string) => void, options: TtyOptions): TtyWriter {
  const c = options.colors;
  let findings = 0;
  const lines = (out: readonly string[]): void => write(out.map((line) => `${line}\n`).join(''));
  return {
    file(file) {
      findings += file.findings.length;
      if (file.error !== null) return;
      const out = [c.bold(sanitize(file.path))];
      if (file.findings.length === 0) out.push(`  ${c.green('no findings')}`);
      else out.push(findingsTable(file.findings, options));
      out.push(...summaryLines(file, c), ...ttyLayerChart(file, c), '');
      lines(out);
    },
    end(files, gates) {
      const out: string[] = [];
      const fleet = ttyFleet(files, c);
      if (fleet.length > 0) out.push(...fleet, '');
      const analysed = files.filter((f) => f.error === null).length;
      if (files.length > 1 || analysed === 0) out.push(totals(files, findings, c));
      lines(out);
      write(gates.map((g) => gateText(g, c)).join(''));
    },
  };
}

function gateText(gate: GateResult, c: Colors): string {
  const line = gateLine(gate);
  return `${(gate.pass ? c.green : c.red)(line.slice(0, 4))}${sanitize(line.slice(4))}\n`;
}

function findingsTable(findings: readonly Finding[], options: TtyOptions): string {
  const c = options.colors;
  const width = Math.max(80, options.width);
  // Fixed columns: line, rule, severity, impact; the message takes the rest (6 border chars).
  const fixed = [6, 21, 10, 9];
  const message = width - fixed.reduce((a, b) => a + b, 0) - 6;
  const table = new Table({
    head: ['Line', 'Rule', 'Severity', 'Message', 'Impact'].map((h) => c.bold(h)),
    colWidths: [fixed[0]!, fixed[1]!, fixed[2]!, message, fixed[3]!],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 0 },
  });
  for (const f of findings) {
    table.push([String(f.line), f.rule, paint(f.severity, c), sanitize(f.message), impactText(f)]);
  }
  return table.toString();
}

function paint(severity: Severity, c: Colors): string {
  switch (severity) {
    case 'error':
      return c.red(severity);
    case 'warning':
      return c.yellow(severity);
    case 'info':
      return c.blue(severity);
    default:
      return c.dim(severity);
  }
}

function impactText(f: Finding): string {
  const parts: string[] = [];
  if (f.impact.bytes !== null) parts.push(formatBytes(f.impact.bytes));
  if (f.impact.rebuildSeconds !== null) parts.push(`${formatSeconds(f.impact.rebuildSeconds)}/chg`);
  return parts.join('\n');
}

function summaryLines(file: FileReport, c: Colors): string[] {
  const s = file.score!;
  const e = file.estimate!;
  const gradeColor = s.grade === 'A' || s.grade === 'B' ? c.green : s.grade === 'C' ? c.yellow : c.red;
  const lines = [
    `  score  cache ${s.cache}  size ${s.size}  overall ${s.overall}  grade ${gradeColor(c.bold(s.grade))}`,
    `  image  ~${formatBytes(e.imageBytes)}, wasted ${formatBytes(e.wastedBytes)}, could save ${formatBytes(e.savingsBytes)}`,
    `  cache  a typical source change re-runs ~${formatSeconds(e.rebuildSecondsPerChange)} of build steps`,
  ];
  if (file.fixed) {
    const { findings, edits, unsafeLeft } = file.fixed;
    const done = findings === 0 ? 'nothing to fix safely' : `${plural(findings, 'finding')} with ${plural(edits, 'edit')}; the findings above remain`;
    lines.push(`  fixed  ${done}${unsafeLeft > 0 ? `; ${unsafeLeft} more with --fix-unsafe` : ''}`);
  }
  if (file.rebuild) {
    const changed = file.rebuild.changed.length === 0 ? 'no files' : file.rebuild.changed.slice(0, 3).map(sanitize).join(', ') + (file.rebuild.changed.length > 3 ? ` and ${file.rebuild.changed.length - 3} more` : '');
    lines.push(`  change ${changed}:`);
    for (const st of file.rebuild.stages) {
      lines.push(
        st.firstLine === null
          ? `         stage ${sanitize(st.stage)} stays cached`
          : `         stage ${sanitize(st.stage)} rebuilds from line ${st.firstLine} (${st.lines.length} step${st.lines.length === 1 ? '' : 's'}: lines ${st.lines.join(', ')}), ~${formatSeconds(st.seconds)}`,
      );
    }
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function totals(files: readonly FileReport[], n: number, c: Colors): string {
  const errors = files.filter((f) => f.error !== null).length;
  const parts = [`${files.length} file${files.length === 1 ? '' : 's'}`, `${n} finding${n === 1 ? '' : 's'}`];
  if (errors > 0) parts.push(c.red(`${errors} not analysed`));
  return parts.join(', ');
}
