/**
 * `--fix`, `--fix-unsafe` and `--diff`: each file is fixed in memory (src/fix/fix-file.ts), then
 * written back atomically, printed to standard output (for `-`), or shown as a unified diff with
 * nothing written. The report that follows a fix is the analysis of the fixed text: what remains.
 */
import { internalError, type AnalyzeOptions, type FileInput, type FileReport } from '../analyze.js';
import { unifiedDiff } from '../fix/diff.js';
import { fixedBytes, fixFile, type FixOutcome } from '../fix/fix-file.js';
import { writeAtomically } from '../fix/write.js';

export interface FixMode {
  /** `diff` prints what would change; `fix` changes it. */
  readonly kind: 'fix' | 'diff';
  readonly unsafe: boolean;
}

export function fixModeOf(opts: { fix?: boolean; fixUnsafe?: boolean; diff?: boolean }): FixMode | null {
  const unsafe = opts.fixUnsafe === true;
  if (opts.diff) return { kind: 'diff', unsafe };
  return opts.fix || unsafe ? { kind: 'fix', unsafe } : null;
}

export interface Fixed {
  readonly input: FileInput;
  readonly fromStdin: boolean;
  readonly outcome: FixOutcome;
}

export async function fixOne(input: FileInput, fromStdin: boolean, options: AnalyzeOptions, mode: FixMode): Promise<Fixed> {
  try {
    return { input, fromStdin, outcome: await fixFile(input, options, { unsafe: mode.unsafe }) };
  } catch (err) {
    // A defect in fixing (analysis errors are caught in analyzeWithGraph) is this file's problem
    // only: it is reported as not analysed and left as it was, and the other files are fixed.
    const report = internalError(input.path, err);
    return { input, fromStdin, outcome: { initial: report, initialProblems: 0, report, original: '', fixed: '', hadBom: false, passes: [], unsafeLeft: 0, notice: null } };
  }
}

/** The report of a fixed file, with what was fixed and what an unsafe fix could still do. */
export function fixedReport(f: Fixed): FileReport {
  const { outcome } = f;
  if (outcome.report.error !== null) return outcome.report;
  const findings = outcome.passes.reduce((n, p) => n + p.fixed.length, 0);
  const edits = outcome.passes.reduce((n, p) => n + p.edits.length, 0);
  return { ...outcome.report, fixed: { findings, edits, unsafeLeft: outcome.unsafeLeft } };
}

export interface Delivery {
  /** Text for standard output before any report (fixed standard input), or the diff. */
  readonly stdout: string;
  /** One line per problem, for standard error. */
  readonly problems: readonly string[];
  /** The reports to show: a file that could not be written is reported as it still is. */
  readonly reports: readonly FileReport[];
  /** A fixed file went to standard output: the report goes to standard error. */
  readonly usedStdout: boolean;
  readonly failed: boolean;
  /** `--diff`: some file would change. */
  readonly changes: boolean;
}

/** Writes the fixed files (or collects their diffs); a file that cannot be written stays as it was. */
export async function deliver(all: readonly Fixed[], mode: FixMode): Promise<Delivery> {
  let stdout = '';
  let usedStdout = false;
  let failed = false;
  let changes = false;
  const problems: string[] = [];
  const reports: FileReport[] = [];
  for (const f of all) {
    const { outcome } = f;
    if (outcome.notice) problems.push(`${f.input.path}: ${outcome.notice}`);
    const changed = outcome.fixed !== outcome.original;
    if (mode.kind === 'diff') {
      if (changed) {
        changes = true;
        stdout += unifiedDiff(f.input.path, outcome.original, outcome.fixed);
      }
      reports.push(fixedReport(f));
      continue;
    }
    if (f.fromStdin) {
      if (outcome.initial.error === null) {
        // The fixed text (or the text unchanged) takes the place of the input.
        stdout += `${outcome.hadBom ? '\uFEFF' : ''}${outcome.fixed}`;
        usedStdout = true;
      }
      reports.push(fixedReport(f));
      continue;
    }
    if (!changed) {
      reports.push(fixedReport(f));
      continue;
    }
    const original = 'bytes' in f.input ? f.input.bytes : Buffer.from(f.input.text, 'utf8');
    const written = await writeAtomically(f.input.path, fixedBytes(outcome), original);
    if (written.ok) {
      reports.push(fixedReport(f));
    } else {
      failed = true;
      problems.push(`${f.input.path}: cannot write the fixed file: ${written.error} (left unchanged)`);
      reports.push(outcome.initial);
    }
  }
  return { stdout, problems, reports, usedStdout, failed, changes };
}
