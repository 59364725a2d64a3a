/**
 * GitLab Code Quality: a JSON array of issues in the Code Climate shape, each with a fingerprint
 * unique in the report and stable across runs (the file's path plus the SARIF fingerprint), so
 * merge requests show which findings are new and which were fixed.
 */
import type { FileReport } from '../analyze.js';
import type { Category, Severity } from '../rules/types.js';
import { TOOL } from '../version.js';
import { fingerprints } from './fingerprint.js';
import { shortHash } from './hash.js';
import { jsonArrayWriter } from './json-array.js';
import { reportPath } from './paths.js';
import type { RunWriter } from './formats.js';

export interface GitlabOptions {
  /** Folder paths are made relative to (the repository root). */
  readonly root: string;
}

const SEVERITY: Readonly<Record<Severity, string>> = { error: 'critical', warning: 'major', info: 'minor', style: 'info' };

/** Code Climate's categories. */
const CATEGORY: Readonly<Record<Category, string>> = { cache: 'Performance', size: 'Performance', security: 'Security', correctness: 'Bug Risk', style: 'Style' };

/** The report written a file at a time. */
export function gitlabWriter(write: (text: string) => void, options: GitlabOptions): RunWriter {
  const issues = jsonArrayWriter(write, '', '\n', 1);
  return { file: (file) => issues.items(fileIssues(file, options)), end: () => issues.end() };
}

function fileIssues(file: FileReport, options: GitlabOptions): object[] {
  const path = reportPath(file.path, options.root);
  if (file.error !== null) {
    return [
      {
        type: 'issue',
        check_name: TOOL.name,
        description: `Not analysed: ${file.error}`,
        categories: ['Bug Risk'],
        severity: 'blocker',
        fingerprint: shortHash(`${path}\0error`),
        location: { path, lines: { begin: 1, end: 1 } },
      },
    ];
  }
  const prints = fingerprints(file);
  return file.findings.map((f, i) => ({
    type: 'issue',
    check_name: f.rule,
    description: f.message,
    categories: [CATEGORY[f.category]],
    severity: SEVERITY[f.severity],
    fingerprint: shortHash(`${path}\0${prints[i]}`),
    location: { path, lines: { begin: f.line, end: f.endLine } },
  }));
}
