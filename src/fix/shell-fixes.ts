/**
 * Fixes for the shell and package rules: `--no-install-recommends` added to `apt-get install`,
 * two one-command RUNs joined, `chown -R` after a COPY turned into `COPY --chown`, a program
 * renamed (`apt` → `apt-get`), a flag added after a word, a word replaced, `sudo` dropped.
 */
import { positionals } from '../graph/commands.js';
import { joinPath } from '../graph/paths.js';
import { runFacts } from '../graph/run-facts.js';
import { inheritedNodes } from '../graph/stages.js';
import type { CopyNode, Graph, Node, RunNode } from '../graph/types.js';
import type { ShellCommand, ShellWord } from '../parse/shell/commands.js';
import type { Fix, FixSafety, SourceEdit } from '../rules/types.js';
import { SHELL_STATE_COMMANDS } from '../../rules/data/shell-builtins.js';
import { appendToRun, deleteInstruction, hasShellComment, insertAfterWord, insertBeforeWord, removeCommand, wordInPlace } from './edits.js';

/**
 * `apt-get install --no-install-recommends`: unsafe, since the packages apt recommends (the CA
 * certificates curl uses for HTTPS, for one) are then no longer installed.
 */
export function noRecommendsFix(graph: Graph, cmd: ShellCommand): Fix | null {
  const word = cmd.args.find((a) => a.value === 'install');
  return word ? addFlagFix(graph, word, '--no-install-recommends', 'unsafe') : null;
}

/**
 * `RUN a` and `RUN b` → `RUN a && b`: unsafe, since it changes which steps share a cached layer.
 * Only for shell-form RUNs on one line each, with nothing between them, and where the first
 * leaves no state the second would now inherit (`cd`, `export`, `set`, `umask` ...).
 */
export function joinRunsFix(graph: Graph, first: RunNode, second: RunNode): Fix | null {
  if (first.exec || second.exec || first.raw.heredocs.length > 0 || second.raw.heredocs.length > 0) return null;
  const text = graph.file.source.text;
  const between = text.slice(first.raw.end, second.raw.start);
  if (between.trim() !== '' || /[\r\n]/.test(text.slice(second.raw.start, second.raw.end))) return null;
  if (runFacts(first).commands.some((c) => SHELL_STATE_COMMANDS.has(c.name)) || first.commands.length === 0) return null;
  const script = second.args.text;
  if (script === '' || hasShellComment(script)) return null;
  const append = appendToRun(graph, first, script);
  const removal = deleteInstruction(graph, second);
  if (!append || !removal) return null;
  return { description: `join with the RUN on line ${graph.file.source.lines.lineOf(first.raw.start)}`, safety: 'unsafe', edits: [append, removal] };
}

/**
 * `COPY . /app` + `RUN chown -R node:node /app` → `COPY --chown=node:node . /app`, and the chown
 * goes (kept without -R when the folder existed before the COPY, which --chown leaves alone).
 * Only where nothing else can be in the folder: the chown names exactly the COPY's destination,
 * nothing wrote there before the COPY or between it and the chown, and the user exists before
 * the COPY (no useradd after it).
 */
export function copyChownFix(graph: Graph, copy: CopyNode, run: RunNode, cmd: ShellCommand): Fix | null {
  if (cmd.name !== 'chown' || copy.flags.some((f) => f.name === 'chown') || !copy.stage || run.stage !== copy.stage) return null;
  const text = graph.file.source.text;
  const options = cmd.args.filter((a) => a.value?.startsWith('-'));
  if (options.length !== 1 || !['-R', '--recursive'].includes(options[0]!.value!) || !wordInPlace(text, options[0]!)) return null;
  const [owner, target, ...more] = positionals(cmd);
  if (!owner?.value || !target?.value || more.length > 0 || !/^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/.test(owner.value)) return null;
  const dest = joinPath(copy.workdir, copy.dest);
  const facts = runFacts(run);
  const index = facts.commands.indexOf(cmd);
  if (index !== 0 || joinPath(run.workdir, target.value) !== dest || dest === '/' || SYSTEM_DIRS.test(dest)) return null;

  const nodes = inheritedNodes(copy.stage);
  const before = nodes.slice(0, nodes.indexOf(copy));
  const between = copy.stage.nodes.slice(copy.stage.nodes.indexOf(copy) + 1, copy.stage.nodes.indexOf(run));
  if (before.some((n) => writesInto(n, dest)) || between.some((n) => n.kind === 'run' || writesInto(n, dest))) return null;
  const [user, group] = owner.value.split(':');
  const createdLater = (n: Node): boolean => n.kind === 'run' && runFacts(n).commands.some((c) => USER_TOOLS.has(c.name) && c.args.some((a) => a.value === user || a.value === group));
  if (nodes.slice(nodes.indexOf(copy)).some(createdLater)) return null;

  const flag: SourceEdit = { start: copy.raw.keywordEnd, end: copy.raw.keywordEnd, text: ` --chown=${owner.value}` };
  // The folder itself: WORKDIR or an earlier step made it, and --chown does not change it.
  const folderExisted = before.some((n) => n.workdir === dest || (n.kind === 'other' && n.keyword === 'WORKDIR' && joinPath(n.workdir, n.value) === dest));
  const rest = folderExisted ? dropWord(text, options[0]!) : removeCommand(graph, run, cmd);
  if (!rest) return null;
  return { description: `copy with --chown=${owner.value}${folderExisted ? ` and chown only ${dest} itself` : ''}`, safety: 'safe', edits: [flag, rest] };
}

