/**
 * A run with one report gives each file to the format's writer as it is ready and keeps only what
 * the end of the run reads (errors, gates, the fleet view, the totals, the exit code), so that a
 * scan of thousands of files holds neither their reports nor the whole text, and a terminal shows
 * each file as soon as it is done. (SARIF, GitHub annotations and Markdown, which need the whole
 * run before their first line, keep their text or annotations until the end: see runWriter.)
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { FileReport } from '../analyze.js';
import type { Threshold } from '../config/types.js';
import { runWriter, type Format, type RenderContext } from '../report/formats.js';
import { sanitize } from '../report/color.js';
import { severityRank } from '../rules/types.js';
import type { GateResult } from './gates.js';

export interface ReportStream {
  /** Writes a file's entry and returns what of the report the run keeps. */
  file(report: FileReport, threshold: Threshold): FileReport;
  /** Writes the end of the document; false (with one line on stderr) when the report could not be written. */
  end(kept: readonly FileReport[], gates: readonly GateResult[]): boolean;
}

/** A file's entry is a few kB: a piece of 64 K characters holds a dozen or more. */
const CHUNK_CHARS = 64 * 1024;

/** A stream for outputs that are one report (to standard output or a file); null for several. */
export function reportStream(
  outputs: readonly { readonly format: Format; readonly file: string | null }[],
  stdout: { write(s: string): unknown },
  stderr: { write(s: string): unknown },
  context: Pick<RenderContext, 'root' | 'color' | 'width'>,
): ReportStream | null {
  if (outputs.length !== 1) return null;
  const { format, file: path } = outputs[0]!;
  let fd: number | null = null;
  let failure: string | null = null;
  const send = (text: string): void => {
    if (path === null) {
      stdout.write(text);
      return;
    }
    if (failure !== null) return;
    try {
      fd ??= openSync(path, 'w');
      writeSync(fd, text);
    } catch (err) {
      failure = (err as Error).message.split('\n')[0]!;
    }
  };
  // Entries go out in pieces of about CHUNK_CHARS, not one system call each.
  let pending = '';
  const write = (text: string): void => {
    pending += text;
    if (pending.length >= CHUNK_CHARS) flush();
  };
  const flush = (): void => {
    if (pending !== '') send(pending);
    pending = '';
  };
  const writer = runWriter(format, write, context);
  return {
    file(report, threshold) {
      writer.file(report);
      return keptOf(report, threshold);
    },
    end(kept, gates) {
      writer.end(kept, gates);
      flush();
      if (fd !== null) closeSync(fd);
      if (failure === null) return true;
      // The path and the system's message may hold control characters: one escaped line.
      stderr.write(`dfscan: ${sanitize(`${path}: cannot write the report: ${failure}`)}\n`);
      return false;
    },
  };
}

/**
 * What the end of a run reads of a report already written: the findings that decide the exit
 * code, the scores and estimate (gates), the base and size of the image (fleet view).
 */
function keptOf(report: FileReport, threshold: Threshold): FileReport {
  const { rebuild: _rebuild, ...rest } = report;
  return {
    ...rest,
    findings: threshold === 'none' ? [] : report.findings.filter((f) => severityRank(f.severity) >= severityRank(threshold)),
    details: report.details && { base: report.details.base, chart: { rows: [], totalBytes: report.details.chart.totalBytes }, fingerprints: null, utf8Columns: new Map() },
  };
}
