import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyzeFile, notAnalysed, type FileReport } from '../../src/analyze.js';
import { render, type Format, type RenderContext } from '../../src/report/formats.js';
import type { Finding } from '../../src/rules/types.js';
import { ROOT } from './cli.js';

/** Analyses Dockerfile text under a path, as the CLI would a file there. */
export function report(path: string, text: string): Promise<FileReport> {
  return analyzeFile({ path, text });
}

/** Analyses a file of the repository (examples/...) as the CLI does, reported under its repository path. */
export function reportFile(path: string): Promise<FileReport> {
  const file = join(ROOT, path);
  return analyzeFile({ path, bytes: readFileSync(file) }, { context: { dir: dirname(file), dockerfile: file } });
}

/** A file that could not be read, as the CLI reports it. */
export const unreadable = notAnalysed;

/** A finding made up for a test of the formats (severities no rule has yet, many findings). */
export function finding(line: number, overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'package-cache',
    aliases: [],
    category: 'size',
    severity: 'warning',
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
    stage: null,
    message: `finding on line ${line}`,
    impact: { bytes: null, rebuildSeconds: null },
    fixable: false,
    savingsGroup: null,
    fix: null,
    ...overrides,
  };
}

/** A file report with made-up findings (no graph: formats fall back to what the findings say). */
export function synthetic(path: string, findings: readonly Finding[]): FileReport {
  return {
    path,
    error: null,
    internal: false,
    findings,
    score: { cache: 100, size: 100, overall: 100, grade: 'A' },
    estimate: { imageBytes: 0, wastedBytes: 0, savingsBytes: 0, rebuildSecondsPerChange: 0 },
    details: null,
  };
}

/** A report's whole text as the CLI renders it: no colour, 80 columns, paths from `.` unless told. */
export function reportText(format: Format, files: readonly FileReport[], context: Partial<RenderContext> = {}): string {
  return render(format, files, { root: '.', color: false, width: 80, ...context });
}
