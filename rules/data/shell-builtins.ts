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

/** Commands that change the shell's own state (directory, variables, options): what runs after them in the same RUN sees it. */
export const SHELL_STATE_COMMANDS: ReadonlySet<string> = new Set([
  'cd', 'export', 'set', 'umask', 'ulimit', 'source', '.', 'alias', 'unset', 'shopt', 'trap', 'exec', 'exit',
  'pushd', 'popd', 'declare', 'typeset', 'readonly', 'local', 'eval', '=',
]);
