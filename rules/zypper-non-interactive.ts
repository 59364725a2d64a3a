import { defineRule } from '../src/rules/types.js';
import { checkPrompts, promptPrograms } from '../src/rules/prompt-check.js';

export default defineRule({
  id: 'zypper-non-interactive',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3034'],
  programs: promptPrograms('zypper'),
  summary: '`zypper install` without `--non-interactive` waits for a confirmation the build cannot give',
  fixable: true,
  docs: {
    what: 'Finds `zypper` commands that change packages (`install`, `remove`, `update`, `dist-upgrade`, `patch`, `source-install`) without the global `--non-interactive`/`-n` or the subcommand\'s `-y`/`--no-confirm`.',
    why: 'zypper asks "Continue? [y/n/v/...]" before it changes anything. A build has no terminal to answer, so the build stops or fails.',
    example: 'FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.58 && zypper clean --all',
    fix: 'Add --non-interactive:\n\nFROM opensuse/leap:15.6\nRUN zypper --non-interactive install httpd=2.4.58 && zypper clean --all\n\n`--fix` adds --non-interactive before the subcommand, where every subcommand accepts it.',
    notes: 'Follows hadolint DL3034, and also checks update, dist-upgrade and patch.',
  },
  check(context) {
    checkPrompts(context, 'zypper');
  },
});
