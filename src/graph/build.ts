/**
 * Builds the instruction graph from a parsed Dockerfile: splits it into stages at each FROM,
 * resolves every stage's base (through stage names and ARG defaults), interprets each
 * instruction with the variables in scope at its line, and works out which stages end up in the
 * final image.
 */
import type { ParsedDockerfile, Problem, RawInstruction } from '../parse/dockerfile.js';
import { MAX_SCRIPT_BYTES, oversizedScript, type ShellParser } from '../parse/shell/parser.js';
import { nextWord, parseExecForm, parseKeyValues, splitFlags, splitWords, unclosedQuote, type Flag } from '../parse/words.js';
import { expandWord, findReferences, type Lookup } from './expand.js';
import { parseImageRef } from './image-ref.js';
import { joinPath } from './paths.js';
import { basename, parseMounts, runCommands, runScript } from './run-script.js';
import { GlobalScope, StageScope } from './scope.js';
import { SHELLS } from '../parse/shell/wrappers.js';
import { WINDOWS_IMAGE } from '../../rules/data/platforms.js';
import { mapList } from './lists.js';
import type {
  ArgNode, Base, CommandNode, CopyNode, CopySource, EnvNode, FromNode, Graph, Node, OnbuildNode,
  OtherNode, RunNode, Stage, Variable, VariableUse,
} from './types.js';

export interface GraphOptions {
  /** `--build-arg` values, which override ARG defaults. */
  readonly buildArgs?: ReadonlyMap<string, string>;
}

/** Keywords whose arguments Docker expands with ARG and ENV values. */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ONBUILD']);


type MutableStage = { -readonly [K in keyof Stage]: Stage[K] } & {
  nodes: Node[];
  dependsOn: Stage[];
  /** Its variables; stages built FROM it inherit its ENV. */
  scope: StageScope | null;
  workdir: string;
};

