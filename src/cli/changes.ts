/**
 * The files changed since a git revision, relative to a build context folder: tracked files that
 * differ from the revision and untracked files git does not ignore.
 *
 * git runs with an argument vector (no shell), the revision is resolved to a commit id first
 * (so that no option can ride in on it), and the repository's own settings cannot make git run a
 * program for these read-only questions: no file-system monitor hook, no external diff or
 * text conversion, no optional index locks.
 */

/** A revision as a user writes one: `origin/main`, `HEAD~3`, `v1.2^{commit}`, a commit id. */
const REVISION = /^[A-Za-z0-9_./@{}~^:+-]+$/;

const GIT_SETTINGS = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false'];

export function changedSince(rev: string, contextDir: string): string[] | { error: string } {
  if (rev === '' || rev.startsWith('-') || rev.length > 256 || !REVISION.test(rev)) {
    return { error: `--changed-since ${JSON.stringify(rev)}: not a git revision` };
  }
  // Loaded here, not at start-up: only --changed-since runs git.
  const { execFileSync } = process.getBuiltinModule('node:child_process');
  try {
    const git = (args: readonly string[]): string =>
      execFileSync('git', ['-C', contextDir, ...GIT_SETTINGS, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
        maxBuffer: 256 * 1024 * 1024,
        shell: false,
      });
    const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).trim();
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) return { error: `--changed-since ${rev}: not a commit` };
    const names = (out: string) => out.split('\0').filter(Boolean);
    const tracked = names(git(['diff', '--name-only', '-z', '--relative', '--no-ext-diff', '--no-textconv', commit, '--']));
    const untracked = names(git(['ls-files', '-z', '--others', '--exclude-standard']));
    return [...new Set([...tracked, ...untracked])].sort();
  } catch (err) {
    const status = (err as { status?: unknown }).status;
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    // rev-parse --quiet says nothing and exits 1 for a revision it cannot find.
    if (status === 1 && !stderr) return { error: `--changed-since ${rev}: no such revision` };
    return { error: `--changed-since ${rev}: ${stderr || (err as Error).message.split('\n')[0] || 'git failed'}` };
  }
}
