/**
 * A Markdown report for GitHub job summaries and pull-request comments: a table of the files
 * with their grades and scores, then per file the estimate, its top findings and the layers of
 * the final image. Text from the Dockerfile is escaped, so no file can inject markup. The report
 * stops adding sections before `maxBytes` (job summaries take 1 MiB per step) and says what it
 * left out.
 */
import type { FileReport } from '../analyze.js';
import type { RunWriter } from './formats.js';
import { gateLine, type GateResult } from '../cli/gates.js';
import { formatBytes, formatSeconds } from '../model/bytes.js';
import { severityRank, type Finding } from '../rules/types.js';
import { TOOL } from '../version.js';
import { sanitize } from './color.js';
import { PROJECT_URL, ruleUrl } from './rule-docs.js';

export interface MarkdownOptions {
  /** Largest report in UTF-8 bytes; unlimited by default. */
  readonly maxBytes?: number | undefined;
}

/** Findings listed per file; the rest are counted. */
export const TOP_FINDINGS = 10;

/**
 * The report, which opens with a summary of the whole run: each file's table row and section are
 * made as the file is done, and the run keeps them, not its report, until the end writes all.
 */
export function markdownWriter(write: (text: string) => void, options: MarkdownOptions = {}): RunWriter {
  const rows: string[] = [];
  const sections: string[] = [];
  const failed: { readonly path: string; readonly error: string }[] = [];
  let files = 0;
  let findings = 0;
  return {
    file(f) {
      files++;
      findings += f.findings.length;
      if (f.error !== null) {
        failed.push({ path: f.path, error: f.error });
        return;
      }
      rows.push(`${fileRow(f)}\n`);
      sections.push(fileSection(f));
    },
    end(_files, gates) {
      write(document({ files, findings, rows, sections, failed, gates }, options.maxBytes ?? Number.POSITIVE_INFINITY));
    },
  };
}

interface Kept {
  readonly files: number;
  readonly findings: number;
  readonly rows: readonly string[];
  readonly sections: readonly string[];
  readonly failed: readonly { readonly path: string; readonly error: string }[];
  readonly gates: readonly GateResult[];
}

function document(run: Kept, max: number): string {
  const head = [`## ${TOOL.name}`, '', summaryLine(run.files, run.findings, run.failed.length), ''];
  const footer = `\n<sub>[${TOOL.name}](${PROJECT_URL}) ${TOOL.version}</sub>\n`;
  // Every piece after the heading is optional: added while the report stays under the limit.
  const pieces: { readonly text: string; readonly kind: 'row' | 'section' | 'other' }[] = [];
  if (run.rows.length > 0) {
    pieces.push({ kind: 'other', text: '| File | Grade | Overall | Cache | Size | Image | Wasted | Findings |\n|---|---|---|---|---|---|---|---|\n' });
    for (const row of run.rows) pieces.push({ kind: 'row', text: row });
  }
  if (run.gates.length > 0) {
    pieces.push({ kind: 'other', text: '\n**Gates**\n\n' });
    for (const g of run.gates) pieces.push({ kind: 'other', text: `- ${g.pass ? '' : '**'}${text(gateLine(g))}${g.pass ? '' : '**'}\n` });
  }
  if (run.failed.length > 0) {
    pieces.push({ kind: 'other', text: '\n**Not analysed**\n\n' });
    for (const f of run.failed) pieces.push({ kind: 'other', text: `- ${text(f.path)}: ${text(f.error)}\n` });
  }
  for (const section of run.sections) pieces.push({ kind: 'section', text: section });

  let body = `${head.join('\n')}\n`;
  let used = bytes(body) + bytes(footer);
  let added = 0;
  for (const piece of pieces) {
    const n = bytes(piece.text);
    // Keep room for the note on what was left out.
    if (used + n + 300 > max) break;
    body += piece.text;
    used += n;
    added++;
  }
  if (added < pieces.length) {
    const left = pieces.slice(added);
    const rows = left.filter((p) => p.kind === 'row').length;
    const sections = left.filter((p) => p.kind === 'section').length;
    const what = [`the details of ${sections} of the ${run.rows.length} files`, ...(rows > 0 ? [`${rows} rows of the table`] : [])].join(' and ');
    body += `\n> [!NOTE]\n> The report was cut to stay under ${formatBytes(max)}: ${what} are not shown. Run ${TOOL.name} with \`-f json\` or \`-f sarif\` for every finding.\n`;
  }
  return body + footer;
}

function summaryLine(files: number, findings: number, failed: number): string {
  const parts = [`${files} file${files === 1 ? '' : 's'}`, `${findings} finding${findings === 1 ? '' : 's'}`];
  if (failed > 0) parts.push(`${failed} not analysed`);
  return parts.join(', ');
}

