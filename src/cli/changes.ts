/**
 * The files changed since a git revision, relative to a build context folder: tracked files that
 * differ from the revision and untracked files git does not ignore.
 */
import { execFileSync } from 'node:child_process';

export function changedSince(rev: string, contextDir: string): string[] | { error: string } {
  if (rev.startsWith('-') || rev.includes('\n')) return { error: `--changed-since ${rev}: not a git revision` };
  try {
    const run = (args: string[]) =>
      execFileSync('git', ['-C', contextDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
        .split('\n')
        .filter(Boolean);
    const tracked = run(['diff', '--name-only', '--relative', rev, '--']);
    const untracked = run(['ls-files', '--others', '--exclude-standard']);
    return [...new Set([...tracked, ...untracked])].sort();
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? (err as Error).message);
    return { error: `--changed-since ${rev}: ${stderr.trim().split('\n')[0] || 'git failed'}` };
  }
}
