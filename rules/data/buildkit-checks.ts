/**
 * The names of Docker BuildKit's build checks, as `# check=skip=NAME` and `docker build --check`
 * know them (source: https://docs.docker.com/reference/build-checks/, BuildKit 0.19+). A rule that
 * covers one lists the name in its aliases; `# check=skip=all` skips every such rule.
 */
export const BUILDKIT_CHECKS: ReadonlySet<string> = new Set([
  'ConsistentInstructionCasing',
  'CopyIgnoredFile',
  'DuplicateStageName',
  'ExposeInvalidFormat',
  'ExposeProtoCasing',
  'FromAsCasing',
  'FromPlatformFlagConstDisallowed',
  'InvalidBaseImagePlatform',
  'InvalidDefaultArgInFrom',
  'InvalidDefinitionDescription',
  'JSONArgsRecommended',
  'LegacyKeyValueFormat',
  'MaintainerDeprecated',
  'MultipleInstructionsDisallowed',
  'NoEmptyContinuation',
  'RedundantTargetPlatform',
  'ReservedStageName',
  'SecretsUsedInArgOrEnv',
  'StageNameCasing',
  'UndefinedArgInFrom',
  'UndefinedVar',
  'WorkdirRelativePath',
]);
