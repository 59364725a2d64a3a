/**
 * Shell builtins and keywords: a CMD that starts with one needs the shell, so its exec form
 * would not run (there is no `cd` or `source` program to start).
 */
export const SHELL_BUILTINS: ReadonlySet<string> = new Set([
  'exec', 'cd', 'source', '.', 'set', 'export', 'eval', 'ulimit', 'umask', 'trap', 'wait', 'alias',
  'unset', 'shift', 'read', 'readonly', 'local', 'return', 'exit', 'if', 'for', 'while', 'until',
  'case', '!', 'time', 'builtin', 'command', 'hash', 'type', 'jobs', 'fg', 'bg', 'getopts', 'let',
  'declare', 'typeset', 'shopt', 'caller', 'enable', 'history', 'pushd', 'popd', 'dirs', 'suspend',
]);
