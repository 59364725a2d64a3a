/**
 * Every rule, in id order. Adding a rule: copy a rule file and its test, then add it here
 * (test/rules/registry.test.ts fails when a file in rules/ is missing from this list).
 */
import type { Rule } from '../src/rules/types.js';
import addLocalFile from './add-local-file.js';
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
import duplicateStageName from './duplicate-stage-name.js';
import emptyContinuation from './empty-continuation.js';
import envSelfReference from './env-self-reference.js';
import exposeHostMapping from './expose-host-mapping.js';
import exposePortRange from './expose-port-range.js';
import exposeProtoCasing from './expose-proto-casing.js';
import fatBase from './fat-base.js';
import fromAsCasing from './from-as-casing.js';
import fromPlatformFlag from './from-platform-flag.js';
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
import noMultiStage from './no-multi-stage.js';
import onbuildTrigger from './onbuild-trigger.js';
import packageCache from './package-cache.js';
import redundantTargetPlatform from './redundant-target-platform.js';
import reservedStageName from './reserved-stage-name.js';
import secretInArgEnv from './secret-in-arg-env.js';
import splitCleanup from './split-cleanup.js';
import stageNameCasing from './stage-name-casing.js';
import syntaxError from './syntax-error.js';
import undefinedArgInFrom from './undefined-arg-in-from.js';
import undefinedVar from './undefined-var.js';
import untrustedRegistry from './untrusted-registry.js';
import unusedPragma from './unused-pragma.js';
import userNotNumeric from './user-not-numeric.js';
import volatileValueEarly from './volatile-value-early.js';
import workdirRelative from './workdir-relative.js';

export const RULES: readonly Rule[] = [
  addLocalFile,
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
  duplicateStageName,
  emptyContinuation,
  envSelfReference,
  exposeHostMapping,
  exposePortRange,
  exposeProtoCasing,
  fatBase,
  fromAsCasing,
  fromPlatformFlag,
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
  noMultiStage,
  onbuildTrigger,
  packageCache,
  redundantTargetPlatform,
  reservedStageName,
  secretInArgEnv,
  splitCleanup,
  stageNameCasing,
  syntaxError,
  undefinedArgInFrom,
  undefinedVar,
  untrustedRegistry,
  unusedPragma,
  userNotNumeric,
  volatileValueEarly,
  workdirRelative,
];

/** The rules that run when the configuration names none: every rule that is not opt-in. */
export const DEFAULT_RULES: readonly Rule[] = RULES.filter((r) => !r.optIn);
