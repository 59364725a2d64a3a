import { defineRule } from '../src/rules/types.js';
import { checkPrompts, promptPrograms } from '../src/rules/prompt-check.js';

export default defineRule({
  id: 'dnf-assume-yes',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3038'],
  programs: promptPrograms('dnf'),
  summary: '`dnf install` without `-y` waits for a confirmation the build cannot give',
  fixable: true,
  docs: {
    what: 'Finds `dnf` commands that change packages (`install`, `groupinstall`, `upgrade`, `remove`, `distro-sync` ...) without `-y`/`--assumeyes` or `--setopt=assumeyes=1`, and with no `assumeyes=1` written to /etc/dnf/dnf.conf earlier in the image.',
    why: 'dnf asks "Is this ok [y/N]" before it changes anything. A build has no terminal: the answer is end-of-file, dnf exits with "Operation aborted", and the build fails.',
    example: 'FROM fedora:42\nRUN dnf install httpd-2.4.63 && dnf clean all',
    fix: 'Add -y:\n\nFROM fedora:42\nRUN dnf install -y httpd-2.4.63 && dnf clean all\n\n`--fix` adds -y after the subcommand.',
    notes: 'hadolint DL3038 checks the install subcommands; dfscan also checks upgrade, remove and the other subcommands that ask. `microdnf` never asks and is not checked.',
  },
  check(context) {
    checkPrompts(context, 'dnf');
  },
});
