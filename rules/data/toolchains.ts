/**
 * Build toolchains: images that are a compiler or SDK, system packages that install one, and
 * the commands that use one. Read by no-multi-stage (a toolchain left in the final image) and
 * fat-base (which leaves toolchain images to it).
 */
export interface ToolchainImage {
  /** Image name as in the base-image table. */
  readonly image: string;
  /** Tags that are the toolchain; all tags when absent. */
  readonly tagPattern?: RegExp;
  readonly label: string;
  /** A runtime-only image to copy the build result into, and its table tag. */
  readonly runtime: string;
}

export const TOOLCHAIN_IMAGES: readonly ToolchainImage[] = [
  { image: 'golang', label: 'the Go toolchain', runtime: 'gcr.io/distroless/static-debian12:latest' },
  { image: 'rust', label: 'the Rust toolchain', runtime: 'debian:bookworm-slim' },
  { image: 'maven', label: 'Maven and a JDK', runtime: 'eclipse-temurin:21-jre' },
  { image: 'gradle', label: 'Gradle and a JDK', runtime: 'eclipse-temurin:21-jre' },
  { image: 'mcr.microsoft.com/dotnet/sdk', label: 'the .NET SDK', runtime: 'mcr.microsoft.com/dotnet/aspnet:9.0-bookworm-slim' },
  { image: 'gcc', label: 'GCC', runtime: 'debian:bookworm-slim' },
  { image: 'buildpack-deps', label: 'compilers and -dev libraries', runtime: 'debian:bookworm-slim' },
  { image: 'openjdk', tagPattern: /jdk|^\d+(\.\d+)*$|^\d+-(bullseye|bookworm|buster|slim)/, label: 'a JDK', runtime: 'eclipse-temurin:21-jre' },
];

export interface ToolchainPackage {
  /** Package names, per system package manager (ids of os-packages.ts). */
  readonly names: Readonly<Record<string, readonly string[]>>;
  readonly label: string;
  /** Compressed bytes it adds. */
  readonly bytes: number;
  readonly bytesBasis: string;
}

/** Installed MB are converted with the 0.4 compression rule of thumb of facts/README.md. */
export const TOOLCHAIN_PACKAGES: readonly ToolchainPackage[] = [
  {
    names: { apt: ['build-essential'], apk: ['build-base', 'alpine-sdk'], yum: ['@development', 'development tools', '@development-tools'] },
    label: 'a C/C++ toolchain',
    bytes: 114_400_000,
    bytesBasis: 'measured: build-essential installs 286.0 MB without recommends (363.8 MB with) on bookworm, facts/cache-sizes.md; × 0.4 compression',
  },
  {
    names: { apt: ['gcc', 'g++', 'clang', 'gcc-12', 'g++-12'], apk: ['gcc', 'g++', 'clang'], yum: ['gcc', 'gcc-c++', 'clang'], zypper: ['gcc', 'gcc-c++'] },
    label: 'a C compiler',
    bytes: 69_900_000,
    bytesBasis: 'measured: gcc installs 174.8 MB without recommends on bookworm, facts/cache-sizes.md; × 0.4 compression',
  },
  {
    names: { apt: ['default-jdk', 'default-jdk-headless', 'openjdk-17-jdk', 'openjdk-17-jdk-headless', 'openjdk-21-jdk', 'openjdk-21-jdk-headless', 'openjdk-11-jdk', 'maven', 'gradle'], apk: ['openjdk17', 'openjdk21', 'openjdk11', 'maven', 'gradle'], yum: ['java-17-openjdk-devel', 'java-21-openjdk-devel', 'maven'] },
    label: 'a JDK',
    bytes: 87_400_000,
    bytesBasis: 'measured: openjdk-17-jre-headless installs 218.6 MB without recommends on bookworm (the JDK adds more), facts/cache-sizes.md; × 0.4 compression',
  },
  {
    names: { apt: ['golang', 'golang-go'], apk: ['go'], yum: ['golang'] },
    label: 'the Go toolchain',
    bytes: 90_000_000,
    bytesBasis: 'estimate: the Go distribution is about 220 MB on disk; × 0.4 compression',
  },
  {
    names: { apt: ['cargo', 'rustc'], apk: ['cargo', 'rust'], yum: ['cargo', 'rust'] },
    label: 'the Rust toolchain',
    bytes: 120_000_000,
    bytesBasis: 'estimate: rustc and cargo with their LLVM are about 300 MB on disk; × 0.4 compression',
  },
];

/** Commands that compile or package: with one of them in the final image, a toolchain is in use. */
export const BUILD_COMMANDS: readonly { command: string; subcommands?: readonly string[] }[] = [
  { command: 'go', subcommands: ['build', 'install'] },
  { command: 'cargo', subcommands: ['build', 'install'] },
  { command: 'mvn' },
  { command: 'mvnw' },
  { command: 'gradle' },
  { command: 'gradlew' },
  { command: 'dotnet', subcommands: ['build', 'publish'] },
  { command: 'make' },
  { command: 'cmake' },
  { command: 'ninja' },
  { command: 'gcc' },
  { command: 'g++' },
  { command: 'cc' },
  { command: 'c++' },
  { command: 'clang' },
  { command: 'javac' },
  { command: 'rustc' },
  { command: 'mix', subcommands: ['compile', 'release'] },
  { command: 'pip', subcommands: ['install', 'wheel'] },
  { command: 'pip3', subcommands: ['install', 'wheel'] },
  { command: 'bundle', subcommands: ['install'] },
  { command: 'gem', subcommands: ['install'] },
  { command: 'npm', subcommands: ['ci', 'install', 'rebuild'] },
  { command: 'yarn' },
  { command: 'pnpm', subcommands: ['install'] },
];

/** Commands that need a JDK rather than a JRE. */
export const JVM_BUILD_COMMANDS: ReadonlySet<string> = new Set([
  'javac', 'mvn', 'mvnw', 'gradle', 'gradlew', 'lein', 'sbt', 'clojure', 'clj', 'kotlinc', 'ant', 'jar', 'jlink', 'native-image',
]);

/**
 * Alpine packages needed only to build: headers (`*-dev`) and build tools. A virtual group holding
 * one is a build group, made to be deleted (apk-virtual-kept); groups of runtime libraries
 * (`.rundeps`, found by scanelf) are kept on purpose.
 */
export const APK_BUILD_ONLY = /-dev$|^(build-base|alpine-sdk|gcc|g\+\+|clang|make|cmake|ninja|autoconf|automake|libtool|linux-headers|pkgconf|pkgconfig|bison|flex|patch|cargo|rust|go|re2c|dpkg-dev)$/;