/** Folders that hold the base image's own files: a chown of them touches more than the copy. */
const SYSTEM_DIRS = /^\/(etc|usr|var|bin|sbin|lib|lib64|root|home|run|proc|sys|dev|boot)(\/[^/]+)?\/?$|^\/(opt|srv|tmp|mnt|media)\/?$|^\/(usr\/local|usr\/share|var\/lib|var\/www)(\/[^/]+)?$/;
const USER_TOOLS = new Set(['useradd', 'adduser', 'groupadd', 'addgroup']);

/** The instruction may leave files under `dest` (a COPY or ADD there, or any RUN naming it). */
function writesInto(n: Node, dest: string): boolean {
  if (n.kind === 'copy') {
    const to = joinPath(n.workdir, n.dest);
    return to === dest || to.startsWith(`${dest}/`) || dest.startsWith(`${to}/`) || n.dest === '';
  }
  if (n.kind === 'run') return n.raw.args.text.includes(dest) || n.workdir === dest || n.workdir.startsWith(`${dest}/`);
  return false;
}

/** Removes a word and the blank before it (`chown -R u /app` → `chown u /app`). */
function dropWord(text: string, word: { start: number; end: number }): SourceEdit | null {
  let start = word.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return start < word.start ? { start, end: word.end, text: '' } : null;
}

/**
 * The program word renamed (`apt install` → `apt-get install`), where it is written plainly
 * right before the command's first argument (after any `sudo` or `NAME=value`).
 */
export function renameProgramFix(graph: Graph, cmd: ShellCommand, from: string, to: string, safety: FixSafety): Fix | null {
  const first = cmd.args[0];
  if (!first) return null;
  const text = graph.file.source.text;
  const before = text.slice(cmd.start, first.start);
  const at = new RegExp(`(^|[ \\t])${from}[ \\t]+$`).exec(before);
  if (!at || !wordInPlace(text, first)) return null;
  const start = cmd.start + at.index + at[1]!.length;
  return { description: `use ${to}`, safety, edits: [{ start, end: start + from.length, text: to }] };
}

/** A flag added right after a word (`clone` → `clone --depth 1`), or before it with `before`. */
export function addFlagFix(graph: Graph, word: ShellWord, flag: string, safety: FixSafety, before = false): Fix | null {
  const edit = before ? insertBeforeWord(graph, word, `${flag} `) : insertAfterWord(graph, word, ` ${flag}`);
  return edit ? { description: `add ${flag}`, safety, edits: [edit] } : null;
}

/** A word of a command replaced (`npm install` → `npm ci`). */
export function replaceWordFix(graph: Graph, word: ShellWord, text: string, safety: FixSafety): Fix | null {
  if (!wordInPlace(graph.file.source.text, word)) return null;
  return { description: `write ${text}`, safety, edits: [{ start: word.start, end: word.end, text }] };
}

/**
 * `sudo cmd` → `cmd`: unsafe, since the step then runs as the stage's USER, which must be root
 * for it to work. Only a plain `sudo` with no options of its own (`-u user` changes who runs it).
 */
export function dropSudoFix(graph: Graph, cmd: ShellCommand): Fix | null {
  const text = graph.file.source.text;
  const sudo = /^sudo[ \t]+/.exec(text.slice(cmd.start, cmd.end));
  if (!sudo || cmd.wrappers.length !== 1 || cmd.assignments.length > 0 || text[cmd.start + sudo[0].length] === '-') return null;
  if (cmd.args[0] && cmd.args[0].start < cmd.start + sudo[0].length) return null;
  return { description: 'remove sudo', safety: 'unsafe', edits: [{ start: cmd.start, end: cmd.start + sudo[0].length, text: '' }] };
}
