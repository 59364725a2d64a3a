import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('has a test file for every rule', () => {
    for (const rule of RULES) expect(existsSync(join(ROOT, 'test', 'rules', `${rule.id}.test.ts`)), rule.id).toBe(true);
  });
});
