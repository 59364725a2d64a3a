import { defineRule } from '../src/rules/types.js';
import { checkPins, pinPrograms } from '../src/rules/pin-check.js';

export default defineRule({
  id: 'npm-pin-versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3016'],
  programs: pinPrograms('npm'),
  summary: '`npm install` names a package without a version',
  fixable: false,
  docs: {
    what: 'Finds `npm install` (`npm i`, `npm add`) naming a package without `@version`, or a git URL without `#ref`. `npm install` and `npm ci` without package names (which read package.json and the lockfile), tarballs and local folders are not reported.',
    why: 'An unpinned package is whatever the registry calls latest on the day of the build: rebuilds of the same Dockerfile can install different code, and a major release can break them.',
    example: 'FROM node:22-slim\nRUN npm install -g pnpm',
    fix: 'Pin the version:\n\nFROM node:22-slim\nRUN npm install -g pnpm@10.17.1',
    notes: 'Follows hadolint DL3016, except that a moving dist-tag (`@latest`, `@next`, `@canary`, `@*`) counts as unpinned here: it names no version.',
  },
  check(context) {
    checkPins(context, 'npm');
  },
});
