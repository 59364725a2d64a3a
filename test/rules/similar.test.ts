import { describe, expect, it } from 'vitest';
import { SUGGESTION_BUDGET, suggester } from '../../src/rules/similar.js';

describe('suggester', () => {
  const nearest = suggester(['VERSION', 'VERSIONS', 'PATH', 'HOME', 'NODE_ENV']);

  it('gives the closest known name, an adjacent swap counting as one edit', () => {
    expect(nearest('VERSOIN')).toBe('VERSION');
    expect(nearest('PAHT')).toBe('PATH');
    expect(nearest('VERSIOM')).toBe('VERSION');
    expect(nearest('NODE_EVN')).toBe('NODE_ENV');
    expect(nearest('VERSXYN')).toBe('VERSION');
  });

  it('compares without case, and allows about one edit per three letters, at most maxDistance', () => {
    expect(nearest('node_evn')).toBe('NODE_ENV');
    expect(nearest('HOEM')).toBe('HOME');
    expect(nearest('HXYZ')).toBeNull();
    expect(nearest('VERSXYN', 1)).toBeNull();
  });

  it('takes no name inside another, or equal to it but for case, for a typo', () => {
    expect(nearest('GOPATH')).toBeNull();
    expect(nearest('Version')).toBeNull();
    expect(nearest('PATH')).toBeNull();
  });

  it('stops suggesting past its budget of comparisons', () => {
    const many = suggester(Array.from({ length: SUGGESTION_BUDGET / 2 + 1 }, (_, i) => `NAME_${i}`));
    expect(many('NAME_1x')).not.toBeNull();
    expect(many('NAME_2x')).toBeNull();
  });
});