function fileRow(f: FileReport): string {
  const s = f.score!;
  const e = f.estimate!;
  return `| ${text(f.path)} | **${s.grade}** | ${s.overall} | ${s.cache} | ${s.size} | ~${formatBytes(e.imageBytes)} | ${formatBytes(e.wastedBytes)} | ${f.findings.length} |`;
}

function fileSection(f: FileReport): string {
  const s = f.score!;
  const e = f.estimate!;
  const out = [
    '',
    `### ${text(f.path)}: grade ${s.grade}`,
    '',
    `Scores: cache ${s.cache}, size ${s.size}, overall ${s.overall}. Image ~${formatBytes(e.imageBytes)}, wasted ${formatBytes(e.wastedBytes)}, could save ${formatBytes(e.savingsBytes)}. A typical source change re-runs ~${formatSeconds(e.rebuildSecondsPerChange)} of build steps.`,
    '',
  ];
  if (f.findings.length === 0) {
    out.push('No findings.', '');
  } else {
    const ranked = [...f.findings].sort(byWeight).slice(0, TOP_FINDINGS);
    out.push(f.findings.length > TOP_FINDINGS ? `**Top ${TOP_FINDINGS} of ${f.findings.length} findings**` : '**Findings**', '');
    out.push('| Line | Rule | Severity | Finding | Impact |', '|---|---|---|---|---|');
    for (const x of ranked) out.push(`| ${x.line} | [${x.rule}](${ruleUrl(x.rule)}) | ${x.severity} | ${message(x.message)} | ${impact(x)} |`);
    out.push('');
  }
  out.push(...layerTable(f), '');
  return `${out.join('\n')}\n`;
}

/** Most severe first; then what costs most. */
function byWeight(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (b.impact.bytes ?? 0) - (a.impact.bytes ?? 0) ||
    (b.impact.rebuildSeconds ?? 0) - (a.impact.rebuildSeconds ?? 0) ||
    a.line - b.line
  );
}

function impact(f: Finding): string {
  const parts: string[] = [];
  if (f.impact.bytes !== null) parts.push(formatBytes(f.impact.bytes));
  if (f.impact.rebuildSeconds !== null) parts.push(`${formatSeconds(f.impact.rebuildSeconds)} per change`);
  return parts.join(', ');
}

/** The final image layer by layer (the layer chart of the other reports): size and when it rebuilds. */
function layerTable(f: FileReport): string[] {
  const chart = f.details?.chart ?? null;
  if (!chart) return [];
  const rows = ['<details><summary>Layers of the final image</summary>', '', '| Line | Instruction | Size | Rebuilds |', '|---|---|---|---|'];
  for (const row of chart.rows) {
    const size = row.bytes > 0 ? `${row.basis === 'measured' || row.basis === 'table' ? '' : '~'}${formatBytes(row.bytes)}` : '';
    rows.push(`| ${row.line ?? ''} | ${code(clip(row.label))} | ${size} | ${row.rebuilds} |`);
  }
  rows.push(`|  | total | ~${formatBytes(chart.totalBytes)} |  |`, '', '</details>');
  return rows;
}

const INSTRUCTION_CHARS = 70;

function clip(t: string): string {
  return t.length > INSTRUCTION_CHARS ? `${t.slice(0, INSTRUCTION_CHARS - 1)}…` : t;
}

/** A rule's message: its `code spans` kept as code, the rest escaped. */
function message(m: string): string {
  return m
    .split(/`([^`\n]*)`/)
    .map((part, i) => (i % 2 === 1 ? code(part) : text(part)))
    .join('');
}

/**
 * Plain text for a table cell, heading or list item: the punctuation that starts emphasis, code,
 * links, HTML or a table cell backslash-escaped, `&` as an entity (no entity or tag can form),
 * line breaks as spaces, other control characters shown escaped (the report is also read in
 * terminals), and a leading character that would start a list or quote escaped.
 */
export function text(s: string): string {
  return sanitize(s.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]<>|~#!]/g, (c) => `\\${c}`)
    .replace(/^[-+=.]/, (c) => `\\${c}`);
}

/**
 * A code span that no content can close early: a fence longer than any run of backticks in it;
 * control characters shown escaped as in `text`. In a table cell `|` still needs its backslash
 * (GitHub removes it inside code spans).
 */
export function code(s: string): string {
  const body = sanitize(s.replace(/[\r\n]+/g, ' ')).replace(/\|/g, '\\|');
  if (body.trim() === '') return '';
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
