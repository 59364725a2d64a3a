/**
 * What a RUN downloads with curl or wget (the URL, the file written or the command it is piped
 * into), which archives it unpacks or installs, and whether it checks a checksum or signature.
 * Computed once per RUN; knowledge in rules/data/downloads.ts.
 */
import {
  CHECK_FILES, EVALUATORS, EXECUTING_CONSUMERS, INTERPRETERS, LOCAL_HOSTS, MOVING_TARGETS, STDIN_FILES, VERIFIERS, VERSION_IN_URL, VERSION_VARIABLE,
  type Interpreter,
} from '../../rules/data/downloads.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import { argValues, hasArgs, hasFlag, optionValue, positionals } from './commands.js';
import { memoize } from './memo.js';
import { basenameOf, normalizePath } from './paths.js';
import { runFacts } from './run-facts.js';
import type { RunNode } from './types.js';

export interface Download {
  readonly command: ShellCommand;
  readonly index: number;
  /** The URL as written (variables unexpanded). */
  readonly url: string;
  /** Absolute path of the file written (`~` for the home), or null when it goes to stdout. */
  readonly file: string | null;
  /** The command it is piped into, or null. */
  readonly pipedTo: ShellCommand | null;
  /**
   * The interpreter that runs it as a script, unread by anything else: piped into one that
   * reads its script from stdin (`| sh`, `| bash -s -- -y`, `| python3 -`), or substituted as
   * the script of `sh -c "$(curl ...)"`, `bash <(curl ...)`, `eval "$(curl ...)"`.
   */
  readonly executedBy: ShellCommand | null;
}

export interface Unpack {
  readonly command: ShellCommand;
  readonly index: number;
  /** Absolute path of the archive read. */
  readonly archive: string;
}

export interface RunDownloads {
  readonly downloads: readonly Download[];
  readonly unpacks: readonly Unpack[];
  /** A checksum or signature is checked somewhere in the RUN. */
  readonly verified: boolean;
}

export const runDownloads: (run: RunNode) => RunDownloads = memoize(compute);

/** The programs whose commands are read as downloads. */
export const DOWNLOADERS = ['curl', 'wget'] as const;

function isDownloader(name: string): name is (typeof DOWNLOADERS)[number] {
  return (DOWNLOADERS as readonly string[]).includes(name);
}

function compute(run: RunNode): RunDownloads {
  const facts = runFacts(run);
  const { commands } = facts;
  const abs = (p: string, i: number): string | null => normalizePath(p, facts.cwd[i] ?? run.workdir, facts.home)?.path ?? null;
  const downloads: Download[] = [];
  const unpacks: Unpack[] = [];
  commands.forEach((cmd, index) => {
    const next = commands[index + 1];
    const pipedTo = next && next.joinedBy === '|' ? next : null;
    if (isDownloader(cmd.name)) {
      const url = urlOf(cmd);
      if (!url) return;
      const written = outputFile(cmd, url, cmd.name);
      const file = written === null ? null : abs(written, index);
      const piped = written === null ? pipedTo : null;
      const executedBy = piped && readsScriptFromStdin(piped) ? piped : written === null ? substitutedAsScript(commands, index) : null;
      downloads.push({ command: cmd, index, url, file, pipedTo: piped, executedBy });
      return;
    }
    const archive = unpackedArchive(cmd);
    if (archive !== null) {
      const path = abs(archive, index);
      if (path) unpacks.push({ command: cmd, index, archive: path });
    }
  });
  const verified = commands.some((c) => VERIFIERS.some((v) => v.command === c.name && (!v.args || hasArgs(c, v.args))));
  return { downloads, unpacks, verified };
}

export function interpreterOf(name: string): Interpreter | null {
  // `python3.12` → `python3`, cut at the first dot (not `/\..*$/`, which retried from every dot).
  const key = /^python\d[\d.]*$/.test(name) ? name.split('.', 1)[0]! : name;
  return Object.hasOwn(INTERPRETERS, key) ? INTERPRETERS[key]! : null;
}

