import { defineRule } from '../src/rules/types.js';
import { checkPrompts, promptPrograms } from '../src/rules/prompt-check.js';

export default defineRule({
  id: 'apt-get-assume-yes',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3014'],
  programs: promptPrograms('apt'),
  summary: '`apt-get install` without `-y` waits for a confirmation the build cannot give',
  fixable: true,
  docs: {
    what: 'Finds `apt-get` (and `apt`) commands that change packages (`install`, `upgrade`, `dist-upgrade`, `remove`, `purge`, `autoremove`, `build-dep`) without `-y`/`--yes`/`--assume-yes`, `-qq` (which implies it) or `-o APT::Get::Assume-Yes=true`, and with no apt configuration written earlier in the image that sets it.',
    why: 'Whenever apt needs more than the packages named (dependencies, removals), it asks "Do you want to continue? [Y/n]". A build has no terminal: apt reads end-of-file, answers no, and the build fails, or works today and fails when a dependency changes.',
    example: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    fix: 'Add -y:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n\n`--fix` adds -y after the subcommand.',
    notes: 'hadolint DL3014 checks `apt-get install` only; dfscan also checks the other subcommands that ask (upgrade, remove, purge ...) and `apt`, and accepts `APT::Get::Assume-Yes` written to /etc/apt/apt.conf.d by an earlier RUN.',
  },
  check(context) {
    checkPrompts(context, 'apt');
  },
});
