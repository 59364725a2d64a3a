/**
 * What a RUN instruction executes: its mounts, and the simple commands of its script (shell
 * form, heredoc bodies included) or of its JSON exec form, with offsets into the source.
 */
import type { RawInstruction } from '../parse/dockerfile.js';
import { MappedText } from '../parse/mapped-text.js';
import { shellCommand, shellWord, type ShellCommand, type ShellWord } from '../parse/shell/commands.js';
import type { ShellParser } from '../parse/shell/parser.js';
import { SHELLS } from '../parse/shell/wrappers.js';
import type { Flag } from '../parse/words.js';
import type { Mount } from './types.js';
import { emptyList, mapList } from './lists.js';

export function parseMounts(flags: readonly Flag[]): Mount[] {
  const mounts: Mount[] = [];
  for (const flag of flags) {
    if (flag.name !== 'mount' || flag.value === null) continue;
    const fields = new Map<string, string>();
    for (const part of flag.value.split(',')) {
      const eq = part.indexOf('=');
      if (eq === -1) fields.set(part.trim().toLowerCase(), 'true');
      else fields.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
    }
    mounts.push({
      type: (fields.get('type') ?? 'bind').toLowerCase(),
      target: fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? null,
      from: fields.get('from') ?? null,
      source: fields.get('source') ?? fields.get('src') ?? null,
    });
  }
  return mounts;
}

/**
 * The text the shell runs. `RUN <<EOF` alone runs the heredoc body as the script; otherwise the
 * command line is followed by the heredoc bodies, as the shell receives them.
 */
export function runScript(raw: RawInstruction, body: MappedText, source: string): MappedText | null {
  const heredocs = raw.heredocs;
  if (heredocs.length === 0) return body;
  const first = heredocs[0]!;
  const commandLine = body.text.replace(/^\s*\d*<<-?\s*(['"]?)[^\s'"]+\1\s*$/, '');
  if (commandLine === '' && heredocs.length === 1) {
    const content = first.content;
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(content.text);
    if (shebang) {
      const program = basename(shebang[1]!) === 'env' ? basename(shebang[2] ?? '') : basename(shebang[1]!);
      if (!SHELLS.has(program)) return null;
    }
    return content;
  }
  const last = heredocs[heredocs.length - 1]!;
  const lineEnd = body.toSourceEnd(body.text.length);
  return body.concat(MappedText.synthetic('\n', lineEnd), MappedText.fromSource(source, first.bodyStart, last.bodyEnd));
}

/**
 * Commands of a RUN: parsed from the script, or taken from the exec form; `complete` is false
 * when the script has syntax errors and the commands are only what could be recognised.
 */
export function runCommands(
  exec: readonly string[] | null,
  script: MappedText | null,
  shell: ShellParser | null,
  posix: boolean,
  span: { start: number; end: number },
): { commands: ShellCommand[]; complete: boolean } {
  if (exec) return { commands: execCommands(exec, shell, span), complete: true };
  if (!script || !shell || !posix) return { commands: emptyList(), complete: false };
  const parsed = shell.parse(script.text);
  return { commands: mapList(parsed.commands, (c) => mapCommand(c, script)), complete: !parsed.hasErrors };
}

function execCommands(exec: readonly string[], shell: ShellParser | null, span: { start: number; end: number }): ShellCommand[] {
  const [program, ...rest] = exec;
  if (program === undefined) return emptyList();
  const name = basename(program);
  // ["sh", "-c", "script"]: the script is what runs.
  if (SHELLS.has(name) && shell) {
    const c = rest.findIndex((a) => /^-[a-zA-Z]+$/.test(a) && a.includes('c'));
    const script = c === -1 ? undefined : rest[c + 1];
    if (script !== undefined) {
      return mapList(shell.parse(script).commands, (cmd) => pinCommand(cmd, span));
    }
  }
  const word = (value: string): ShellWord => shellWord(value, value, span.start, span.end);
  return [shellCommand({ name, args: mapList(rest, word), assignments: emptyList(), redirects: emptyList(), start: span.start, end: span.end, joinedBy: null, conditional: false, wrappers: [] })];
}

function mapCommand(c: ShellCommand, script: MappedText): ShellCommand {
  const word = (w: ShellWord): ShellWord => shellWord(w.text, w.value, script.toSource(w.start), script.toSourceEnd(w.end));
  return shellCommand({
    ...c,
    args: mapList(c.args, word),
    redirects: mapList(c.redirects, word),
    start: script.toSource(c.start),
    end: script.toSourceEnd(c.end),
  });
}

/** Commands whose script has no place in the source of its own: all at the instruction. */
function pinCommand(c: ShellCommand, span: { start: number; end: number }): ShellCommand {
  const word = (w: ShellWord): ShellWord => shellWord(w.text, w.value, span.start, span.end);
  return shellCommand({ ...c, args: mapList(c.args, word), redirects: mapList(c.redirects, word), start: span.start, end: span.end });
}

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}