/** A word that is a short option or a group of them holding `option` (`-ec` holds `-c`). */
function givesOption(word: string, options: readonly string[]): boolean {
  return options.some((o) => word === o || (/^-[a-zA-Z]$/.test(o) && /^-[a-zA-Z]{2,}$/.test(word) && word.includes(o[1]!)));
}

/** Whether an interpreter run with these arguments takes its script from stdin. */
export function readsScriptFromStdin(cmd: ShellCommand): boolean {
  const interp = interpreterOf(cmd.name);
  if (!interp) return false;
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value ?? args[i]!.text;
    if (v === '--') return i + 1 >= args.length || STDIN_FILES.has(args[i + 1]!.value ?? '');
    if (v.startsWith('-') && v.length > 1) {
      if (givesOption(v, interp.inlineOptions)) return false;
      if (interp.stdinOption && givesOption(v, [interp.stdinOption])) return true;
      if (interp.optionsWithValue.includes(v)) i++;
      continue;
    }
    return STDIN_FILES.has(v);
  }
  return true;
}

/**
 * The command that runs the output of the download at `index` as its script, when the download
 * sits in a command or process substitution that is the script argument of an interpreter
 * (`sh -c "$(curl ...)"`, `bash <(curl ...)`) or the text of `eval`/`source`.
 */
function substitutedAsScript(commands: readonly ShellCommand[], index: number): ShellCommand | null {
  const inner = commands[index]!;
  for (let j = index + 1; j < commands.length; j++) {
    const outer = commands[j]!;
    const k = outer.args.findIndex((w) => w.start <= inner.start && w.end >= inner.end && w.end - w.start > inner.end - inner.start);
    if (k === -1) continue;
    if (EVALUATORS.has(outer.name)) return outer;
    const interp = interpreterOf(outer.name);
    if (!interp) return null;
    const before = outer.args.slice(0, k).map((w) => w.value ?? w.text);
    const prev = before[before.length - 1];
    if (prev !== undefined && givesOption(prev, interp.inlineOptions)) return outer;
    // The first word that is not an option is the script file: `bash <(curl ...)`.
    let positional = false;
    for (let i = 0; i < before.length; i++) {
      const v = before[i]!;
      if (v.startsWith('-') && v.length > 1) {
        if (interp.optionsWithValue.includes(v)) i++;
        continue;
      }
      positional = true;
    }
    return positional ? null : outer;
  }
  return null;
}

