/**
 * `--fix` for one file: analyse, apply the fixes that do not overlap, analyse the new text, and
 * repeat until no fix is left (at most MAX_PASSES passes). A pass whose text Docker would read
 * worse than before (a new syntax problem) or that cannot be analysed is dropped, and fixing
 * stops there: a fix must never damage a Dockerfile. Files that are not valid UTF-8 are left
 * alone, since their bytes could not be written back as they were.
 */
import { analyzeFile, type AnalyzeOptions, type FileInput, type FileReport } from '../analyze.js';
import type { Finding, SourceEdit } from '../rules/types.js';
import { applyEdits, chooseFixes } from './apply.js';

export const MAX_PASSES = 5;

export interface FixPass {
  /** The text the pass started from. */
  readonly before: string;
  /** Its edits, in file order. */
  readonly edits: readonly SourceEdit[];
  /** The findings fixed, as reported on `before`. */
  readonly fixed: readonly Finding[];
}

export interface FixOutcome {
  /** The analysis of the text as given. */
  readonly initial: FileReport;
  /** The analysis of the fixed text: what remains. */
  readonly report: FileReport;
  /** Decoded text without the byte-order mark, before and after. */
  readonly original: string;
  readonly fixed: string;
  readonly hadBom: boolean;
  readonly passes: readonly FixPass[];
  /** Fixes left because they are unsafe and --fix-unsafe was not given. */
  readonly unsafeLeft: number;
  /** Why fixing stopped early or did not start, or null. */
  readonly notice: string | null;
}

export interface FixOptions {
  /** Apply unsafe fixes too (`--fix-unsafe`). */
  readonly unsafe: boolean;
}

export async function fixFile(input: FileInput, analyzeOptions: AnalyzeOptions, options: FixOptions): Promise<FixOutcome> {
  const initial = await analyzeFile(input, analyzeOptions);
  const source = initial.details?.graph.file.source;
  if (!source) return { initial, report: initial, original: '', fixed: '', hadBom: false, passes: [], unsafeLeft: 0, notice: null };
  const done = (report: FileReport, text: string, passes: FixPass[], notice: string | null): FixOutcome => ({
    initial,
    report,
    original: source.text,
    fixed: text,
    hadBom: source.hadBom,
    passes,
    unsafeLeft: options.unsafe ? 0 : report.findings.filter((f) => f.fix?.safety === 'unsafe').length,
    notice,
  });
  if (source.invalidUtf8Line !== null && initial.findings.some((f) => f.fix !== null)) {
    return done(initial, source.text, [], `not fixed: line ${source.invalidUtf8Line} is not valid UTF-8, and its bytes would not be kept`);
  }

  let report = initial;
  let text = source.text;
  const passes: FixPass[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = chooseFixes(report.findings, options.unsafe);
    if (chosen.length === 0) break;
    const edits = chosen.flatMap((c) => c.fix.edits).sort((a, b) => a.start - b.start);
    const next = applyEdits(text, edits);
    const nextReport = await analyzeFile({ path: input.path, text: next }, analyzeOptions);
    const problems = (r: FileReport): number => r.details?.graph.problems.length ?? Infinity;
    if (nextReport.error !== null || problems(nextReport) > problems(report)) {
      const rules = [...new Set(chosen.map((c) => c.finding.rule))].join(', ');
      return done(report, text, passes, `stopped fixing: the fixes of ${rules} would leave the file unreadable to Docker; please report this with the file`);
    }
    passes.push({ before: text, edits, fixed: chosen.map((c) => c.finding) });
    text = next;
    report = nextReport;
  }
  return done(report, text, passes, null);
}

/** The bytes to write: the fixed text, with the byte-order mark the file had. */
export function fixedBytes(outcome: FixOutcome): Uint8Array {
  return Buffer.from(`${outcome.hadBom ? '\uFEFF' : ''}${outcome.fixed}`, 'utf8');
}
