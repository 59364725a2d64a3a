import { defineRule } from '../src/rules/types.js';
import { checkPins, pinPrograms } from '../src/rules/pin-check.js';

export default defineRule({
  id: 'zypper-pin-versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3037'],
  programs: pinPrograms('zypper'),
  summary: '`zypper install` names a package without a version',
  fixable: false,
  docs: {
    what: 'Finds `zypper install` (`zypper in`) naming a package without a version (`=`, `>=`, `<` ...). Local `.rpm` files and URLs are not reported.',
    why: 'Without a version, the package is whatever the repositories hold on the day of the build, so rebuilds of one Dockerfile can install different software.',
    example: 'FROM opensuse/leap:15.6\nRUN zypper install -y tomcat && zypper clean --all',
    fix: 'Pin the version:\n\nFROM opensuse/leap:15.6\nRUN zypper install -y tomcat=9.0.39 && zypper clean --all',
    notes: 'Follows hadolint DL3037.',
  },
  check(context) {
    checkPins(context, 'zypper');
  },
});
