/**
 * Where an instruction turns off the checks that make a download trustworthy: TLS certificate
 * verification and package signatures (`curl -k`, `pip --trusted-host`, `apk --allow-untrusted`,
 * `ENV NODE_TLS_REJECT_UNAUTHORIZED=0`, `[trusted=yes]` written into a source list).
 * Knowledge in rules/data/verification-switches.ts.
 */
import {
  COMMAND_SWITCHES, CONFIG_SWITCHES, ENV_SWITCHES, TEXT_WRITERS, type CheckKind,
} from '../../rules/data/verification-switches.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import { argValues, hasFlag, positionals } from './commands.js';
import { runDownloads } from './downloads.js';
import { flatten } from './lists.js';
import { basenameOf } from './paths.js';
import { memoize } from './memo.js';
import { runFacts } from './run-facts.js';
import type { Node, RunNode } from './types.js';

/** The longest sed argument read for `s` expressions (see writtenText). */
const MAX_SED_SCRIPT = 4096;

export interface CheckOff {
  readonly kind: CheckKind;
  /** What is switched off: "certificate checks of curl". */
  readonly what: string;
  /** How it reads in the file: `curl -k`, `NODE_TLS_REJECT_UNAUTHORIZED=0`. */
  readonly label: string;
  /** Source offsets. */
  readonly start: number;
  readonly end: number;
}

export const checksOff: (node: Node) => readonly CheckOff[] = memoize(compute);

/** COMMAND_SWITCHES by command, each list in the table's order. */
const SWITCHES_BY_COMMAND = new Map<string, (typeof COMMAND_SWITCHES)[number][]>();
for (const sw of COMMAND_SWITCHES) for (const c of new Set(sw.commands)) SWITCHES_BY_COMMAND.set(c, [...(SWITCHES_BY_COMMAND.get(c) ?? []), sw]);

function compute(node: Node): CheckOff[] {
  if (node.kind === 'env' || node.kind === 'arg') {
    return flatten(node.vars, (v) => envSwitch(v.name, v.value, v.start, v.end, node.keyword));
  }
  if (node.kind !== 'run') return [];
  const out: CheckOff[] = [];
  const commands = runFacts(node).commands;
  commands.forEach((cmd, i) => {
    for (const a of cmd.assignments) out.push(...envSwitch(a.name, a.value, cmd.start, cmd.end, ''));
    if (cmd.name === 'export') {
      for (const word of argValues(cmd)) {
        const eq = word.indexOf('=');
        if (eq > 0) out.push(...envSwitch(word.slice(0, eq), word.slice(eq + 1), cmd.start, cmd.end, 'export '));
      }
    }
    for (const sw of SWITCHES_BY_COMMAND.get(cmd.name) ?? []) {
      const flag = sw.flags?.find((f) => hasFlag(cmd, f));
      const args = argValues(cmd).join(' ');
      const match = flag ? null : sw.args?.exec(args);
      if (!flag && !match) continue;
      if (sw.unlessLocal && builtLocally(node, cmd, sw.unlessLocal)) continue;
      out.push({ kind: sw.kind, what: sw.what, label: `${cmd.name} ${flag ?? match![0]}`, start: cmd.start, end: cmd.end });
    }
    const text = writtenText(commands, i);
    if (text === null) return;
    for (const sw of CONFIG_SWITCHES) {
      const match = sw.text.exec(text);
      if (match) out.push({ kind: sw.kind, what: sw.what, label: match[0].trim(), start: cmd.start, end: cmd.end });
    }
  });
  return out;
}

/** Every package the command installs is a local file of the build's own making (none downloaded by this RUN). */
function builtLocally(run: RunNode, cmd: ShellCommand, file: RegExp): boolean {
  const packages = positionals(cmd, ['-X', '--repository', '-t', '--virtual']).slice(1).map((w) => w.value ?? w.text);
  if (packages.length === 0 || !packages.every((p) => file.test(p))) return false;
  const fetched = new Set(runDownloads(run).downloads.map((d) => basenameOf(d.file ?? d.url)));
  return packages.every((p) => !fetched.has(basenameOf(p)));
}

function envSwitch(name: string, value: string | null, start: number, end: number, prefix: string): CheckOff[] {
  if (value === null) return [];
  return ENV_SWITCHES.filter((e) => e.name === name && e.value.test(value)).map((e) => ({
    kind: e.kind, what: e.what, label: `${prefix}${name}=${value}`, start, end,
  }));
}

/**
 * The text a command writes into a file: the arguments of `echo`/`printf` redirected to a
 * file, what is piped into `tee`, the replacements of a `sed -i` script; null for others.
 */
function writtenText(commands: readonly ShellCommand[], i: number): string | null {
  const cmd = commands[i]!;
  if (cmd.name === 'tee' && cmd.joinedBy === '|' && i > 0 && TEXT_WRITERS.includes(commands[i - 1]!.name)) {
    return argValues(commands[i - 1]!).join(' ');
  }
  if (TEXT_WRITERS.includes(cmd.name) && cmd.name !== 'tee') {
    const toFile = cmd.redirects.some((r) => r.value !== null && !r.value.startsWith('/dev/') && !r.value.startsWith('&'));
    return toFile ? argValues(cmd).join(' ') : null;
  }
  if (cmd.name === 'sed' && hasFlag(cmd, '-i', '--in-place')) {
    // `s|pattern|replacement|flags`: only what is written counts (`s/gpgcheck=0/gpgcheck=1/` turns checks on).
    const replacements: string[] = [];
    for (const arg of argValues(cmd)) {
      // Each `s` can start an expression with its own delimiter, which is then looked for to the
      // end of the line: quadratic in a long argument of many `s` and distinct delimiters. Real
      // sed scripts are short; a longer argument is not read.
      if (arg.length > MAX_SED_SCRIPT) continue;
      for (const m of arg.matchAll(/(?:^|;|\s)s(.)(?:\\.|(?!\1)[^\\\n])*\1((?:\\.|(?!\1)[^\\\n])*)\1/g)) replacements.push(m[2]!);
    }
    return replacements.length > 0 ? replacements.join('\n') : null;
  }
  return null;
}
