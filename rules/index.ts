/**
 * Every rule, in id order. Adding a rule: copy a rule file and its test, then add it here
 * (test/rules/registry.test.ts fails when a file in rules/ is missing from this list).
 */
import type { Rule } from '../src/rules/types.js';
import apkPinVersions from './apk-pin-versions.js';
import aptPinVersions from './apt-pin-versions.js';
import copyBeforeInstall from './copy-before-install.js';
import dnfPinVersions from './dnf-pin-versions.js';
import fatBase from './fat-base.js';
import gemPinVersions from './gem-pin-versions.js';
import goPinVersions from './go-pin-versions.js';
import noMultiStage from './no-multi-stage.js';
import npmPinVersions from './npm-pin-versions.js';
import packageCache from './package-cache.js';
import pipPinVersions from './pip-pin-versions.js';
import splitCleanup from './split-cleanup.js';
import syntaxError from './syntax-error.js';
import yumPinVersions from './yum-pin-versions.js';
import zypperPinVersions from './zypper-pin-versions.js';

export const RULES: readonly Rule[] = [
  apkPinVersions,
  aptPinVersions,
  copyBeforeInstall,
  dnfPinVersions,
  fatBase,
  gemPinVersions,
  goPinVersions,
  noMultiStage,
  npmPinVersions,
  packageCache,
  pipPinVersions,
  splitCleanup,
  syntaxError,
  yumPinVersions,
  zypperPinVersions,
];
