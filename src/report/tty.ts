/**
 * The terminal report: per file a table of findings (line, rule, severity, message, impact),
 * then the scores and the estimate; sized for an 80-column terminal unless a wider one is known.
 */
import type Table from 'cli-table3';
import type { FileReport } from '../analyze.js';
import { formatBytes, formatSeconds } from '../model/bytes.js';
import type { Finding, Severity } from '../rules/types.js';
import { sanitize, type Colors } from './color.js';
import type { ReportWriter } from './writer.js';

export interface TtyOptions {
  readonly colors: Colors;
  /** Terminal width; 80 when not known. */
  readonly width: number;
}

export async function ttyReport(files: readonly FileReport[], options: TtyOptions): Promise<string> {
  let text = '';
  const writer = await ttyWriter(options, (chunk) => {
    text += chunk;
  });
  for (const f of files) writer.file(f);
  writer.end();
  return text;
}

/**
 * The report file by file: each analysed file's block as it comes, the totals at the end. The
 * table library is loaded here, so that other reports never load it.
 */
export async function ttyWriter(options: TtyOptions, write: (chunk: string) => void): Promise<ReportWriter> {
  const { default: TableOf } = await import('cli-table3');
  const c = options.colors;
  const counts = { files: 0, analysed: 0, findings: 0 };
  return {
    file(file) {
      counts.files++;
      counts.findings += file.findings.length;
      if (file.error !== null) return;
      counts.analysed++;
      const out = [c.bold(sanitize(file.path))];
      if (file.findings.length === 0) out.push(`  ${c.green('no findings')}`);
      else out.push(findingsTable(TableOf, file.findings, options));
      out.push(...summaryLines(file, c), '');
      write(`${out.join('\n')}\n`);
    },
    end() {
      write(counts.files > 1 || counts.analysed === 0 ? `${totals(counts, c)}\n` : '');
    },
  };
}

function findingsTable(TableOf: typeof Table, findings: readonly Finding[], options: TtyOptions): string {
  const c = options.colors;
  const width = Math.max(80, options.width);
  // Fixed columns: line, rule, severity, impact; the message takes the rest (6 border chars).
  const fixed = [6, 21, 10, 9];
  const message = width - fixed.reduce((a, b) => a + b, 0) - 6;
  const table = new TableOf({
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
  return [
    `  score  cache ${s.cache}  size ${s.size}  overall ${s.overall}  grade ${gradeColor(c.bold(s.grade))}`,
    `  image  ~${formatBytes(e.imageBytes)}, wasted ${formatBytes(e.wastedBytes)}, could save ${formatBytes(e.savingsBytes)}`,
    `  cache  a typical source change re-runs ~${formatSeconds(e.rebuildSecondsPerChange)} of build steps`,
  ];
}

function totals(counts: { files: number; analysed: number; findings: number }, c: Colors): string {
  const n = counts.findings;
  const errors = counts.files - counts.analysed;
  const parts = [`${counts.files} file${counts.files === 1 ? '' : 's'}`, `${n} finding${n === 1 ? '' : 's'}`];
  if (errors > 0) parts.push(c.red(`${errors} not analysed`));
  return parts.join(', ');
}
