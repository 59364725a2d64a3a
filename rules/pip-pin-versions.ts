import { defineRule } from '../src/rules/types.js';
import { checkPins, pinPrograms } from '../src/rules/pin-check.js';

export default defineRule({
  id: 'pip-pin-versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3013'],
  programs: pinPrograms('pip'),
  summary: '`pip install` names a package without a version',
  fixable: false,
  docs: {
    what: 'Finds `pip install` (also `pip3`, `python -m pip`) naming a package without a version specifier (`==`, `~=`, `>=`, `<`, `!=`, `@`), or a VCS URL without a ref. Requirement files (`-r`), constraint files (`-c`), local paths, wheels and archives are not reported.',
    why: 'An unpinned package resolves to the newest release on the day of the build, so two builds of one Dockerfile can install different code, and a new release can break a rebuild that nobody changed.',
    example: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir flask gunicorn',
    fix: 'Pin the versions, or install from a requirements or lock file that pins them:\n\nFROM python:3.13-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
    notes: 'Follows hadolint DL3013, including that a lower or upper bound (`>=`, `<`) counts as a pin. `pip install --upgrade pip` is reported like any other package.',
  },
  check(context) {
    checkPins(context, 'pip');
  },
});
