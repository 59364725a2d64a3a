/**
 * The layer chart for the terminal: one row per layer of the final image with a bar of its
 * estimated size and when it rebuilds, then the total. Fits 80 columns; the rebuild column is
 * words, so it reads the same without colour.
 */
import type { FileReport } from '../analyze.js';
import { formatBytes } from '../model/bytes.js';
import type { Rebuilds } from '../score/layer-chart.js';
import { sanitize, type Colors } from './color.js';

const BAR = 22;
const LABEL = 26;

export function ttyLayerChart(file: FileReport, c: Colors): string[] {
  const chart = file.details?.chart ?? null;
  if (!chart) return [];
  const max = Math.max(1, ...chart.rows.map((r) => r.bytes));
  const out = [`  ${c.bold('layers')}${' '.repeat(LABEL + 2)}${c.dim('size     rebuilds')}`];
  for (const row of chart.rows) {
    const line = row.line === null ? '    ' : String(row.line).padStart(4);
    const label = fit(sanitize(row.label), LABEL);
    const size = (row.bytes > 0 ? `${row.basis === 'measured' || row.basis === 'table' ? '' : '~'}${formatBytes(row.bytes)}` : '-').padStart(8);
    const filled = row.bytes > 0 ? Math.max(1, Math.round((row.bytes / max) * BAR)) : 0;
    const bar = '█'.repeat(filled) + ' '.repeat(BAR - filled);
    out.push(`  ${line} ${label} ${size} ${paint(row.rebuilds, bar, c)} ${row.rebuilds}`);
  }
  out.push(`  ${' '.repeat(4)} ${fit('total', LABEL)} ${`~${formatBytes(chart.totalBytes)}`.padStart(8)}`);
  return out;
}

function paint(rebuilds: Rebuilds, bar: string, c: Colors): string {
  return rebuilds === 'every edit' ? c.red(bar) : rebuilds === 'deps change' ? c.yellow(bar) : c.green(bar);
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}
