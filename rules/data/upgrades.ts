/**
 * Commands that upgrade every installed package of the base image in place. Read by os-upgrade.
 * Each with the hadolint code that once covered it.
 */
export interface UpgradeCommand {
  readonly commands: readonly string[];
  readonly subcommands: readonly string[];
  readonly optionsWithValue: readonly string[];
  readonly code: string;
}

export const UPGRADE_COMMANDS: readonly UpgradeCommand[] = [
  { commands: ['apt-get', 'apt'], subcommands: ['upgrade', 'dist-upgrade', 'full-upgrade'], optionsWithValue: ['-o', '-t', '-c', '--option', '--target-release'], code: 'DL3005' },
  { commands: ['apk'], subcommands: ['upgrade'], optionsWithValue: ['-X', '--repository', '-p', '--root', '--cache-dir'], code: 'DL3017' },
  { commands: ['yum'], subcommands: ['update', 'upgrade', 'update-minimal', 'upgrade-minimal', 'distro-sync'], optionsWithValue: ['--setopt', '--enablerepo', '--disablerepo', '-x', '--exclude', '--releasever'], code: 'DL3031' },
  { commands: ['zypper'], subcommands: ['dist-upgrade', 'dup', 'update', 'up', 'patch'], optionsWithValue: ['-r', '--repo', '--from', '-t', '--type'], code: 'DL3035' },
  { commands: ['dnf', 'microdnf', 'tdnf'], subcommands: ['upgrade', 'update', 'upgrade-minimal', 'update-minimal', 'distro-sync'], optionsWithValue: ['--setopt', '--enablerepo', '--disablerepo', '-x', '--exclude', '--releasever'], code: 'DL3039' },
];
