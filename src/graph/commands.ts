/**
 * The small vocabulary rules use to ask about shell commands: the subcommand, the
 * positional arguments, whether a flag is given (long, short, or inside a group like `-yq`).
 */
import { shellCommand, type ShellCommand, type ShellWord } from '../parse/shell/commands.js';
import { mapList } from './lists.js';

/** `python -m pip install x` is `pip install x`. */
export function effectiveCommand(cmd: ShellCommand): ShellCommand {
  if (/^python[\d.]*$/.test(cmd.name) && cmd.args[0]?.value === '-m' && cmd.args[1]?.value) {
    return shellCommand({ ...cmd, name: cmd.args[1].value, args: cmd.args.slice(2) });
  }
  if (cmd.name.endsWith('.exe')) return shellCommand({ ...cmd, name: cmd.name.slice(0, -4) });
  return cmd;
}

export function argValues(cmd: ShellCommand): string[] {
  return mapList(cmd.args, (a) => a.value ?? a.text);
}

/** Arguments that are not options, skipping the values of options that take one. */
export function positionals(cmd: ShellCommand, optionsWithValue: readonly string[] = []): ShellWord[] {
  const out: ShellWord[] = [];
  let afterDashDash = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const word = cmd.args[i]!;
    const v = word.value ?? word.text;
    if (!afterDashDash && v === '--') {
      afterDashDash = true;
      continue;
    }
    if (!afterDashDash && v.startsWith('-') && v.length > 1) {
      if (!v.includes('=') && optionsWithValue.includes(v)) i++;
      continue;
    }
    out.push(word);
  }
  return out;
}

/** The first positional argument, or '' when there is none. */
export function subcommand(cmd: ShellCommand, optionsWithValue: readonly string[] = []): string {
  const first = positionals(cmd, optionsWithValue)[0];
  return first ? (first.value ?? first.text) : '';
}

/**
 * Whether any of `flags` is given: `--flag`, `--flag=value`, or a short flag alone or in a
 * group (`-y` in `-qy`).
 */
export function hasFlag(cmd: ShellCommand, ...flags: string[]): boolean {
  for (const word of cmd.args) {
    const v = word.value ?? word.text;
    if (!v.startsWith('-')) continue;
    for (const f of flags) {
      if (v === f || (f.startsWith('--') && v.startsWith(`${f}=`))) return true;
      if (f.length === 2 && f[0] === '-' && !v.startsWith('--') && v.length > 2 && v.slice(1).includes(f[1]!)) return true;
    }
  }
  return false;
}

/**
 * The value of the last of `names` given (`-o FILE`, `--output=FILE`, a short option closing a
 * group: `-fsSLo FILE`, or glued to it: `-qO-`), or null.
 */
export function optionValue(cmd: ShellCommand, names: readonly string[]): string | null {
  let found: string | null = null;
  // Called for every command by many rules: words that are not options are passed over at once.
  const dashed = names.every((n) => n.startsWith('-'));
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i]!.value ?? '';
    if (dashed && !v.startsWith('-')) continue;
    for (const n of names) {
      const short = n.length === 2 && n[0] === '-' && n[1] !== '-';
      if (v === n || (short && /^-[a-zA-Z]+$/.test(v) && v.endsWith(n[1]!))) found = cmd.args[i + 1]?.value ?? null;
      else if (v.length > n.length && v.charCodeAt(n.length) === 61 /* = */ && v.startsWith(n)) found = v.slice(n.length + 1);
      // getopt: what follows the option's letter in its word is the value (`-qO-`, `-o/tmp/x`).
      else if (short && /^-[a-zA-Z]/.test(v) && !v.startsWith('--') && v.includes(n[1]!) && /^[a-zA-Z]*$/.test(v.slice(1, v.indexOf(n[1]!)))) {
        found = v.slice(v.indexOf(n[1]!) + 1);
      }
    }
  }
  return found;
}

/** Whether every one of `words` appears among the arguments. */
export function hasArgs(cmd: ShellCommand, words: readonly string[]): boolean {
  const values = argValues(cmd);
  return words.every((w) => values.includes(w));
}

/** Short text for messages: `apt-get install` (name and first positional). */
export function commandLabel(cmd: ShellCommand, optionsWithValue: readonly string[] = []): string {
  const sub = subcommand(cmd, optionsWithValue);
  return sub ? `${cmd.name} ${sub}` : cmd.name;
}
