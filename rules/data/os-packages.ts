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
