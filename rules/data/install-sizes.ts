/**
 * What installs add to an image, for the size estimate when nothing better is known. Compressed
 * bytes; on-disk figures are converted with the 0.4 rule of thumb of facts/README.md.
 */
export interface InstallSize {
  readonly bytes: number;
  readonly basis: string;
}

/** One package named in `apt-get install`/`dnf install`, with its dependencies, when the table lacks it. */
export const OS_PACKAGE_AVERAGE: InstallSize = {
  bytes: 6_000_000,
  basis:
    'average: the median installed size of the common utilities measured in facts/cache-sizes.md without recommends (curl 11.4, wget 3.5, nginx 15.1, python3 33.5, git 57.3 MB: 15.1 MB) × 0.4 compression',
};

/** One package named in `apk add`: Alpine's packages and their dependencies are far smaller. */
export const APK_PACKAGE_AVERAGE: InstallSize = {
  bytes: 1_000_000,
  basis: 'estimate: the alpine:3.24 root file system holds about 15 packages in 3.8 MB compressed; an added package brings a few dependencies',
};

/** Dependencies installed by one ecosystem install step, by ecosystem id. */
export const DEPENDENCY_INSTALL_SIZES: Readonly<Record<string, InstallSize>> = {
  npm: { bytes: 20_000_000, basis: 'measured range: node_modules of 2.9 MB (express) to 117 MB (a typescript/eslint/jest/webpack/react install), facts/cache-sizes.md; 50 MB taken as typical, × 0.4 compression' },
  yarn: { bytes: 20_000_000, basis: 'as npm' },
  pnpm: { bytes: 20_000_000, basis: 'as npm' },
  bun: { bytes: 20_000_000, basis: 'as npm' },
  pip: { bytes: 40_000_000, basis: 'estimate: 100 MB of installed packages for a typical service (a web framework plus numpy-sized libraries), × 0.4 compression' },
  poetry: { bytes: 40_000_000, basis: 'as pip' },
  pipenv: { bytes: 40_000_000, basis: 'as pip' },
  uv: { bytes: 40_000_000, basis: 'as pip' },
  go: { bytes: 40_000_000, basis: 'estimate: the module cache of a mid-sized service, about 100 MB on disk, × 0.4 compression' },
  bundler: { bytes: 20_000_000, basis: 'estimate: about 50 MB of installed gems, × 0.4 compression' },
  composer: { bytes: 12_000_000, basis: 'estimate: about 30 MB of vendor/, × 0.4 compression' },
  maven: { bytes: 60_000_000, basis: 'estimate: about 150 MB in ~/.m2 for a Spring Boot application, × 0.4 compression' },
  gradle: { bytes: 80_000_000, basis: 'estimate: the Gradle distribution plus dependencies, about 200 MB, × 0.4 compression' },
  cargo: { bytes: 40_000_000, basis: 'estimate: the registry and build artefacts of a mid-sized project, about 100 MB, × 0.4 compression' },
  dotnet: { bytes: 30_000_000, basis: 'estimate: about 75 MB of NuGet packages, × 0.4 compression' },
  mix: { bytes: 12_000_000, basis: 'estimate: about 30 MB of deps/ and _build/, × 0.4 compression' },
};

/** An artefact copied from a build stage or another image (a binary, a bundle, a folder). */
export const STAGE_ARTIFACT: InstallSize = {
  bytes: 10_000_000,
  basis: 'estimate: a statically linked service binary or a bundled web application is 5–30 MB compressed',
};

/** A file ADD downloads from a URL. */
export const REMOTE_DOWNLOAD: InstallSize = {
  bytes: 10_000_000,
  basis: 'estimate: a release archive or binary fetched by ADD <url>',
};

/** A downloaded release (a language runtime, a tool) unpacked and kept in the layer. */
export const UNPACKED_DOWNLOAD: InstallSize = {
  bytes: 25_000_000,
  basis: 'estimate: language runtimes and tool distributions unpack to 20–70 MB compressed; 25 MB taken',
};

/** Software compiled from source and installed (`make install`). */
export const COMPILED_INSTALL: InstallSize = {
  bytes: 20_000_000,
  basis: 'estimate: an interpreter or server built from source installs 10–60 MB compressed; 20 MB taken',
};
