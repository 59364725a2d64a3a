/**
 * Terminal colours, decided once: on for a terminal, off when piped, with `NO_COLOR`,
 * `--no-color` or `FORCE_COLOR=0`; `FORCE_COLOR=1` turns them on for a pipe.
 */
export interface Colors {
  readonly enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  magenta(s: string): string;
  cyan(s: string): string;
}

export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (flag === true) return true;
  return isTTY && env.TERM !== 'dumb';
}

export function colors(enabled: boolean): Colors {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    enabled,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    magenta: wrap(35, 39),
    cyan: wrap(36, 39),
  };
}

/**
 * Text from the file, shown with its control characters escaped: no escape sequence can drive
 * the terminal, no line break can start a line of its own (which a CI runner could read as a
 * command, such as GitHub's `::error::`), and no bidirectional override can reorder what is shown.
 */
export function sanitize(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
