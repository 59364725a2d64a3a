/**
 * A Markdown report for GitHub job summaries and pull-request comments: a table of the files
 * with their grades and scores, then per file the estimate, its top findings and the layers of
 * the final image. Text from the Dockerfile is escaped, so no file can inject markup. The report
 * stops adding sections before `maxBytes` (job summaries take 1 MiB per step) and says what it
 * left out.
 */
import type { FileReport } from '../analyze.js';
import { imageHistory } from '../graph/image-history.js';
import type { Node } from '../graph/types.js';
import { formatBytes, formatSeconds } from '../model/bytes.js';
import { severityRank, type Finding } from '../rules/types.js';
import type { Basis } from '../score/image-estimate.js';
import { TOOL } from '../version.js';
import { PROJECT_URL, ruleUrl } from './rule-docs.js';

export interface MarkdownOptions {
  /** Largest report in UTF-8 bytes; unlimited by default. */
  readonly maxBytes?: number;
  /** Findings listed per file; the rest are counted. */
  readonly topFindings?: number;
}

const DEFAULT_TOP = 10;

export function markdownReport(files: readonly FileReport[], options: MarkdownOptions = {}): string {
  const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const top = options.topFindings ?? DEFAULT_TOP;
  const analysed = files.filter((f) => f.error === null);
  const failed = files.filter((f) => f.error !== null);
  const findings = files.reduce((n, f) => n + f.findings.length, 0);

  const head = [`## ${TOOL.name}`, '', summaryLine(files.length, findings, failed.length), ''];
  const footer = `\n<sub>[${TOOL.name}](${PROJECT_URL}) ${TOOL.version}</sub>\n`;
  // Every piece after the heading is optional: added while the report stays under the limit.
  const pieces: { readonly text: string; readonly kind: 'row' | 'section' | 'other' }[] = [];
  if (analysed.length > 0) {
    pieces.push({ kind: 'other', text: '| File | Grade | Overall | Cache | Size | Image | Wasted | Findings |\n|---|---|---|---|---|---|---|---|\n' });
    for (const f of analysed) pieces.push({ kind: 'row', text: `${fileRow(f)}\n` });
  }
  if (failed.length > 0) {
    pieces.push({ kind: 'other', text: '\n**Not analysed**\n\n' });
    for (const f of failed) pieces.push({ kind: 'other', text: `- ${text(f.path)}: ${text(f.error!)}\n` });
  }
  for (const f of analysed) pieces.push({ kind: 'section', text: fileSection(f, top) });

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
    const what = [`the details of ${sections} of the ${analysed.length} files`, ...(rows > 0 ? [`${rows} rows of the table`] : [])].join(' and ');
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

function fileSection(f: FileReport, top: number): string {
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
    const ranked = [...f.findings].sort(byWeight).slice(0, top);
    out.push(f.findings.length > top ? `**Top ${top} of ${f.findings.length} findings**` : '**Findings**', '');
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

/** The final image layer by layer: what each adds (and how much of it is waste), and what a source change re-runs. */
function layerTable(f: FileReport): string[] {
  if (!f.details) return [];
  const { image, rebuilds, graph } = f.details;
  const history = imageHistory(graph);
  const rerun = new Set<Node>(rebuilds.flatMap((r) => r.nodes));
  const waste = new Map<Node, number>();
  for (const c of history.cachesLeft) waste.set(c.node, (waste.get(c.node) ?? 0) + c.cache.bytes);
  for (const s of history.splitCleanups) if (s.cache) waste.set(s.createdBy, (waste.get(s.createdBy) ?? 0) + s.cache.bytes);
  const lines = graph.file.source.lines;

  const rows = ['<details><summary>Layers of the final image</summary>', '', '| Line | Instruction | Adds | Of which waste | Re-runs on a source change |', '|---|---|---|---|---|'];
  const from = history.base?.stage.from;
  const baseBytes = image.base.ref === null && image.base.bytes === 0 ? '' : sized(image.base.bytes, image.base.basis);
  rows.push(`| ${from ? lines.lineOf(from.raw.start) : ''} | ${code(from ? instruction(from) : 'FROM')} | ${baseBytes} |  |  |`);
  for (const layer of image.layers) {
    const wasted = waste.get(layer.node) ?? 0;
    const adds = layer.bytes + wasted;
    const shown = adds === 0 && layer.basis === 'not-measured' ? 'not measured' : sized(adds, wasted > 0 && layer.bytes === 0 ? 'average' : layer.basis);
    rows.push(`| ${lines.lineOf(layer.node.raw.start)} | ${code(instruction(layer.node))} | ${shown} | ${wasted > 0 ? formatBytes(wasted) : ''} | ${rerun.has(layer.node) ? 'yes' : ''} |`);
  }
  rows.push('', '</details>');
  return rows;
}

function sized(n: number, basis: Basis): string {
  switch (basis) {
    case 'nearest-tag':
      return `about ${formatBytes(n)}`;
    case 'assumed':
      return `${formatBytes(n)} (assumed)`;
    default:
      return formatBytes(n);
  }
}

const INSTRUCTION_CHARS = 70;

function instruction(node: Node): string {
  const t = `${node.raw.keywordText} ${node.raw.args.text}`.replace(/\s+/g, ' ').trim();
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
 * line breaks as spaces, and a leading character that would start a list or quote escaped.
 */
export function text(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]<>|~#!]/g, (c) => `\\${c}`)
    .replace(/^[-+=.]/, (c) => `\\${c}`);
}

/**
 * A code span that no content can close early: a fence longer than any run of backticks in it.
 * In a table cell `|` still needs its backslash (GitHub removes it inside code spans).
 */
export function code(s: string): string {
  const body = s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  if (body.trim() === '') return '';
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
