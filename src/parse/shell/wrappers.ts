/**
 * Commands that run another command given as their arguments (`sudo apt-get ...`). The analysis
 * looks through them to the command that does the work. For each: the options that take a
 * value (so the value is not mistaken for the command), and how many plain arguments come
 * before the command (`gosu USER cmd`).
 */
export interface Wrapper {
  readonly optionsWithValue: readonly string[];
  readonly leadingArgs?: number;
  /** `env` also takes NAME=value words before the command. */
  readonly assignments?: boolean;
  /** `command -v x` only looks x up; these options mean nothing is run. */
  readonly lookupOptions?: readonly string[];
}

export const WRAPPERS: Readonly<Record<string, Wrapper>> = {
  sudo: { optionsWithValue: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '--user', '--group'] },
  doas: { optionsWithValue: ['-u', '-C'] },
  env: { optionsWithValue: ['-u', '-C', '-S', '--unset', '--chdir'], assignments: true },
  nice: { optionsWithValue: ['-n', '--adjustment'] },
  ionice: { optionsWithValue: ['-c', '-n', '-p'] },
  nohup: { optionsWithValue: [] },
  time: { optionsWithValue: ['-f', '-o'] },
  exec: { optionsWithValue: ['-a'] },
  command: { optionsWithValue: [], lookupOptions: ['-v', '-V'] },
  builtin: { optionsWithValue: [] },
  stdbuf: { optionsWithValue: ['-i', '-o', '-e'] },
  timeout: { optionsWithValue: ['-s', '-k', '--signal', '--kill-after'], leadingArgs: 1 },
  eatmydata: { optionsWithValue: [] },
  chronic: { optionsWithValue: [] },
  tini: { optionsWithValue: ['-p', '-e'] },
  'dumb-init': { optionsWithValue: ['-r', '--rewrite'] },
  gosu: { optionsWithValue: [], leadingArgs: 1 },
  'su-exec': { optionsWithValue: [], leadingArgs: 1 },
  xargs: {
    optionsWithValue: ['-a', '-d', '-E', '-e', '-I', '-i', '-L', '-l', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args', '--max-procs', '--replace'],
  },
};

/** Shells whose `-c STRING` argument is itself a script. */
export const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