export function buildGraph(file: ParsedDockerfile, shell: ShellParser | null, options: GraphOptions = {}): Graph {
  const buildArgs = options.buildArgs ?? new Map<string, string>();
  const { escape, source } = file;
  const text = source.text;
  const global = new GlobalScope(buildArgs);
  const problems: Problem[] = [...file.problems];
  const stages: MutableStage[] = [];
  const nodes: Node[] = [];
  const globalArgs: ArgNode[] = [];
  let current: MutableStage | null = null;
  let scope: StageScope | null = null;

  /** Stages by name, the first of each name (a later stage may reuse a name). */
  const named = new Map<string, MutableStage>();
  const findStage = (ref: string): MutableStage | undefined => {
    if (/^\d+$/.test(ref)) return stages[Number(ref)];
    return named.get(ref.toLowerCase());
  };

  for (const raw of file.instructions) {
    const index = nodes.length;
    const split = splitFlags(raw.args, escape);
    const { flags, rest } = split;
    const lookup = scope && raw.keyword !== 'FROM' ? scope.lookup : global.lookup;
    const references = variableUses(raw, escape, lookup);
    const common = { keyword: raw.keyword, raw, index, args: rest, flags, workdir: current?.workdir ?? '/', references, memo: [] };
    const expand = (word: string, removeQuotes = true) => expandWord(word, lookup, escape, removeQuotes);
    if (raw.keyword === 'ENV' || raw.keyword === 'LABEL' || raw.keyword === 'ARG') {
      // Docker reads these words itself (a RUN's quotes are the shell's business) and stops the
      // build at a quote left open: "unexpected end of statement while looking for matching quote".
      const open = unclosedQuote(rest.text, escape);
      if (open !== null) {
        problems.push({ message: `the ${rest.text[open]} quote opened here is never closed: docker build refuses this ${raw.keywordText}`, start: rest.toSource(open), end: rest.toSourceEnd(rest.text.length) });
      }
    }

    if (raw.keyword === 'FROM') {
      const words = splitWords(rest.text, escape);
      const imageWord = words[0]?.raw ?? '';
      const alias = words.length >= 3 && words[1]!.raw.toLowerCase() === 'as' ? words[2]!.raw.toLowerCase() : null;
      const platform = flagValue(flags, 'platform');
      const expanded = expandWord(imageWord, global.lookup, escape, true);
      const parent = findStage(expanded.value);
      const fromNode: FromNode = {
        keyword: common.keyword, raw: common.raw, index: common.index, args: common.args, flags: common.flags, workdir: parent?.workdir ?? '/', references: common.references, memo: common.memo,
        kind: 'from', stage: null, createsLayer: false, image: imageWord, alias, platform,
      };
      const base = resolveBase(expanded.value, expanded.unresolved, imageWord, parent);
      const stage: MutableStage = {
        index: stages.length,
        name: alias,
        from: fromNode,
        base,
        nodes: [],
        dependsOn: parent ? [parent] : [],
        inFinalImage: false,
        neededForFinal: false,
        shell: parent ? parent.shell : base.kind === 'image' && WINDOWS_IMAGE.test(base.ref.name) ? 'other' : 'posix',
        scope: null,
        workdir: parent?.workdir ?? '/',
      };
      (fromNode as { stage: Stage | null }).stage = stage;
      stages.push(stage);
      if (alias !== null && !named.has(alias)) named.set(alias, stage);
      nodes.push(fromNode);
      current = stage;
      scope = new StageScope(global, buildArgs, parent?.scope ?? null);
      stage.scope = scope;
      continue;
    }

    if (!current || !scope) {
      if (raw.keyword === 'ARG') {
        const node = argNode(common, null, rest.text, escape, (name, value) => global.declare(name, value), global.lookup);
        globalArgs.push(node);
        nodes.push(node);
      } else {
        problems.push({ message: `${raw.keywordText} comes before the first FROM: only ARG may`, start: raw.start, end: raw.keywordEnd, kind: 'order' });
        nodes.push(otherNode(common, null, rest.text));
      }
      continue;
    }

    const node = interpret(raw, common, current, scope, expand, flags, rest, text, shell, escape, findStage);
    if (node.kind === 'run' && node.script && raw.heredocs.length === 0) {
      const bytes = oversizedScript(node.script.text);
      if (bytes !== null) {
        problems.push({ message: `this RUN is ${bytes.toLocaleString('en-US')} bytes: Linux takes at most ${MAX_SCRIPT_BYTES.toLocaleString('en-US')} bytes in one argument, so \`sh -c\` cannot run it (its commands are not analysed)`, start: raw.start, end: raw.keywordEnd });
      }
    }
    current.nodes.push(node);
    nodes.push(node);
  }

  if (stages.length === 0 && file.instructions.length > 0) {
    const first = file.instructions[0]!;
    problems.push({ message: 'no FROM instruction: there is nothing to build', start: first.start, end: first.keywordEnd });
  } else if (file.instructions.length === 0) {
    // An empty file, or one of comments only, is analysed (there is nothing wrong with reading
    // it) but is not a Dockerfile Docker builds: its parser stops with "file with no instructions".
    // A clean report would let CI pass a file the build then refuses.
    problems.push({ message: 'no instructions (the file is empty or only comments): docker build refuses it', start: 0, end: 0 });
  }
  markReachability(stages);
  return {
    file,
    globalArgs,
    stages,
    nodes,
    finalStage: stages[stages.length - 1] ?? null,
    problems,
    memo: [],
  };
}

/**
 * The fields every node shares. Nodes list them in one object literal: spreading them into each
 * node made V8 grow every node's property store field by field, a tenth of the graph's time.
 */
type Common = Pick<Node, 'keyword' | 'raw' | 'index' | 'args' | 'flags' | 'workdir' | 'references' | 'memo'>;

/**
 * The variables an instruction refers to where Docker substitutes them, judged by the scope
 * before the instruction: an ENV cannot see its own pairs, but an ARG's later pairs see its
 * earlier ones.
 */
