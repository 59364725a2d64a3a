/**
 * What the report formats need from a file beyond its findings, scores and estimate, taken from
 * its graph when the file is analysed: plain data, so that a report can cross threads and the
 * graph can be dropped as soon as the file is done.
 */
import type { Graph } from '../graph/types.js';
import type { LineIndex } from '../parse/line-index.js';
import type { Finding } from '../rules/types.js';
import type { ImageEstimate } from '../score/image-estimate.js';
import { layerChart, type LayerChart } from '../score/layer-chart.js';
import type { StageRebuild } from '../score/rebuild.js';
import { graphFingerprints } from './fingerprint.js';

export interface ReportDetails {
  /** The final image's base, as the fleet view groups images. */
  readonly base: ImageEstimate['base'];
  /** The layer chart (terminal, JSON `layers`, markdown). */
  readonly chart: LayerChart;
  /** One per finding, in the same order (SARIF, GitLab); null when the run asked for none. */
  readonly fingerprints: readonly string[] | null;
  /**
   * UTF-8 byte columns of the positions of findings and their edits, keyed `line:column`, where
   * they differ from the UTF-16 column (text with non-ASCII characters before them), for rdjson.
   */
  readonly utf8Columns: ReadonlyMap<string, number>;
}

export function reportDetails(graph: Graph, image: ImageEstimate, rebuilds: readonly StageRebuild[], findings: readonly Finding[], fingerprints: boolean): ReportDetails {
  return {
    base: image.base,
    chart: layerChart(graph, image, rebuilds),
    fingerprints: fingerprints ? graphFingerprints(graph, findings) : null,
    utf8Columns: utf8Columns(graph.file.source.lines, findings),
  };
}

/** A 1-based UTF-16 column as a 1-based UTF-8 byte column of the same line. */
export function utf8Column(details: ReportDetails | null, line: number, column: number): number {
  return details?.utf8Columns.get(`${line}:${column}`) ?? column;
}

function utf8Columns(lines: LineIndex, findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  // In a file of ASCII (most), every UTF-8 column is its UTF-16 column.
  if (!NON_ASCII.test(lines.text)) return out;
  // The columns asked for on each line, then each line walked once from column to column: measuring
  // the text before every column afresh took quadratic time for thousands of findings on one long line.
  const wanted = new Map<number, Set<number>>();
  const add = (line: number, column: number): void => {
    let columns = wanted.get(line);
    if (!columns) wanted.set(line, (columns = new Set()));
    columns.add(column);
  };
  for (const f of findings) {
    add(f.line, f.column);
    add(f.endLine, f.endColumn);
    for (const e of f.edits ?? []) {
      add(e.line, e.column);
      add(e.endLine, e.endColumn);
    }
  }
  for (const [line, columns] of wanted) {
    const start = lines.lineStart(line);
    let at = start;
    let bytes = 0;
    for (const column of [...columns].sort((a, b) => a - b)) {
      const to = start + column - 1;
      const part = lines.text.slice(at, to);
      // Only text with characters past ASCII has fewer UTF-16 units than UTF-8 bytes.
      bytes += NON_ASCII.test(part) ? Buffer.byteLength(part, 'utf8') : part.length;
      at = Math.max(at, to);
      if (bytes !== column - 1) out.set(`${line}:${column}`, bytes + 1);
    }
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
