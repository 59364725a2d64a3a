/**
 * What can be known offline about the platform of a base image: the OS and architecture names
 * Docker uses, the images that are Windows (Microsoft's naming), and the images that exist only
 * for Linux (Linux distributions themselves, and tags that name one).
 */

/** GOOS values Docker images are published for. Source: OCI image index `platform.os`. */
export const KNOWN_OS: ReadonlySet<string> = new Set(['linux', 'windows', 'freebsd', 'darwin']);

/**
 * GOARCH values of published images (OCI image index `platform.architecture`), and the other
 * spellings containerd's platforms.Normalize accepts for them (`x86_64`, `aarch64`, `armhf`, ...).
 */
export const KNOWN_ARCH: ReadonlySet<string> = new Set([
  'amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le', 'mips64', 'loong64',
  'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel', 'i386',
]);

/**
 * Windows images: Microsoft's `windows`, `nanoserver` and `servercore` repositories and tags
 * (mcr.microsoft.com/windows/servercore, dotnet/sdk:8.0-nanoserver-ltsc2022, ...).
 */
export const WINDOWS_IMAGE = /(^|\/)(windows|nanoserver|servercore|windowsservercore)([/:-]|$)|windowsservercore|nanoserver/i;

/** Linux distributions published as base images: they exist for no other OS. */
export const LINUX_DISTRIBUTIONS = /^(alpine|debian|ubuntu|busybox|centos|fedora|rockylinux|almalinux|amazonlinux|archlinux|oraclelinux|opensuse\/[a-z]+|photon|clearlinux|mageia|alt|sl|registry\.access\.redhat\.com\/.+|redhat\/ubi\d.*|(quay\.io\/)?centos\/.+|gcr\.io\/distroless\/.+|cgr\.dev\/chainguard\/.+)$/i;

/** Tags that name a Linux variant (`-alpine`, `-slim`, a Debian or Ubuntu release). */
export const LINUX_TAG = /(^|[-.])(alpine\d*(\.\d+)*|slim|bookworm|bullseye|buster|stretch|jessie|trixie|focal|jammy|noble|bionic|resolute)([-.]|$)/i;
