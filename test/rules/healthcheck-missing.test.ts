import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../rules/index.js';
import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('healthcheck-missing', {
  valid: [
    { name: 'a HEALTHCHECK (hadolint DL3057)', code: lines('FROM scratch', 'HEALTHCHECK CMD /bin/bla') },
    { name: 'HEALTHCHECK NONE (hadolint DL3057)', code: lines('FROM scratch', 'HEALTHCHECK NONE') },
    { name: 'inherited from the base stage (hadolint DL3057)', code: lines('FROM scratch AS base', 'HEALTHCHECK CMD /bin/bla', 'FROM base') },
    { name: 'a build stage without one', code: lines('FROM golang:1.27 AS build', 'FROM scratch', 'HEALTHCHECK CMD ["/app", "health"]') },
  ],
  invalid: [
    { name: 'none (hadolint DL3057)', code: lines('FROM scratch', 'RUN foo'), findings: [{ line: 1, message: /no HEALTHCHECK/ }] },
    { name: 'only in another stage (hadolint DL3057)', code: lines('FROM scratch AS a', 'HEALTHCHECK CMD /bin/bla', 'FROM scratch'), findings: [{ line: 3 }] },
  ],
});

describe('healthcheck-missing', () => {
  it('is opt-in: the default rule set leaves it out', () => {
    expect(DEFAULT_RULES.some((r) => r.id === 'healthcheck-missing')).toBe(false);
  });
});
