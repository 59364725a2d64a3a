/**
 * Build arguments and environment variables whose value changes from one build to the next: the
 * build's date, the commit it was built from, the CI run, the release version. Recognised by
 * name, as CI systems and the OCI/label-schema conventions spell them (GitHub Actions `GITHUB_SHA`,
 * GitLab `CI_COMMIT_SHA`, label-schema `BUILD_DATE`/`VCS_REF`, OCI `created`/`revision`/`version`).
 * A tool's own version (`NODE_VERSION`, `KUBECTL_VERSION`) is pinned in the Dockerfile and is not
 * volatile.
 */
export interface VolatileKind {
  readonly id: 'date' | 'revision' | 'build' | 'version';
  /** What the value is, for messages. */
  readonly label: string;
  readonly name: RegExp;
  /**
   * Volatile only when the ARG has no default, i.e. the value comes from `--build-arg` each time:
   * `ARG VERSION=1.2.3` is as likely the pinned version of something the file downloads.
   */
  readonly onlyWithoutDefault: boolean;
}

export const VOLATILE_KINDS: readonly VolatileKind[] = [
  {
    id: 'date',
    label: 'the build date',
    onlyWithoutDefault: false,
    name: /^(BUILD_?DATE|BUILD_?TIME|BUILD_?TIMESTAMP|BUILD_?DATETIME|BUILT_?AT|CREATED|CREATED_?AT|DATE|TIMESTAMP|IMAGE_CREATED|OCI_CREATED)$/i,
  },
  {
    id: 'revision',
    label: 'the commit',
    onlyWithoutDefault: false,
    name: /^(GIT_?SHA|GIT_?COMMIT(_SHA|_HASH|_ID)?|GIT_?HASH|GIT_?REV(ISION)?|GIT_?REF|COMMIT(_?SHA|_?HASH|_?ID)?|REVISION|VCS_?REF|VCS_?REVISION|SOURCE_?COMMIT|SOURCE_?VERSION|GITHUB_SHA|CI_COMMIT_SHA|CI_COMMIT_SHORT_SHA|BUILD_?COMMIT|BUILD_?SHA|BUILD_?REVISION|BITBUCKET_COMMIT|CIRCLE_SHA1|TRAVIS_COMMIT)$/i,
  },
  {
    id: 'build',
    label: 'the CI build number',
    onlyWithoutDefault: false,
    name: /^(BUILD_?NUMBER|BUILD_?NUM|BUILD_?ID|BUILD_?TAG|CI_PIPELINE_ID|CI_JOB_ID|GITHUB_RUN_ID|GITHUB_RUN_NUMBER|BITBUCKET_BUILD_NUMBER|CIRCLE_BUILD_NUM|TRAVIS_BUILD_NUMBER|BUILDKITE_BUILD_NUMBER)$/i,
  },
  {
    id: 'version',
    label: 'the release version',
    onlyWithoutDefault: true,
    name: /^(VERSION|APP_?VERSION|BUILD_?VERSION|IMAGE_?VERSION|IMAGE_?TAG|RELEASE|RELEASE_?VERSION|RELEASE_?TAG|PROJECT_?VERSION|SERVICE_?VERSION|PACKAGE_?VERSION|GIT_?TAG|GIT_?DESCRIBE|CI_COMMIT_TAG|GITHUB_REF_NAME)$/i,
  },
];

export function volatileKind(name: string): VolatileKind | null {
  return VOLATILE_KINDS.find((k) => k.name.test(name)) ?? null;
}

/**
 * A URL that names a release (a version number or a commit hash in it) serves the same bytes
 * every time; one without (`.../latest/...`, `.../main/install.sh`) changes when upstream does.
 */
// `\d\.\d`, not `\d+\.\d+` (the same test): that retried a long run of digits from each digit.
export const PINNED_URL = /\d\.\d|[/_-]v?\d+[/_.-]|[0-9a-f]{7,64}|@sha256:/i;

/**
 * The least rebuild time worth a finding: a few simple commands cost about a second each
 * (rules/data/durations.ts `step`, `command`); below this the move is not worth the reader's time.
 */
export const MIN_VOLATILE_SECONDS = 10;
