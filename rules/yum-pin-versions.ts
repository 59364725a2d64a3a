import { defineRule } from '../src/rules/types.js';
import { checkPins, pinPrograms } from '../src/rules/pin-check.js';

export default defineRule({
  id: 'yum-pin-versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3033'],
  programs: pinPrograms('yum'),
  summary: '`yum install` names a package without a version',
  fixable: false,
  docs: {
    what: 'Finds `yum install` (also `groupinstall`, `localinstall`, `module install`) naming a package without `-version` (or a module without `:stream`). Local `.rpm` files, URLs, groups (`@name`) and capabilities (`pkgconfig(x)`) are not reported.',
    why: 'Without a version, the package is whatever the repositories hold on the day of the build, so rebuilds of one Dockerfile can install different software.',
    example: 'FROM rockylinux:9\nRUN yum install -y tomcat && yum clean all',
    fix: 'Pin the version:\n\nFROM rockylinux:9\nRUN yum install -y tomcat-9.0.87 && yum clean all',
    notes: 'Follows hadolint DL3033: a `-` followed by a digit or a variable counts as a version, so a package whose name itself holds such a part (`java-17-openjdk`) is taken as pinned. Groups and capabilities, which hadolint would report, cannot be pinned and are not reported here.',
  },
  check(context) {
    checkPins(context, 'yum');
  },
});
