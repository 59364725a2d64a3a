import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDKIT_CHECKS } from '../../rules/data/buildkit-checks.js';
import { RULES } from '../../rules/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ruleFiles = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('rule registry', () => {
  it('registers every rule file, under the id its file is named after', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual([...ruleFiles].sort());
  });

  it('keeps the five contract rules', () => {
    for (const id of ['copy-before-install', 'split-cleanup', 'package-cache', 'fat-base', 'no-multi-stage']) {
      expect(RULES.some((r) => r.id === id)).toBe(true);
    }
  });

  it('gives every rule complete metadata and docs', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(['cache', 'size', 'security', 'correctness', 'style']).toContain(rule.category);
      expect(['error', 'warning', 'info', 'style']).toContain(rule.severity);
      expect(rule.summary.length).toBeGreaterThan(10);
      for (const section of [rule.docs.what, rule.docs.why, rule.docs.example, rule.docs.fix]) expect(section.trim().length).toBeGreaterThan(10);
    }
  });

  it('gives every alias to one rule only', () => {
    const aliases = RULES.flatMap((r) => r.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('has at least 100 rules', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(100);
  });

  // hadolint's DL codes (DL1001, DL3000-DL3067, DL4000-DL4006; DL4002 was never assigned) and
  // BuildKit's build checks: each names exactly one dfscan rule, so that their ignore lists work.
  it('covers every hadolint DL code and every BuildKit check, each by one rule', () => {
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `DL${from + i}`);
    const hadolint = ['DL1001', ...range(3000, 3067), ...range(4000, 4006).filter((c) => c !== 'DL4002')];
    const owners = (alias: string) => RULES.filter((r) => r.aliases.includes(alias)).map((r) => r.id);
    for (const code of [...hadolint, ...BUILDKIT_CHECKS]) expect(owners(code), code).toHaveLength(1);
    expect(hadolint.length).toBeGreaterThanOrEqual(71);
    expect(BUILDKIT_CHECKS.size).toBe(22);
  });

  it('has a test file for every rule', () => {
    for (const rule of RULES) expect(existsSync(join(ROOT, 'test', 'rules', `${rule.id}.test.ts`)), rule.id).toBe(true);
  });
});
