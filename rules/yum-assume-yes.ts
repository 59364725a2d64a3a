import { defineRule } from '../src/rules/types.js';
import { checkPrompts, promptPrograms } from '../src/rules/prompt-check.js';

export default defineRule({
  id: 'yum-assume-yes',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3030'],
  programs: promptPrograms('yum'),
  summary: '`yum install` without `-y` waits for a confirmation the build cannot give',
  fixable: true,
  docs: {
    what: 'Finds `yum` commands that change packages (`install`, `groupinstall`, `localinstall`, `update`, `remove` ...) without `-y`/`--assumeyes` or `--setopt=assumeyes=1`, and with no `assumeyes=1` written to /etc/yum.conf earlier in the image.',
    why: 'yum asks "Is this ok [y/N]" before it changes anything. A build has no terminal: the answer is end-of-file, yum exits with "Operation aborted", and the build fails.',
    example: 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all',
    fix: 'Add -y:\n\nFROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n\n`--fix` adds -y after the subcommand.',
    notes: 'hadolint DL3030 checks the install subcommands; dfscan also checks update, remove and the other subcommands that ask.',
  },
  check(context) {
    checkPrompts(context, 'yum');
  },
});
