import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentTable, ruleTable, withRuleTable } from '../../src/docs/rule-table.js';
import { RULES } from '../../rules/index.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe("the README's rule table", () => {
  it('is what `npm run docs` generates from rules/index.ts (run it after changing a rule)', () => {
    expect(currentTable(README), 'README.md rule table is stale: run npm run docs').toBe(ruleTable(RULES));
  });

  it('has a row per rule, with its fix and aliases, and escapes what Markdown would misread', () => {
    const rows = ruleTable(RULES).split('\n').slice(2);
    expect(rows).toHaveLength(RULES.length);
    expect(rows.find((r) => r.startsWith('| `package-cache` |'))).toMatch(/\| size \| warning \| yes \| `DL3009` `DL3019` .* \| A package install/);
    expect(rows.find((r) => r.startsWith('| `image-latest` |'))).toMatch(/\| [a-z]+ \| [a-z]+ \|  \| `DL3007`/);
    const odd = { ...RULES[0]!, id: 'x', aliases: [], summary: 'a | b\nc' };
    expect(ruleTable([odd]).split('\n')[2]).toBe(`| \`x\` | ${odd.category} | ${odd.severity} | ${odd.fixable ? 'yes' : ''} | — | a \\| b c |`);
  });

  it('is replaced between the markers only', () => {
    const doc = 'intro\n<!-- rules:start anything -->\nold\n<!-- rules:end -->\nafter\n';
    expect(withRuleTable(doc, RULES)).toBe(`intro\n<!-- rules:start anything -->\n${ruleTable(RULES)}\n<!-- rules:end -->\nafter\n`);
    expect(withRuleTable('no markers', RULES)).toBeNull();
  });
});
