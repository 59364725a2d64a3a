/**
 * The checks the fuzz test and `npm run fuzz` make on every generated input, through the library
 * itself (analyzeFile, and fixFile for --fix): no internal error and no throw, the analysis within
 * the time limit, the same report for the same input (analysed again from a fresh copy of it),
 * and a fixed text that analyses again without an internal error.
 */
import { analyzeFile, type FileInput } from '../../src/analyze.js';
import { fixFile } from '../../src/fix/fix-file.js';
import type { FuzzCase } from './mutators.js';

export interface CaseResult {
  /** Milliseconds the first analysis took. */
  readonly ms: number;
  /** What went wrong, one line each; empty when the input passed. */
  readonly problems: readonly string[];
}

export interface CheckOptions {
  /** Analyses slower than this are failures. */
  readonly limitMs: number;
  /** Also run --fix (unsafe fixes included) on the input. */
  readonly fix: boolean;
}

const PATH = 'fuzz/Dockerfile';

export function inputOf(c: FuzzCase): FileInput {
  return c.kind === 'grammar' ? { path: PATH, text: c.text } : { path: PATH, bytes: c.bytes };
}

/** The same input in new memory: a string built afresh, a copied byte array. */
function freshCopy(c: FuzzCase): FileInput {
  return c.kind === 'grammar' ? { path: PATH, text: [...c.text].join('') } : { path: PATH, bytes: Uint8Array.from(c.bytes) };
}

/** The input as the bytes of a file, to write beside a failure report. */
export function caseBytes(c: FuzzCase): Uint8Array {
  return c.kind === 'grammar' ? new TextEncoder().encode(c.text) : c.bytes;
}

/** Where the input came from, in one line. */
export function describeCase(c: FuzzCase): string {
  return c.kind === 'grammar' ? `grammar text of ${c.text.length} chars` : `${c.origin}: ${c.steps.join('; ')}`;
}

export async function checkCase(c: FuzzCase, options: CheckOptions): Promise<CaseResult> {
  const problems: string[] = [];
  let first: string | null = null;
  let ms = 0;
  try {
    const start = performance.now();
    const report = await analyzeFile(inputOf(c), { fingerprints: true });
    ms = performance.now() - start;
    if (report.internal) problems.push(`internal error: ${report.error}`);
    if (ms > options.limitMs) problems.push(`slow: ${ms.toFixed(0)} ms, over ${options.limitMs} ms`);
    first = JSON.stringify(report);
  } catch (err) {
    problems.push(`analyzeFile threw: ${oneLine(err)}`);
  }
  if (first !== null) {
    try {
      const again = JSON.stringify(await analyzeFile(inputOf(c), { fingerprints: true }));
      const copy = JSON.stringify(await analyzeFile(freshCopy(c), { fingerprints: true }));
      if (again !== first) problems.push(`nondeterministic: a second analysis differs at char ${firstDifference(first, again)}`);
      if (copy !== first) problems.push(`nondeterministic: the analysis of a copy differs at char ${firstDifference(first, copy)}`);
    } catch (err) {
      problems.push(`analyzeFile threw on the second run: ${oneLine(err)}`);
    }
  }
  if (options.fix && first !== null) {
    try {
      const outcome = await fixFile(inputOf(c), {}, { unsafe: true });
      if (outcome.report.internal) problems.push(`after --fix: ${outcome.report.error}`);
      // fixFile drops a pass that would damage the file and says so: that is a defect of a fix.
      if (outcome.notice?.startsWith('stopped fixing')) problems.push(`--fix: ${outcome.notice}`);
      if (outcome.passes.length > 0) {
        const reread = await analyzeFile({ path: PATH, text: outcome.fixed });
        if (reread.internal) problems.push(`the fixed text: ${reread.error}`);
      }
    } catch (err) {
      problems.push(`fixFile threw: ${oneLine(err)}`);
    }
  }
  return { ms, problems };
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
