/**
 * Where each package manager keeps the downloads a `RUN --mount=type=cache` can keep between
 * builds, and how much of an install that saves when the step re-runs. Keyed by the ecosystem
 * ids of rules/data/ecosystems.ts and the system package manager ids of os-packages.ts.
 */
export interface CacheMount {
  /** Mount targets, for the message (the build user is root unless USER says otherwise). */
  readonly targets: readonly string[];
  /** Share of the install's duration that a warm cache saves. */
  readonly saved: number;
  readonly basis: string;
  /** What else the mount needs to work. */
  readonly note?: string;
}

export const CACHE_MOUNTS: Readonly<Record<string, CacheMount>> = {
  npm: { targets: ['/root/.npm'], saved: 0.54, basis: 'published: pnpm.io/benchmarks, npm install of a large app with a lockfile: 28.6 s clean, 13.1 s with a warm cache' },
  yarn: { targets: ['/usr/local/share/.cache/yarn'], saved: 0.54, basis: 'as npm (pnpm.io/benchmarks)' },
  pnpm: { targets: ['/root/.local/share/pnpm/store'], saved: 0.54, basis: 'as npm (pnpm.io/benchmarks)' },
  bun: { targets: ['/root/.bun/install/cache'], saved: 0.54, basis: 'as npm (pnpm.io/benchmarks)' },
  pip: { targets: ['/root/.cache/pip'], saved: 0.5, basis: 'estimate: downloading the wheels is about half of an install of prebuilt wheels' },
  poetry: { targets: ['/root/.cache/pypoetry'], saved: 0.5, basis: 'as pip' },
  pipenv: { targets: ['/root/.cache/pip'], saved: 0.5, basis: 'as pip' },
  uv: { targets: ['/root/.cache/uv'], saved: 0.5, basis: 'as pip' },
  go: { targets: ['/go/pkg/mod', '/root/.cache/go-build'], saved: 0.7, basis: 'estimate: the module cache spares the downloads, the build cache most of the compilation of unchanged packages' },
  bundler: { targets: ['/usr/local/bundle/cache'], saved: 0.3, basis: 'estimate: downloads only; native extensions are still compiled' },
  composer: { targets: ['/root/.composer/cache'], saved: 0.6, basis: 'estimate: composer installs are mostly downloads of dist archives' },
  maven: { targets: ['/root/.m2'], saved: 0.5, basis: 'estimate: a Spring Boot build spends about half its cold time resolving dependencies and plugins' },
  gradle: { targets: ['/root/.gradle'], saved: 0.5, basis: 'estimate: as maven, plus the Gradle distribution itself' },
  cargo: { targets: ['/usr/local/cargo/registry'], saved: 0.2, basis: 'estimate: crate downloads are a small part of a Rust build; a target/ cache mount saves far more' },
  dotnet: { targets: ['/root/.nuget/packages'], saved: 0.6, basis: 'estimate: restore is mostly NuGet downloads' },
  mix: { targets: ['/root/.hex', '/root/.mix'], saved: 0.5, basis: 'estimate: hex package downloads' },
  apt: {
    targets: ['/var/cache/apt', '/var/lib/apt'],
    saved: 0.4,
    basis: 'estimate: downloading the .deb files is under half of an install that also unpacks and configures them',
    note: 'with sharing=locked, and `rm -f /etc/apt/apt.conf.d/docker-clean` so that apt keeps the downloads',
  },
  yum: { targets: ['/var/cache/yum'], saved: 0.4, basis: 'estimate: as apt', note: 'with keepcache=1' },
  dnf: { targets: ['/var/cache/dnf'], saved: 0.4, basis: 'estimate: as apt', note: 'with keepcache=True' },
};
