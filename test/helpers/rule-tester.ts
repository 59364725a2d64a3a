/**
 * Table-driven rule tests in the manner of ESLint's RuleTester: Dockerfiles that must stay
 * quiet, and Dockerfiles that must report, with the lines (and message fragments) expected.
 */
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixFile } from '../../src/fix/fix-file.js';
import type { Rule, RuleSettings } from '../../src/rules/types.js';
import { analyze, ruleById, writeContext, type ContextFiles } from './analyze.js';

export interface ValidCase {
  readonly name: string;
  readonly code: string;
  /** A build context created on disk around the Dockerfile. */
  readonly context?: ContextFiles;
  /** Configuration the rule reads (trusted registries, label schema). */
  readonly settings?: Partial<RuleSettings>;
}

export interface InvalidCase extends ValidCase {
  /** One entry per expected finding, in report order. */
  readonly findings: readonly { line: number; message?: RegExp; bytes?: number | 'some' | null; rebuildSeconds?: number | 'some' | null }[];
  /**
   * The file after `--fix` with this rule alone (`--fix-unsafe` with `unsafe`); the code itself
   * when the rule must offer no fix. Unchecked when absent.
   */
  readonly output?: string;
  readonly unsafe?: boolean;
}

export function testRule(id: string, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const rule = ruleById(id);
  describe(id, () => {
    it('has a case that reports and one that stays quiet', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    // A rule that says it fixes shows one fix at work; one that does not never offers an edit.
    it(rule.fixable ? 'has a case that --fix repairs' : 'offers no fix', () => {
      expect(cases.invalid.some((c) => c.output !== undefined && c.output !== c.code)).toBe(rule.fixable);
    });
    for (const c of cases.valid) {
      it(`stays quiet: ${c.name}`, async () => {
        const report = await analyze(c.code, [rule], c.context, c.settings);
        expect(report.error).toBeNull();
        expect(report.findings.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`reports: ${c.name}`, async () => {
        const report = await analyze(c.code, [rule], c.context, c.settings);
        expect(report.error).toBeNull();
        const got = report.findings.map((f) => ({ line: f.line, message: f.message, bytes: f.impact.bytes, rebuildSeconds: f.impact.rebuildSeconds }));
        expect(got.map((f) => f.line), JSON.stringify(got, null, 1)).toEqual(c.findings.map((f) => f.line));
        c.findings.forEach((want, i) => {
          const f = got[i]!;
          expect(f.message.length).toBeGreaterThan(0);
          if (want.message) expect(f.message).toMatch(want.message);
          if (want.bytes === 'some') expect(f.bytes).toBeGreaterThan(0);
          else if (want.bytes !== undefined) expect(f.bytes).toBe(want.bytes);
          if (want.rebuildSeconds === 'some') expect(f.rebuildSeconds).toBeGreaterThan(0);
          else if (want.rebuildSeconds !== undefined) expect(f.rebuildSeconds).toBe(want.rebuildSeconds);
        });
        for (const f of report.findings) {
          expect(f.rule).toBe(id);
          expect(f.category).toBe(rule.category);
        }
        if (c.output !== undefined) expect(await fixed(c, rule)).toBe(c.output);
      });
    }
  });
}

/** The code after --fix with one rule, in its build context when the case has one. */
async function fixed(c: InvalidCase, rule: Rule): Promise<string> {
  const path = c.context ? writeContext(c.code, c.context) : 'Dockerfile';
  const options = { rules: [rule], ...(c.context ? { context: { dir: dirname(path), dockerfile: path } } : {}) };
  const outcome = await fixFile({ path, text: c.code }, options, { unsafe: c.unsafe === true });
  expect(outcome.notice).toBeNull();
  return outcome.fixed;
}