function urlOf(cmd: ShellCommand): string | null {
  const word = cmd.args.find((a) => /^(https?|ftp):\/\//i.test(a.value ?? a.text.replace(/^["']/, '')));
  return word ? (word.value ?? word.text.replace(/^["']|["']$/g, '')) : null;
}

/** The file a download writes, or null for stdout. */
function outputFile(cmd: ShellCommand, url: string, tool: 'curl' | 'wget'): string | null {
  const redirect = cmd.redirects.find((r) => r.value && !r.value.startsWith('/dev/'));
  if (tool === 'curl') {
    const o = optionValue(cmd, ['-o', '--output']);
    if (o !== null) return o === '-' ? null : o;
    if (hasFlag(cmd, '-O', '--remote-name')) return urlName(url);
    return redirect?.value ?? null;
  }
  const o = optionValue(cmd, ['-O', '--output-document']);
  if (o !== null) return o === '-' ? (redirect?.value ?? null) : o;
  const dir = optionValue(cmd, ['-P', '--directory-prefix']);
  const name = urlName(url);
  return dir ? `${dir}/${name}` : name;
}

function urlName(url: string): string {
  return basenameOf(url.split(/[?#]/)[0]!) || 'index.html';
}

/** The archive file an unpack or package install reads, or null. */
function unpackedArchive(cmd: ShellCommand): string | null {
  const args = argValues(cmd);
  switch (cmd.name) {
    case 'tar':
    case 'bsdtar': {
      // `-xzf`, `--extract`, or the old bundled form as the first word (`tar xzf f.tgz`).
      const bundled = (a: string, i: number): boolean => (a.startsWith('-') && !a.startsWith('--')) || (i === 0 && /^[a-zA-Z]+$/.test(a));
      const extracting = args.some((a, i) => a === '--extract' || a === '--get' || (bundled(a, i) && a.includes('x')));
      if (!extracting) return null;
      const long = optionValue(cmd, ['--file']);
      if (long !== null) return long === '-' ? null : long;
      for (let i = 0; i < args.length; i++) {
        // `-xzf FILE`, `xzf FILE`, `-f FILE`: the word after a group ending in f.
        if (bundled(args[i]!, i) && /^-?[a-zA-Z]*f$/.test(args[i]!)) return args[i + 1] && args[i + 1] !== '-' ? args[i + 1]! : null;
        const glued = gluedFile(args[i]!);
        if (glued !== null && /x/.test(args[i]!.slice(0, args[i]!.indexOf('f')))) return glued;
      }
      return null;
    }
    case 'unzip':
      return positionals(cmd, ['-d', '-x', '-P'])[0]?.value ?? null;
    case '7z':
    case '7za':
      return args[0] === 'x' || args[0] === 'e' ? (positionals(cmd, [])[1]?.value ?? null) : null;
    case 'dpkg':
      return hasFlag(cmd, '-i', '--install') ? (positionals(cmd, [])[0]?.value ?? null) : null;
    case 'rpm':
      return hasFlag(cmd, '-i', '-U', '--install', '--upgrade') ? (positionals(cmd, [])[0]?.value ?? null) : null;
    case 'apt-get':
    case 'apt': {
      const words = positionals(cmd, ['-o', '-t', '-c']);
      const file = words.slice(1).find((w) => /\.deb$/.test(w.value ?? ''));
      return words[0]?.value === 'install' && file ? file.value : null;
    }
    default:
      return null;
  }
}

/** Whether the URL names a fixed version (a version number, a commit, a version variable). */
/**
 * The file glued to a short-option group ending in f: `-xzfarchive.tgz` names archive.tgz
 * (`/^-[a-zA-Z]*f(.+)$/`, read without backtracking: the last `f` of the leading letters that
 * has something after it).
 */
function gluedFile(word: string): string | null {
  if (!word.startsWith('-')) return null;
  let letters = 1;
  while (letters < word.length && /[a-zA-Z]/.test(word[letters]!)) letters++;
  const lastBreak = word.lastIndexOf('\n');
  for (let f = letters - 1; f >= 1; f--) {
    if (word[f] === 'f' && f < word.length - 1 && f > lastBreak) return word.slice(f + 1);
  }
  return null;
}

export function urlPinned(url: string, vars: ReadonlyMap<string, string>): boolean {
  if (LOCAL_HOSTS.test(url)) return true;
  const expanded = url.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, name: string) => vars.get(name) ?? m);
  if (MOVING_TARGETS.test(expanded)) return false;
  if (VERSION_VARIABLE.test(url)) return true;
  const path = expanded.replace(/^[a-z]+:\/\/[^/]*/i, '');
  return VERSION_IN_URL.test(path);
}

/** A key, checksum or signature file: fetched to check something else. */
export function isCheckFile(download: Download): boolean {
  if (CHECK_FILES.test(download.url.split(/[?#]/)[0]!) || (download.file !== null && CHECK_FILES.test(download.file))) return true;
  const consumer = download.pipedTo?.name ?? '';
  return consumer === 'gpg' || consumer === 'apt-key' || consumer === 'gpg2';
}

/** The download ends up in the image or is run: written to a file, or piped into a shell or unpacker. */
export function isArtifact(download: Download): boolean {
  if (download.file !== null) return true;
  return download.pipedTo !== null && EXECUTING_CONSUMERS.has(download.pipedTo.name);
}

