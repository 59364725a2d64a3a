/**
 * System package managers: how they install and remove packages, and which options take a
 * value (so that `-o Dpkg::Options=...` is not read as a package name). Read to find the
 * packages a RUN installs or removes.
 */
export interface OsPackageManager {
  readonly id: string;
  readonly commands: readonly string[];
  readonly install: readonly string[];
  readonly remove: readonly string[];
  readonly optionsWithValue: readonly string[];
  /** Option that names a group of packages to remove later as one (`apk add --virtual .deps`). */
  readonly virtualOption?: readonly string[];
}

export const OS_PACKAGE_MANAGERS: readonly OsPackageManager[] = [
  {
    id: 'apt',
    commands: ['apt-get', 'apt', 'aptitude'],
    install: ['install'],
    remove: ['remove', 'purge', 'autoremove'],
    optionsWithValue: ['-o', '-t', '-c', '--option', '--target-release', '--config-file'],
  },
  {
    id: 'apk',
    commands: ['apk'],
    install: ['add'],
    remove: ['del'],
    optionsWithValue: ['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir'],
    virtualOption: ['-t', '--virtual'],
  },
  {
    id: 'yum',
    commands: ['yum', 'dnf', 'microdnf', 'tdnf'],
    install: ['install', 'groupinstall', 'localinstall', 'reinstall'],
    remove: ['remove', 'erase', 'autoremove'],
    optionsWithValue: ['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-c', '--config', '--repo', '--repoid', '-x', '--exclude'],
  },
  {
    id: 'zypper',
    commands: ['zypper'],
    install: ['install', 'in'],
    remove: ['remove', 'rm'],
    optionsWithValue: ['-r', '--repo', '-t', '--type', '--from'],
  },
];

/**
 * Base images on which `yum` is dnf (Fedora; RHEL 8 and later and its rebuilds; Amazon Linux 2023).
 * The yum of CentOS/RHEL 7 and Amazon Linux 2 is yum 3, which has no weak dependencies.
 * Matched against `name:tag` of the stage's root image.
 */
export const YUM_IS_DNF: readonly RegExp[] = [
  /^(fedora|quay\.io\/fedora\/fedora[\w-]*|registry\.fedoraproject\.org\/fedora[\w-]*):/,
  /^(rockylinux|rockylinux\/rockylinux|almalinux|quay\.io\/almalinuxorg\/[\w-]+):/,
  /^(quay\.io\/centos\/centos|centos):stream/,
  /^(registry\.access\.redhat\.com|registry\.redhat\.io)\/ubi(8|9|10)(\/|:)/,
  /^(redhat\/ubi(8|9|10))(-\w+)?:/,
  /^oraclelinux:(8|9|10)\b/,
  /^amazonlinux:20(23|25)\b/,
];

const BY_COMMAND = new Map<string, OsPackageManager>();
for (const m of OS_PACKAGE_MANAGERS) for (const c of m.commands) if (!BY_COMMAND.has(c)) BY_COMMAND.set(c, m);

/** The manager whose command this is (the first listed, should two share one), or undefined. */
export function osPackageManagerOf(command: string): OsPackageManager | undefined {
  return BY_COMMAND.get(command);
}