function variableUses(raw: RawInstruction, escape: string, lookup: Lookup): VariableUse[] {
  const uses: VariableUse[] = [];
  if ((!EXPANDED.has(raw.keyword) && raw.keyword !== 'ARG') || raw.keyword === 'ONBUILD') return uses;
  const text = raw.args.text;
  const refs = findReferences(text, escape);
  if (refs.length === 0) return uses;
  // Where each name an ARG declares is first declared: one look-up a reference, not a search
  // of every pair (quadratic on a line of many thousand pairs).
  const declaredAt = new Map<string, number>();
  if (raw.keyword === 'ARG') for (const p of parseKeyValues(text, escape, true)) if (!declaredAt.has(p.key)) declaredAt.set(p.key, p.end);
  for (const ref of refs) {
    const earlierPair = (declaredAt.get(ref.name) ?? Infinity) <= ref.start;
    const value = earlierPair ? '' : lookup(ref.name);
    uses.push({
      name: ref.name,
      start: raw.args.toSource(ref.start),
      end: raw.args.toSourceEnd(ref.end),
      guarded: ref.guarded,
      state: value === undefined ? 'undeclared' : value === null ? 'empty' : 'set',
    });
  }
  return uses;
}

function interpret(
  raw: RawInstruction,
  common: Common,
  current: MutableStage,
  scope: StageScope,
  expand: (w: string, removeQuotes?: boolean) => { value: string; unresolved: readonly string[] },
  flags: readonly Flag[],
  rest: Node['args'],
  text: string,
  shell: ShellParser | null,
  escape: string,
  findStage: (ref: string) => MutableStage | undefined,
): Node {
  const stage: Stage = current;
  switch (raw.keyword) {
    case 'RUN': {
      const exec = parseExecForm(rest.text);
      const script = exec ? null : runScript(raw, rest, text);
      const mounts = parseMounts(flags);
      for (const m of mounts) {
        const dep = m.from ? findStage(expand(m.from).value) : undefined;
        if (dep) addDependency(current, dep);
      }
      const { commands, complete } = runCommands(exec, script, shell, current.shell === 'posix', { start: raw.start, end: raw.end });
      const vars = scope.snapshot();
      const node: RunNode = { keyword: common.keyword, raw: common.raw, index: common.index, args: common.args, flags: common.flags, workdir: common.workdir, references: common.references, memo: common.memo, kind: 'run', stage, createsLayer: true, exec, script, commands, complete, mounts, vars };
      return node;
    }
    case 'COPY':
    case 'ADD': {
      const fromFlag = flagValue(flags, 'from');
      const from = fromFlag === null ? null : expand(fromFlag).value;
      const fromStage = from === null ? undefined : findStage(from);
      if (fromStage) addDependency(current, fromStage);
      const exec = parseExecForm(rest.text);
      const parts: CopySource[] = exec
        ? mapList(exec, (v) => ({ value: expand(v, false).value, start: rest.toSource(0), end: rest.toSourceEnd(rest.text.length), heredoc: false }))
        : mapList(splitWords(rest.text, escape, false), (w) => ({
            value: expand(w.raw).value,
            start: rest.toSource(w.start),
            end: rest.toSourceEnd(w.end),
            heredoc: /^\d*<<-?/.test(w.raw) && raw.heredocs.length > 0,
          }));
      const dest = parts.length > 1 ? parts[parts.length - 1]!.value : '';
      const node: CopyNode = {
        keyword: common.keyword, raw: common.raw, index: common.index, args: common.args, flags: common.flags, workdir: common.workdir, references: common.references, memo: common.memo,
        kind: 'copy',
        stage,
        createsLayer: true,
        isAdd: raw.keyword === 'ADD',
        sources: parts.slice(0, -1),
        dest,
        from,
        fromStage: fromStage ?? null,
        exec: exec !== null,
      };
      return node;
    }
    case 'ARG':
      return argNode(common, stage, rest.text, escape, (name, value) => scope.declareArg(name, value), scope.lookup);
    case 'ENV':
    case 'LABEL': {
      const pairs = parseKeyValues(rest.text, escape, false);
      const vars: Variable[] = mapList(pairs, (p) => {
        const value = p.rawValue === null ? '' : expand(p.rawValue).value;
        if (raw.keyword === 'ENV') scope.setEnv(p.key, value);
        return { name: p.key, value, start: rest.toSource(p.start), end: rest.toSourceEnd(p.end) };
      });
      const node: EnvNode = {
        keyword: common.keyword, raw: common.raw, index: common.index, args: common.args, flags: common.flags, workdir: common.workdir, references: common.references, memo: common.memo,
        kind: raw.keyword === 'ENV' ? 'env' : 'label',
        stage,
        createsLayer: false,
        vars,
        legacy: pairs.some((p) => p.legacy),
      };
      return node;
    }
    case 'CMD':
    case 'ENTRYPOINT':
    case 'SHELL': {
      const exec = parseExecForm(rest.text);
      if (raw.keyword === 'SHELL' && exec && exec[0] !== undefined) {
        current.shell = SHELLS.has(basename(exec[0]).toLowerCase()) ? 'posix' : 'other';
      }
      const node: CommandNode = { keyword: common.keyword, raw: common.raw, index: common.index, args: common.args, flags: common.flags, workdir: common.workdir, references: common.references, memo: common.memo, kind: raw.keyword.toLowerCase() as CommandNode['kind'], stage, createsLayer: false, exec };
      return node;
    }
    case 'ONBUILD': {
      const trigger = nextWord(rest.text, 0, escape)?.raw.toUpperCase() ?? '';
      const node: OnbuildNode = { keyword: common.keyword, raw: common.raw, index: common.index, args: common.args, flags: common.flags, workdir: common.workdir, references: common.references, memo: common.memo, kind: 'onbuild', stage, createsLayer: false, triggerKeyword: trigger };
      return node;
    }
    case 'WORKDIR': {
      const value = expand(rest.text).value;
      current.workdir = joinPath(current.workdir, value);
      return otherNode(common, stage, value);
    }
    default:
      return otherNode(common, stage, EXPANDED.has(raw.keyword) ? expand(rest.text, false).value : rest.text);
  }
}

