/**
 * Every rule, in id order. Adding a rule: copy a rule file and its test, then add it here
 * (test/rules/registry.test.ts fails when a file in rules/ is missing from this list).
 */
import type { Rule } from '../src/rules/types.js';
import apkPinVersions from './apk-pin-versions.js';
import aptGetAssumeYes from './apt-get-assume-yes.js';
import aptPinVersions from './apt-pin-versions.js';
import aptUpdateAlone from './apt-update-alone.js';
import archiveNotRemoved from './archive-not-removed.js';
import cacheMount from './cache-mount.js';
import cdInsteadOfWorkdir from './cd-instead-of-workdir.js';
import chownAfterCopy from './chown-after-copy.js';
import consecutiveRuns from './consecutive-runs.js';
import contextLeak from './context-leak.js';
import contextSecret from './context-secret.js';
import copyBeforeInstall from './copy-before-install.js';
import devDependencies from './dev-dependencies.js';
import dnfAssumeYes from './dnf-assume-yes.js';
import dnfPinVersions from './dnf-pin-versions.js';
import fatBase from './fat-base.js';
import gemPinVersions from './gem-pin-versions.js';
import goPinVersions from './go-pin-versions.js';
import noInstallRecommends from './no-install-recommends.js';
import noMultiStage from './no-multi-stage.js';
import noSudo from './no-sudo.js';
import npmPinVersions from './npm-pin-versions.js';
import osUpgrade from './os-upgrade.js';
import packageCache from './package-cache.js';
import pipPinVersions from './pip-pin-versions.js';
import pipefail from './pipefail.js';
import pointlessCommand from './pointless-command.js';
import shellViaSymlink from './shell-via-symlink.js';
import splitCleanup from './split-cleanup.js';
import syntaxError from './syntax-error.js';
import unusedPragma from './unused-pragma.js';
import unverifiedDownload from './unverified-download.js';
import useAptGet from './use-apt-get.js';
import useraddHighUid from './useradd-high-uid.js';
import wgetAndCurl from './wget-and-curl.js';
import wgetProgress from './wget-progress.js';
import yumAssumeYes from './yum-assume-yes.js';
import yumPinVersions from './yum-pin-versions.js';
import zypperNonInteractive from './zypper-non-interactive.js';
import zypperPinVersions from './zypper-pin-versions.js';

export const RULES: readonly Rule[] = [
  apkPinVersions,
  aptGetAssumeYes,
  aptPinVersions,
  aptUpdateAlone,
  archiveNotRemoved,
  cacheMount,
  cdInsteadOfWorkdir,
  chownAfterCopy,
  consecutiveRuns,
  contextLeak,
  contextSecret,
  copyBeforeInstall,
  devDependencies,
  dnfAssumeYes,
  dnfPinVersions,
  fatBase,
  gemPinVersions,
  goPinVersions,
  noInstallRecommends,
  noMultiStage,
  noSudo,
  npmPinVersions,
  osUpgrade,
  packageCache,
  pipPinVersions,
  pipefail,
  pointlessCommand,
  shellViaSymlink,
  splitCleanup,
  syntaxError,
  unusedPragma,
  unverifiedDownload,
  useAptGet,
  useraddHighUid,
  wgetAndCurl,
  wgetProgress,
  yumAssumeYes,
  yumPinVersions,
  zypperNonInteractive,
  zypperPinVersions,
];
