import { defineRule } from '../src/rules/types.js';
import { checkPins, pinPrograms } from '../src/rules/pin-check.js';

export default defineRule({
  id: 'gem-pin-versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3028'],
  programs: pinPrograms('gem'),
  summary: '`gem install` names a gem without a version',
  fixable: false,
  docs: {
    what: 'Finds `gem install` (`gem i`) naming a gem without `:version` and without `-v`/`--version`. Local `.gem` files are not reported.',
    why: 'An unpinned gem resolves to its newest release on the day of the build: rebuilds can install different code than the one tested.',
    example: 'FROM ruby:3.4-slim\nRUN gem install bundler',
    fix: 'Pin the version:\n\nFROM ruby:3.4-slim\nRUN gem install bundler:2.6.9',
    notes: 'Follows hadolint DL3028. Arguments after `--` are build flags, not gems.',
  },
  check(context) {
    checkPins(context, 'gem');
  },
});
