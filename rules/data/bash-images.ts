/**
 * Base images that have /bin/bash, for the pipefail fix, which switches RUN to bash. The Debian,
 * Ubuntu and Red Hat family images ship bash as an essential package, and the official language
 * and server images below are built on them (see each image's Dockerfile in docker-library and
 * the vendors' repositories). Their Alpine, BusyBox, distroless and Windows variants do not have
 * bash; the `bash` image is Alpine with bash added.
 */
export const BASH_IMAGES: ReadonlySet<string> = new Set([
  'debian', 'ubuntu', 'buildpack-deps', 'fedora', 'centos', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux', 'archlinux',
  'python', 'node', 'golang', 'ruby', 'php', 'perl', 'rust', 'gcc', 'openjdk', 'eclipse-temurin', 'amazoncorretto', 'maven', 'gradle',
  'r-base', 'julia', 'haskell', 'elixir', 'erlang', 'clojure', 'swift', 'pypy', 'jruby', 'tomcat', 'httpd', 'nginx', 'postgres',
  'mysql', 'mariadb', 'redis', 'mongo', 'wordpress', 'drupal', 'composer',
]);

/** Tags of those images without bash. */
export const NO_BASH_TAG = /alpine|busybox|distroless|windowsservercore|nanoserver|ltsc/i;

/** Images that have bash in every tag. */
export const ALWAYS_BASH_IMAGES: ReadonlySet<string> = new Set(['bash']);
