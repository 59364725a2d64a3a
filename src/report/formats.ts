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
import { markdownWriter } from './markdown.js';
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
  let out = '';
  const writer = runWriter(format, (text) => (out += text), context);
  for (const file of files) writer.file(file);
  writer.end(files, context.gates ?? []);
  return out;
}

/** A report written a file at a time: each file's part, then what ends the run (fleet view, totals, gates). */
export interface RunWriter {
  file(report: FileReport): void;
  /** `files`: every file of the run, in order (what the run kept of each). */
  end(files: readonly FileReport[], gates: readonly GateResult[]): void;
}

/**
 * A format's writer, which takes each file as it is analysed and keeps little of it, so that a run
 * need not keep the reports (cli/report-stream.ts). Most write each file's part at once; SARIF,
 * which lists the rules reported before the results, keeps the results' text to the end, the
 * GitHub format its annotations, chosen over the run, and Markdown, which opens with a summary of
 * the run, its table rows and sections.
 */
export function runWriter(format: Format, write: (text: string) => void, context: Pick<RenderContext, 'root' | 'color' | 'width' | 'fullReport' | 'maxMarkdownBytes'>): RunWriter {
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
    case 'markdown':
      return markdownWriter(write, { maxBytes: context.maxMarkdownBytes });
  }
}
