/**
 * Package-manager commands that stop to ask "Do you want to continue? [Y/n]", and the ways to
 * answer yes in advance. A build has no terminal: the question reads end-of-file, and the
 * command aborts (apt-get, yum, dnf) or fails. Read through src/graph/prompts.ts.
 */
export interface PromptingManager {
  readonly id: string;
  readonly commands: readonly string[];
  /** Subcommands that ask before they change anything. */
  readonly subcommands: readonly string[];
  readonly optionsWithValue: readonly string[];
  /** Flags (long, short, or in a group like `-yq`) that answer yes, or make the command only simulate. */
  readonly yesFlags: readonly string[];
  /** `-o Key=value` / `--setopt=key=value` settings that answer yes, matched case-insensitively. */
  readonly yesSettings: readonly RegExp[];
  /** Subcommands that ask only when they are given packages (`apt-get purge` alone does nothing). */
  readonly needPackages: readonly string[];
  /** A configuration file written earlier in the image that answers yes for every later command. */
  readonly config: { readonly pathPrefix: string; readonly key: RegExp } | null;
  /** The fix, for messages. */
  readonly fix: string;
  /** The flag `--fix` writes, and beside which word: the subcommand (`install -y`) or the program (`zypper -n install`). */
  readonly fixFlag: { readonly text: string; readonly after: 'subcommand' | 'program' };
}

export const PROMPTING_MANAGERS: Readonly<Record<string, PromptingManager>> = {
  apt: {
    id: 'apt',
    commands: ['apt-get', 'apt'],
    subcommands: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'autopurge', 'build-dep', 'reinstall'],
    optionsWithValue: ['-o', '-t', '-c', '--option', '--target-release', '--config-file', '--default-release'],
    // `-qq` (quiet level 2) implies `-y`, as apt-get(8) documents.
    yesFlags: ['-y', '--yes', '--assume-yes', '-qq', '-s', '--simulate', '--dry-run', '--just-print', '--no-act', '--recon'],
    yesSettings: [/^APT::Get::Assume-Yes=(1|true|yes)$/i, /^(-q|--quiet)=2$/],
    needPackages: ['remove', 'purge', 'reinstall'],
    config: { pathPrefix: '/etc/apt/apt.conf', key: /APT::Get::Assume-Yes\s+"?(1|true|yes)/i },
    fix: 'add -y',
    fixFlag: { text: '-y', after: 'subcommand' },
  },
  yum: {
    id: 'yum',
    commands: ['yum'],
    subcommands: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'remove', 'erase', 'downgrade', 'autoremove', 'groupremove', 'groupupdate', 'swap'],
    optionsWithValue: ['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-c', '--config', '--repo', '--repoid', '-x', '--exclude', '-d', '--debuglevel', '-e', '--errorlevel'],
    yesFlags: ['-y', '--assumeyes'],
    yesSettings: [/^(--setopt=)?assumeyes=(1|true|yes)$/i],
    needPackages: ['remove', 'erase', 'reinstall', 'downgrade'],
    config: { pathPrefix: '/etc/yum.conf', key: /assumeyes\s*=\s*(1|true|yes)/i },
    fix: 'add -y',
    fixFlag: { text: '-y', after: 'subcommand' },
  },
  dnf: {
    id: 'dnf',
    commands: ['dnf'],
    subcommands: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'remove', 'erase', 'downgrade', 'autoremove', 'distro-sync', 'swap'],
    optionsWithValue: ['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-c', '--config', '--repo', '--repoid', '-x', '--exclude', '-d', '--debuglevel', '-e', '--errorlevel'],
    yesFlags: ['-y', '--assumeyes'],
    yesSettings: [/^(--setopt=)?assumeyes=(1|true|yes)$/i],
    needPackages: ['remove', 'erase', 'reinstall', 'downgrade'],
    config: { pathPrefix: '/etc/dnf/dnf.conf', key: /assumeyes\s*=\s*(1|true|yes)/i },
    fix: 'add -y',
    fixFlag: { text: '-y', after: 'subcommand' },
  },
  zypper: {
    id: 'zypper',
    commands: ['zypper'],
    subcommands: ['install', 'in', 'remove', 'rm', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si', 'install-new-recommends', 'inr'],
    optionsWithValue: ['-t', '--type', '-r', '--repo', '--from', '-p', '--plus-repo', '--root', '-R', '--reposd-path', '-D', '-C', '--cache-dir', '--releasever'],
    // Global `--non-interactive`/`-n`, or the subcommand's own `-y`/`--no-confirm`.
    yesFlags: ['-n', '--non-interactive', '-y', '--no-confirm'],
    yesSettings: [],
    needPackages: ['remove', 'rm'],
    config: null,
    fix: 'add --non-interactive (or -n before the subcommand, -y after it)',
    // A global option: valid for every subcommand, where `-y` is not.
    fixFlag: { text: '--non-interactive', after: 'program' },
  },
};
