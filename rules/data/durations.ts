/**
 * Typical wall-clock seconds of build steps on a CI runner, used to say how much work a cache
 * miss re-runs. These are orders of magnitude for a mid-sized project, not measurements of the
 * user's build; each says where its number comes from.
 */
export interface Duration {
  readonly seconds: number;
  readonly basis: string;
}

export const DURATIONS: Readonly<Record<string, Duration>> = {
  'npm-install': {
    seconds: 30,
    basis:
      'published: pnpm.io/benchmarks (2026-06), npm install of a large app: 13.1 s with a lockfile and a warm network, 28.6 s clean; a CI install from a lockfile without cache sits between',
  },
  'bun-install': { seconds: 8, basis: 'published: bun install is several times faster than npm (pnpm.io/benchmarks, ignite-cli benchmarks: 4.5–6.1 s)' },
  'pip-install': { seconds: 40, basis: 'estimate: downloading and unpacking a few dozen wheels; longer when a wheel is built from source' },
  'uv-install': { seconds: 10, basis: 'estimate: uv resolves and installs the same wheels as pip several times faster' },
  'go-mod-download': { seconds: 20, basis: 'estimate: fetching the module graph of a mid-sized service' },
  'go-build': { seconds: 60, basis: 'estimate: compiling a mid-sized service with an empty build cache' },
  'bundle-install': { seconds: 60, basis: 'estimate: installing gems, several with native extensions compiled on the spot' },
  'composer-install': { seconds: 20, basis: 'estimate: downloading and unpacking the dist archives of a typical application' },
  'maven-resolve': { seconds: 60, basis: 'estimate: downloading a Spring Boot application\'s dependencies and plugins into an empty ~/.m2' },
  'maven-build': { seconds: 120, basis: 'estimate: resolving dependencies plus compiling and packaging' },
  'gradle-resolve': { seconds: 60, basis: 'estimate: the Gradle distribution plus the dependency graph into an empty cache' },
  'gradle-build': { seconds: 120, basis: 'estimate: resolving dependencies plus compiling and packaging' },
  'cargo-fetch': { seconds: 20, basis: 'estimate: downloading the crates of a mid-sized project' },
  'cargo-build': { seconds: 180, basis: 'estimate: compiling every dependency crate of a mid-sized project from scratch' },
  'dotnet-restore': { seconds: 20, basis: 'estimate: restoring the NuGet packages of a web application' },
  'dotnet-build': { seconds: 60, basis: 'estimate: restore plus compile and publish' },
  'mix-deps': { seconds: 20, basis: 'estimate: fetching hex packages' },
  'mix-compile': { seconds: 90, basis: 'estimate: compiling dependencies and the application' },
  'os-install': { seconds: 20, basis: 'estimate: apt/apk/dnf downloading and unpacking a handful of packages' },
  'os-index': { seconds: 5, basis: 'estimate: refreshing the package index (apt-get update)' },
  'compile': { seconds: 60, basis: 'estimate: make, cmake or a compiler run over a small native project' },
  'download': { seconds: 5, basis: 'estimate: fetching an archive over a CI runner\'s network' },
  'copy': { seconds: 1, basis: 'estimate: sending and snapshotting a small build context' },
  'command': { seconds: 0.2, basis: 'estimate: a simple command (mkdir, ln, sed, chmod)' },
  'step': { seconds: 1, basis: 'estimate: starting the container of a RUN and snapshotting its layer' },
};
