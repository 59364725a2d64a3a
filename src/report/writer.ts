/** A report written file by file as results arrive, so that a scan never holds them all. */
import type { FileReport } from '../analyze.js';

export interface ReportWriter {
  /** Adds a file's report; files come in the order of the run. */
  file(report: FileReport): void;
  /** Writes what follows the last file. */
  end(): void;
}
