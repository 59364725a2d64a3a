/**
 * Every report format by name, each a pure function of the file reports and a little context,
 * so the CLI and the GitHub Action render them the same way.
 */
import type { FileReport } from '../analyze.js';
import type { GateResult } from '../cli/gates.js';
import { checkstyleReport } from './checkstyle.js';
import { colors } from './color.js';
import { githubReport } from './github.js';
import { gitlabReport } from './gitlab.js';
import { jsonReport } from './json.js';
import { markdownReport } from './markdown.js';
import { rdjsonReport } from './rdjson.js';
import { sarifReport } from './sarif.js';
import { ttyReport } from './tty.js';

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
  switch (format) {
    case 'tty':
      return ttyReport(files, { colors: colors(context.color), width: context.width }, gates);
    case 'json':
      return jsonReport(files, gates);
    case 'sarif':
      return sarifReport(files, { root: context.root });
    case 'github':
      return githubReport(files, { root: context.root, gates, ...(context.fullReport ? { fullReport: context.fullReport } : {}) });
    case 'checkstyle':
      return checkstyleReport(files);
    case 'gitlab':
      return gitlabReport(files, { root: context.root });
    case 'rdjson':
      return rdjsonReport(files, { root: context.root });
    case 'markdown':
      return markdownReport(files, { gates, ...(context.maxMarkdownBytes !== undefined ? { maxBytes: context.maxMarkdownBytes } : {}) });
  }
}
