/**
 * A run gives each file to the writer of each of its reports as it is ready and keeps only what
 * the end of the run reads (errors, gates, the fleet view, the totals, the exit code), so that a
 * scan of thousands of files holds neither their reports nor the whole texts, and a terminal
 * shows each file as soon as it is done. (SARIF, GitHub annotations and Markdown, which need the
 * whole run before their first line, keep their text or annotations until the end: see
 * runWriter.)
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { FileReport } from '../analyze.js';
import type { Threshold } from '../config/types.js';
import { runWriter, type Format, type RenderContext, type RunWriter } from '../report/formats.js';
import { sanitize } from '../report/color.js';
import { detached } from '../report/detached.js';
import { severityRank } from '../rules/types.js';
import type { GateResult } from './gates.js';

export interface ReportStream {
  /** Writes a file's entry in each report and returns what of the report the run keeps. */
  file(report: FileReport, threshold: Threshold): FileReport;
  /** Writes the end of each report; false (with one line on stderr each) when one could not be written. */
  end(kept: readonly FileReport[], gates: readonly GateResult[]): boolean;
}

/** A file's entry is a few kB: a piece of 64 K characters holds a dozen or more. */
const CHUNK_CHARS = 64 * 1024;

/** How a report in a file looks: no colour, 80 columns. */
export const FILE_LOOK: Pick<RenderContext, 'color' | 'width'> = { color: false, width: 80 };

/**
 * The stream of a run's reports, each to standard output or a file. `look` is standard output's
 * (its colours and width); a report in a file has FILE_LOOK.
 */
export function reportStream(
  outputs: readonly { readonly format: Format; readonly file: string | null }[],
  stdout: { write(s: string): unknown },
  stderr: { write(s: string): unknown },
  look: Pick<RenderContext, 'root' | 'color' | 'width'>,
): ReportStream {
  const reports = outputs.map(({ format, file }) => report(format, file, stdout, file === null ? look : { root: look.root, ...FILE_LOOK }));
  return {
    file(r, threshold) {
      for (const out of reports) out.writer.file(r);
      return keptOf(r, threshold);
    },
    end(kept, gates) {
      let ok = true;
      for (const out of reports) {
        const failure = out.end(kept, gates);
        if (failure === null) continue;
        ok = false;
        // The path and the system's message may hold control characters: one escaped line.
        stderr.write(`dfscan: ${sanitize(`${out.path}: cannot write the report: ${failure}`)}\n`);
      }
      return ok;
    },
  };
}

/** One report: its writer, and an end that says why it could not be written (null when it was). */
function report(format: Format, path: string | null, stdout: { write(s: string): unknown }, look: Pick<RenderContext, 'root' | 'color' | 'width'>) {
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
  const writer: RunWriter = runWriter(format, write, look);
  return {
    path,
    writer,
    end(kept: readonly FileReport[], gates: readonly GateResult[]): string | null {
      writer.end(kept, gates);
      flush();
      // A report with nothing to say (the GitHub annotations of a clean run) is still a file.
      if (path !== null && fd === null && failure === null) send('');
      if (fd !== null) closeSync(fd);
      return failure;
    },
  };
}

/**
 * What the end of a run reads of a report already written: a finding that decides the exit code
 * (the first at or above the threshold: the exit code asks only whether there is one), the
 * scores and estimate (gates), the base and size of the image (fleet view). The strings taken
 * from the file (the base image's name, the finding) are detached from its text. Built field by
 * field: a structured clone of the whole was 1.4 % of a corpus run.
 */
function keptOf(report: FileReport, threshold: Threshold): FileReport {
  const failing = threshold === 'none' ? undefined : report.findings.find((f) => severityRank(f.severity) >= severityRank(threshold));
  const details = report.details;
  return {
    path: report.path,
    error: detached(report.error),
    internal: report.internal,
    findings: failing ? [detached(failing)] : [],
    score: report.score,
    estimate: report.estimate,
    ...(report.fixed ? { fixed: report.fixed } : {}),
    details: details && {
      base: { ...details.base, ref: detached(details.base.ref), tag: detached(details.base.tag) },
      chart: { rows: [], totalBytes: details.chart.totalBytes },
      fingerprints: null,
      utf8Columns: new Map(),
    },
  };
}
