import { defineRule } from '../src/rules/types.js';
import { checkPins, pinPrograms } from '../src/rules/pin-check.js';

export default defineRule({
  id: 'apk-pin-versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3018'],
  programs: pinPrograms('apk'),
  summary: '`apk add` names a package without a version',
  fixable: false,
  docs: {
    what: 'Finds `apk add` naming a package without a version constraint (`=`, `~`, `<`, `>`). Local `.apk` files and the name given to `--virtual` are not reported.',
    why: 'Without a version, the package is whatever the Alpine repository holds on the day of the build: two builds of one Dockerfile can differ, and a rebuild can pull an incompatible release.',
    example: 'FROM alpine:3.22\nRUN apk add --no-cache curl',
    fix: 'Pin the version, or a version prefix with `~`:\n\nFROM alpine:3.22\nRUN apk add --no-cache curl~8.14',
    notes: 'Follows hadolint DL3018. Alpine keeps only the newest build of a package in each release branch, so an exact pin (`=`) breaks when the package is updated; `~major.minor` is the usual compromise.',
  },
  check(context) {
    checkPins(context, 'apk');
  },
});
