/**
 * Every report format by name, each a pure function of the file reports and a little context,
 * so the CLI and the GitHub Action render them the same way.
 */
import type { FileReport } from '../analyze.js';
import type { GateResult } from '../cli/gates.js';
import { checkstyleWriter } from './checkstyle.js';
import { colors } from './color.js';
import { githubWriter } from './github.js';
import { gitlabWriter } from './gitlab.js';
import { jsonWriter } from './json.js';
import { markdownReport } from './markdown.js';
import { rdjsonWriter } from './rdjson.js';
import { sarifWriter } from './sarif.js';
import { ttyWriter } from './tty.js';
import { fleetView } from '../score/fleet.js';

export const FORMATS = ['tty', 'json', 'sarif', 'github', 'checkstyle', 'gitlab', 'rdjson', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderContext {
  /** Folder report paths are made relative to (the repository root). */
  readonly root: string;
  /** Terminal colours and width, for tty. */
  readonly color: boolean;
  readonly width: number;
  /** Where the full report is, for the github notice on findings left out. */
  readonly fullReport?: string;
  /** Largest markdown report in bytes. */
  readonly maxMarkdownBytes?: number;
  /** The CI gates checked (--min-score, --max-image-size, --max-waste). */
  readonly gates?: readonly GateResult[];
}

export function render(format: Format, files: readonly FileReport[], context: RenderContext): string {
  const gates = context.gates ?? [];
  let out = '';
  const writer = runWriter(format, (text) => (out += text), context);
  if (writer) {
    for (const file of files) writer.file(file);
    writer.end(files, gates);
    return out;
  }
  switch (format) {
    case 'markdown':
      return markdownReport(files, { gates, ...(context.maxMarkdownBytes !== undefined ? { maxBytes: context.maxMarkdownBytes } : {}) });
    default:
      throw new Error(`no renderer for the ${format} format`);
  }
}

/** A report written a file at a time: each file's part, then what ends the run (fleet view, totals, gates). */
export interface RunWriter {
  file(report: FileReport): void;
  /** `files`: every file of the run, in order (what the run kept of each). */
  end(files: readonly FileReport[], gates: readonly GateResult[]): void;
}

/**
 * The writer of a format that needs no other file's report to render one file's, so that a run
 * can take each file as it is analysed and keep little of it (cli/report-stream.ts): most write
 * it at once; SARIF, which lists the rules reported before the results, keeps the results' text
 * to the end, and GitHub's annotations, chosen over the run, are kept to the end. Null for
 * Markdown, which opens with a summary of the whole run.
 */
export function runWriter(format: Format, write: (text: string) => void, context: Pick<RenderContext, 'root' | 'color' | 'width' | 'fullReport'>): RunWriter | null {
  switch (format) {
    case 'json': {
      const json = jsonWriter(write);
      return { file: (report) => json.file(report), end: (files, gates) => json.end(gates, fleetView(files)) };
    }
    case 'tty':
      return ttyWriter(write, { colors: colors(context.color), width: context.width });
    case 'checkstyle':
      return checkstyleWriter(write);
    case 'gitlab':
      return gitlabWriter(write, { root: context.root });
    case 'rdjson':
      return rdjsonWriter(write, { root: context.root });
    case 'sarif':
      return sarifWriter(write, { root: context.root });
    case 'github':
      return githubWriter(write, { root: context.root, fullReport: context.fullReport });
    default:
      return null;
  }
}