function argNode(
  common: Common,
  stage: Stage | null,
  text: string,
  escape: string,
  declare: (name: string, value: string | null) => void,
  lookup: (name: string) => string | null | undefined,
): ArgNode {
  const vars: Variable[] = [];
  for (const p of parseKeyValues(text, escape, true)) {
    const value = p.rawValue === null ? null : expandWord(p.rawValue, lookup, escape, true).value;
    declare(p.key, value);
    vars.push({ name: p.key, value: lookup(p.key) ?? null, start: common.args.toSource(p.start), end: common.args.toSourceEnd(p.end) });
  }
  return { keyword: common.keyword, raw: common.raw, index: common.index, args: common.args, flags: common.flags, workdir: common.workdir, references: common.references, memo: common.memo, kind: 'arg', stage, createsLayer: false, vars };
}

function otherNode(common: Common, stage: Stage | null, value: string): OtherNode {
  return { keyword: common.keyword, raw: common.raw, index: common.index, args: common.args, flags: common.flags, workdir: common.workdir, references: common.references, memo: common.memo, kind: 'other', stage, createsLayer: false, value };
}

function resolveBase(value: string, unresolved: readonly string[], written: string, parent: MutableStage | undefined): Base {
  if (parent) return { kind: 'stage', stage: parent };
  if (unresolved.length > 0) return { kind: 'unresolved', text: written, missing: unresolved };
  if (value.toLowerCase() === 'scratch') return { kind: 'scratch' };
  const ref = parseImageRef(value);
  if (!ref) return { kind: 'unresolved', text: written, missing: [] };
  const viaArgs = [...written.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
  return { kind: 'image', ref, viaArgs };
}

function flagValue(flags: readonly Flag[], name: string): string | null {
  for (let i = flags.length - 1; i >= 0; i--) if (flags[i]!.name === name) return flags[i]!.value;
  return null;
}

function addDependency(stage: MutableStage, dep: MutableStage): void {
  if (dep !== stage && !stage.dependsOn.includes(dep)) stage.dependsOn.push(dep);
}

/** The final stage and its FROM ancestors are in the final image; everything it needs is built. */
function markReachability(stages: MutableStage[]): void {
  const final = stages[stages.length - 1];
  if (!final) return;
  for (let s: MutableStage | undefined = final; s; s = s.base.kind === 'stage' ? stages[s.base.stage.index] : undefined) {
    if (s.inFinalImage) break;
    s.inFinalImage = true;
  }
  const stack: MutableStage[] = [final];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (s.neededForFinal) continue;
    s.neededForFinal = true;
    for (const d of s.dependsOn) stack.push(stages[d.index]!);
  }
}
