/**
 * Every rule, in id order. Adding a rule: copy a rule file and its test, then add it here
 * (test/rules/registry.test.ts fails when a file in rules/ is missing from this list).
 */
import type { Rule } from '../src/rules/types.js';
import addLocalFile from './add-local-file.js';
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
import copyArchiveExtract from './copy-archive-extract.js';
import copyBeforeInstall from './copy-before-install.js';
import copyDestNotDir from './copy-dest-not-dir.js';
import copyEntireStage from './copy-entire-stage.js';
import copyFromOwnStage from './copy-from-own-stage.js';
import copyFromUnknownStage from './copy-from-unknown-stage.js';
import copyIgnoredFile from './copy-ignored-file.js';
import copyRelativeNoWorkdir from './copy-relative-no-workdir.js';
import devDependencies from './dev-dependencies.js';
import dnfAssumeYes from './dnf-assume-yes.js';
import dnfPinVersions from './dnf-pin-versions.js';
import duplicateStageName from './duplicate-stage-name.js';
import emptyContinuation from './empty-continuation.js';
import envSelfReference from './env-self-reference.js';
import exposeHostMapping from './expose-host-mapping.js';
import exposePortRange from './expose-port-range.js';
import exposeProtoCasing from './expose-proto-casing.js';
import fatBase from './fat-base.js';
import fromAsCasing from './from-as-casing.js';
import fromPlatformFlag from './from-platform-flag.js';
import gemPinVersions from './gem-pin-versions.js';
import goPinVersions from './go-pin-versions.js';
import healthcheckMissing from './healthcheck-missing.js';
import imageLatest from './image-latest.js';
import imageUntagged from './image-untagged.js';
import inlineIgnorePragma from './inline-ignore-pragma.js';
import instructionBeforeFrom from './instruction-before-from.js';
import instructionCasing from './instruction-casing.js';
import invalidBaseImagePlatform from './invalid-base-image-platform.js';
import invalidDefaultArgInFrom from './invalid-default-arg-in-from.js';
import invalidDefinitionDescription from './invalid-definition-description.js';
import invalidStopsignal from './invalid-stopsignal.js';
import jsonArgs from './json-args.js';
import labelEmpty from './label-empty.js';
import labelInvalidEmail from './label-invalid-email.js';
import labelInvalidHash from './label-invalid-hash.js';
import labelInvalidSemver from './label-invalid-semver.js';
import labelInvalidSpdx from './label-invalid-spdx.js';
import labelInvalidTime from './label-invalid-time.js';
import labelInvalidUrl from './label-invalid-url.js';
import labelKeyInvalid from './label-key-invalid.js';
import labelMissing from './label-missing.js';
import labelNotInSchema from './label-not-in-schema.js';
import lastUserRoot from './last-user-root.js';
import legacyKeyValue from './legacy-key-value.js';
import maintainerDeprecated from './maintainer-deprecated.js';
import multipleInstructions from './multiple-instructions.js';
import noInstallRecommends from './no-install-recommends.js';
import noMultiStage from './no-multi-stage.js';
import noSudo from './no-sudo.js';
import npmPinVersions from './npm-pin-versions.js';
import onbuildTrigger from './onbuild-trigger.js';
import osUpgrade from './os-upgrade.js';
import packageCache from './package-cache.js';
import pipPinVersions from './pip-pin-versions.js';
import pipefail from './pipefail.js';
import pointlessCommand from './pointless-command.js';
import redundantTargetPlatform from './redundant-target-platform.js';
import reservedStageName from './reserved-stage-name.js';
import secretInArgEnv from './secret-in-arg-env.js';
import shellViaSymlink from './shell-via-symlink.js';
import splitCleanup from './split-cleanup.js';
import stageNameCasing from './stage-name-casing.js';
import syntaxError from './syntax-error.js';
import undefinedArgInFrom from './undefined-arg-in-from.js';
import undefinedVar from './undefined-var.js';
import untrustedRegistry from './untrusted-registry.js';
import unusedPragma from './unused-pragma.js';
import unverifiedDownload from './unverified-download.js';
import useAptGet from './use-apt-get.js';
import userNotNumeric from './user-not-numeric.js';
import useraddHighUid from './useradd-high-uid.js';
import volatileValueEarly from './volatile-value-early.js';
import wgetAndCurl from './wget-and-curl.js';
import wgetProgress from './wget-progress.js';
import workdirRelative from './workdir-relative.js';
import yumAssumeYes from './yum-assume-yes.js';
import yumPinVersions from './yum-pin-versions.js';
import zypperNonInteractive from './zypper-non-interactive.js';
import zypperPinVersions from './zypper-pin-versions.js';

export const RULES: readonly Rule[] = [
  addLocalFile,
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
  copyArchiveExtract,
  copyBeforeInstall,
  copyDestNotDir,
  copyEntireStage,
  copyFromOwnStage,
  copyFromUnknownStage,
  copyIgnoredFile,
  copyRelativeNoWorkdir,
  devDependencies,
  dnfAssumeYes,
  dnfPinVersions,
  duplicateStageName,
  emptyContinuation,
  envSelfReference,
  exposeHostMapping,
  exposePortRange,
  exposeProtoCasing,
  fatBase,
  fromAsCasing,
  fromPlatformFlag,
  gemPinVersions,
  goPinVersions,
  healthcheckMissing,
  imageLatest,
  imageUntagged,
  inlineIgnorePragma,
  instructionBeforeFrom,
  instructionCasing,
  invalidBaseImagePlatform,
  invalidDefaultArgInFrom,
  invalidDefinitionDescription,
  invalidStopsignal,
  jsonArgs,
  labelEmpty,
  labelInvalidEmail,
  labelInvalidHash,
  labelInvalidSemver,
  labelInvalidSpdx,
  labelInvalidTime,
  labelInvalidUrl,
  labelKeyInvalid,
  labelMissing,
  labelNotInSchema,
  lastUserRoot,
  legacyKeyValue,
  maintainerDeprecated,
  multipleInstructions,
  noInstallRecommends,
  noMultiStage,
  noSudo,
  npmPinVersions,
  onbuildTrigger,
  osUpgrade,
  packageCache,
  pipPinVersions,
  pipefail,
  pointlessCommand,
  redundantTargetPlatform,
  reservedStageName,
  secretInArgEnv,
  shellViaSymlink,
  splitCleanup,
  stageNameCasing,
  syntaxError,
  undefinedArgInFrom,
  undefinedVar,
  untrustedRegistry,
  unusedPragma,
  unverifiedDownload,
  useAptGet,
  userNotNumeric,
  useraddHighUid,
  volatileValueEarly,
  wgetAndCurl,
  wgetProgress,
  workdirRelative,
  yumAssumeYes,
  yumPinVersions,
  zypperNonInteractive,
  zypperPinVersions,
];

/** The rules that run when the configuration names none: every rule that is not opt-in. */
export const DEFAULT_RULES: readonly Rule[] = RULES.filter((r) => !r.optIn);
