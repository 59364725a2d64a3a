import { describe, expect, it } from 'vitest';
import { applyEdits, chooseFixes, overlaps } from '../../src/fix/apply.js';
import type { Finding, Fix } from '../../src/rules/types.js';
import { finding } from '../helpers/reports.js';

function withFix(rule: string, edits: Fix['edits'], safety: Fix['safety'] = 'safe'): Finding {
  return finding(1, { rule, fixable: true, fix: { description: rule, safety, edits } });
}

describe('choosing the fixes of a pass', () => {
  it('takes fixes in file order and leaves those that overlap one taken for the next pass', () => {
    const a = withFix('a', [{ start: 10, end: 12, text: 'x' }]);
    const b = withFix('b', [{ start: 11, end: 11, text: 'y' }]); // inside a's range
    const c = withFix('c', [{ start: 12, end: 12, text: 'z' }]); // just after a's range: free
    const d = withFix('d', [{ start: 12, end: 14, text: '' }]); // starts where c inserts: ambiguous order
    const e = withFix('e', [{ start: 0, end: 1, text: '' }, { start: 13, end: 13, text: '!' }]); // its second edit lies in d
    expect(chooseFixes([b, d, a, c, e], false).map((x) => x.finding.rule)).toEqual(['e', 'a', 'c']);
  });

  it('leaves unsafe fixes out unless asked', () => {
    const u = withFix('u', [{ start: 0, end: 1, text: 'x' }], 'unsafe');
    expect(chooseFixes([u], false)).toEqual([]);
    expect(chooseFixes([u], true).map((x) => x.finding.rule)).toEqual(['u']);
  });

  it('counts two insertions at one offset, and shared characters, as overlapping; touching ranges as not', () => {
    expect(overlaps({ start: 5, end: 5, text: 'a' }, { start: 5, end: 5, text: 'b' })).toBe(true);
    expect(overlaps({ start: 5, end: 8, text: '' }, { start: 7, end: 9, text: '' })).toBe(true);
    expect(overlaps({ start: 5, end: 8, text: '' }, { start: 8, end: 9, text: '' })).toBe(false);
    expect(overlaps({ start: 5, end: 8, text: 'abc' }, { start: 8, end: 8, text: 'x' })).toBe(false);
  });

  it('counts an insertion where a deletion ends as overlapping: what it was placed after is gone', () => {
    expect(overlaps({ start: 5, end: 8, text: '' }, { start: 8, end: 8, text: 'x' })).toBe(true);
    expect(overlaps({ start: 8, end: 8, text: 'x' }, { start: 5, end: 8, text: '' })).toBe(true);
  });
});

describe('applying edits', () => {
  it('replaces, inserts and deletes, keeping everything else', () => {
    expect(applyEdits('RUN apk add curl\r\n', [{ start: 11, end: 11, text: ' --no-cache' }, { start: 0, end: 3, text: 'run' }])).toBe('run apk add --no-cache curl\r\n');
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEdits('abcdef', [{ start: 1, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow(/overlapping/);
  });
});
