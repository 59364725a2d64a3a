/**
 * Every rule, in id order. Adding a rule: copy a rule file and its test, then add it here
 * (test/rules/registry.test.ts fails when a file in rules/ is missing from this list).
 */
import type { Rule } from '../src/rules/types.js';
import contextLeak from './context-leak.js';
import contextSecret from './context-secret.js';
import copyBeforeInstall from './copy-before-install.js';
import fatBase from './fat-base.js';
import noMultiStage from './no-multi-stage.js';
import packageCache from './package-cache.js';
import splitCleanup from './split-cleanup.js';
import syntaxError from './syntax-error.js';
import unusedPragma from './unused-pragma.js';

export const RULES: readonly Rule[] = [
  contextLeak,
  contextSecret,
  copyBeforeInstall,
  fatBase,
  noMultiStage,
  packageCache,
  splitCleanup,
  syntaxError,
  unusedPragma,
];
