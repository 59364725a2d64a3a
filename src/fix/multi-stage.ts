/**
 * no-multi-stage's fix for the one case that can be written without guessing: a single-stage Go
 * build with a static binary (`CGO_ENABLED=0 go build -o /app ...`) started by an exec-form CMD
 * or ENTRYPOINT. The stage becomes `AS build`, and a final stage on the runtime image copies the
 * binary and repeats the image settings (ENV, LABEL, EXPOSE, STOPSIGNAL, CMD, ENTRYPOINT,
 * WORKDIR). Unsafe by nature: the runtime image has no shell, no package manager and none of
 * the files the build stage had, which the program may use.
 */
import type { ToolchainImage } from '../../rules/data/toolchains.js';
import { commandCwd } from '../graph/command-cwd.js';
import { positionals, subcommand } from '../graph/commands.js';
import { joinPath } from '../graph/paths.js';
import { runFacts } from '../graph/run-facts.js';
import { fromWords } from '../graph/stages.js';
import type { Graph, Node, RunNode, Stage } from '../graph/types.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import type { Fix } from '../rules/types.js';
import { eolOf } from './edits.js';

/** Instructions the final stage repeats: they set the image's configuration, not its files. */
const SETTINGS = new Set(['ENV', 'LABEL', 'EXPOSE', 'STOPSIGNAL', 'CMD', 'ENTRYPOINT']);
/** Users the distroless images have. */
const RUNTIME_USERS = new Set(['root', 'nonroot', 'nobody', '0', '65532', '65534']);

export function goMultiStageFix(graph: Graph, stage: Stage, toolchain: ToolchainImage): Fix | null {
  if (toolchain.image !== 'golang' || graph.stages.length !== 1 || graph.finalStage !== stage) return null;
  const text = graph.file.source.text;
  const builds = stage.nodes.flatMap((n) => (n.kind === 'run' ? runFacts(n).commands.filter((c) => c.name === 'go' && subcommand(c) === 'build').map((c) => ({ run: n, cmd: c })) : []));
  if (builds.length !== 1) return null;
  const { run, cmd } = builds[0]!;
  const out = outputPath(run, cmd);
  if (out === null || !staticBuild(stage, run, cmd)) return null;

  const after = stage.nodes.slice(stage.nodes.indexOf(run) + 1);
  if (!after.every((n) => SETTINGS.has(n.keyword) || n.keyword === 'ARG' || (n.keyword === 'USER' && RUNTIME_USERS.has(n.args.text)))) return null;
  const settings = stage.nodes.filter((n) => SETTINGS.has(n.keyword) || n.keyword === 'USER');
  // Settings are copied as written: one line each, with no variable that only the build stage knows.
  if (settings.some((n) => /[\r\n$]/.test(text.slice(n.raw.start, n.raw.end)))) return null;
  const starts = [...settings].reverse().find((n) => n.kind === 'entrypoint') ?? [...settings].reverse().find((n) => n.kind === 'cmd');
  // The program the container starts is the binary (a name without a slash would be looked up in PATH).
  const program = starts && (starts.kind === 'entrypoint' || starts.kind === 'cmd') ? starts.exec?.[0] : undefined;
  if (!program || !program.includes('/') || joinPath(lastWorkdir(stage), program) !== out) return null;

  const words = fromWords(graph, stage.from);
  if (!words.image) return null;
  const alias = stage.name ?? 'build';
  const eol = eolOf(text, stage.from.raw.start);
  const upper = stage.from.raw.keywordText !== stage.from.raw.keywordText.toLowerCase();
  const kw = (k: string): string => (upper ? k : k.toLowerCase());
  const workdir = lastWorkdir(stage);
  const final = [
    `${kw('FROM')} ${toolchain.runtime}`,
    `${kw('COPY')} --from=${alias} ${out} ${out}`,
    ...(workdir !== '/' ? [`${kw('WORKDIR')} ${workdir}`] : []),
    ...settings.map((n) => text.slice(n.raw.start, n.raw.end)),
  ];
  const endsWithBreak = /[\r\n]$/.test(text);
  const appended = `${endsWithBreak ? '' : eol}${eol}${final.join(eol)}${endsWithBreak ? eol : ''}`;
  const edits = [{ start: text.length, end: text.length, text: appended }];
  if (!stage.name) edits.unshift({ start: words.image.end, end: words.image.end, text: ` ${kw('AS')} build` });
  return { description: `build in a stage of its own and copy ${out} into ${toolchain.runtime}`, safety: 'unsafe', edits };
}

/** The absolute path `go build -o` writes, or null when it is not a literal file path. */
function outputPath(run: RunNode, cmd: ShellCommand): string | null {
  const i = cmd.args.findIndex((a) => a.value === '-o' || a.value?.startsWith('-o='));
  if (i === -1) return null;
  const word = cmd.args[i]!.value === '-o' ? cmd.args[i + 1]?.value : cmd.args[i]!.value!.slice(3);
  const cwd = commandCwd(run, cmd);
  if (!word || cwd === null || word.endsWith('/') || /[$*?[\]{}]/.test(word)) return null;
  const path = joinPath(cwd, word);
  return path === '/' ? null : path;
}

/** CGO is off (on the command or in the stage's ENV): the binary needs no C library. */
function staticBuild(stage: Stage, run: RunNode, cmd: ShellCommand): boolean {
  if (positionals(cmd).some((w) => w.value === null)) return false;
  const inline = cmd.assignments.find((a) => a.name === 'CGO_ENABLED');
  const value = inline ? inline.value : run.vars.get('CGO_ENABLED');
  return value === '0' && stage.nodes.every((n: Node) => n.kind !== 'arg' || !n.vars.some((v) => v.name === 'CGO_ENABLED'));
}

/** The working directory at the end of the stage: its last WORKDIR, resolved. */
function lastWorkdir(stage: Stage): string {
  const last = [...stage.nodes].reverse().find((n) => n.keyword === 'WORKDIR');
  return last && last.kind === 'other' ? joinPath(last.workdir, last.value) : stage.from.workdir;
}
