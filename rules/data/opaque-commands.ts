/**
 * Commands that run a script the analysis cannot read: what it installs, reads or deletes is
 * unknown, so a fix that depends on what later layers do (removing a package index they might
 * install from) counts it as doing anything.
 */
export const SCRIPT_RUNNERS: ReadonlySet<string> = new Set(['', 'sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'source', '.', 'eval']);

/** A program named like a script file (`./setup.sh`, `install.py`). */
export const SCRIPT_FILE = /\.(sh|bash|py|pl|rb|js|mjs|php)$/;
