/**
 * Every rule, in id order. Adding a rule: copy a rule file and its test, then add it here
 * (test/rules/registry.test.ts fails when a file in rules/ is missing from this list).
 */
import type { Rule } from '../src/rules/types.js';
import copyBeforeInstall from './copy-before-install.js';
import duplicateStageName from './duplicate-stage-name.js';
import fatBase from './fat-base.js';
import fromAsCasing from './from-as-casing.js';
import maintainerDeprecated from './maintainer-deprecated.js';
import noMultiStage from './no-multi-stage.js';
import packageCache from './package-cache.js';
import reservedStageName from './reserved-stage-name.js';
import splitCleanup from './split-cleanup.js';
import stageNameCasing from './stage-name-casing.js';
import syntaxError from './syntax-error.js';

export const RULES: readonly Rule[] = [
  copyBeforeInstall,
  duplicateStageName,
  fatBase,
  fromAsCasing,
  maintainerDeprecated,
  noMultiStage,
  packageCache,
  reservedStageName,
  splitCleanup,
  stageNameCasing,
  syntaxError,
];

/** The rules that run when the configuration names none: every rule that is not opt-in. */
export const DEFAULT_RULES: readonly Rule[] = RULES.filter((r) => !r.optIn);
