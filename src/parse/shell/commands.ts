/**
 * The simple commands of a shell script, in the order they appear, with how each is joined to
 * the one before it — what the rules ask of a RUN ("does it run `apt-get update`, and is the
 * cache removed later in the same layer?"). Built from a tree-sitter-bash tree.
 */
import type { Node } from 'web-tree-sitter';
import { SHELLS, WRAPPERS } from './wrappers.js';

export interface ShellWord {
  /** The word as written. */
  readonly text: string;
  /** Its value after quote removal, or null when it depends on an expansion. */
  readonly value: string | null;
  /** Offsets in the script text. */
  readonly start: number;
  readonly end: number;
}

export type Joiner = '&&' | '||' | ';' | '|' | '&' | null;

export interface ShellCommand {
  /**
   * Program name, path stripped (`/usr/bin/apt-get` → `apt-get`); '' when it is an expansion;
   * '=' for a variable assignment standing alone (`deps='gcc make'`).
   */
  readonly name: string;
  readonly args: readonly ShellWord[];
  /** `NAME=value` words written before the command. */
  readonly assignments: readonly { name: string; value: string | null }[];
  /** Targets of output redirections (`> /etc/x`). */
  readonly redirects: readonly ShellWord[];
  readonly start: number;
  readonly end: number;
  /** How it is joined to the command before it. */
  readonly joinedBy: Joiner;
  /** Inside a branch, loop, function or after `||`: it may not run. */
  readonly conditional: boolean;
  /** Wrappers looked through to reach the command (`sudo`, `env`), in order. */
  readonly wrappers: readonly string[];
}

/*
 * Every word and command is made by these two functions, so that all have one shape: code that
 * reads them (every rule) then stays optimised instead of meeting a new layout file after file.
 */
export function shellWord(text: string, value: string | null, start: number, end: number): ShellWord {
  return { text, value, start, end };
}

export function shellCommand(c: ShellCommand): ShellCommand {
  return {
    name: c.name,
    args: c.args,
    assignments: c.assignments,
    redirects: c.redirects,
    start: c.start,
    end: c.end,
    joinedBy: c.joinedBy,
    conditional: c.conditional,
    wrappers: c.wrappers,
  };
}

export interface ShellScript {
  readonly commands: readonly ShellCommand[];
  /** The tree has syntax errors; the commands are what could be recognised. */
  readonly hasErrors: boolean;
}

interface Walk {
  readonly out: ShellCommand[];
  /** How many nodes deep the walk is. */
  depth: number;
  readonly base: number;
  /** Parses a nested script (`sh -c '...'`). */
  readonly parseNested: (text: string, base: number) => ShellCommand[];
}

interface Ctx {
  readonly conditional: boolean;
  joinedBy: Joiner;
}

const CONDITIONAL_NODES = new Set([
  'if_statement', 'elif_clause', 'else_clause', 'while_statement', 'for_statement',
  'c_style_for_statement', 'case_statement', 'case_item', 'function_definition',
]);

export function collectCommands(
  root: Node,
  base: number,
  parseNested: (text: string, base: number) => ShellCommand[],
): ShellCommand[] {
  const walk: Walk = { out: [], depth: 0, base, parseNested };
  visit(walk, root, { conditional: false, joinedBy: null });
  return walk.out;
}

/**
 * Subshells, groups and substitutions nested deeper than this are not entered: a script of
 * thousands of `(` would otherwise exhaust the stack.
 */
const MAX_DEPTH = 200;

function visit(walk: Walk, node: Node, ctx: Ctx): void {
  if (walk.depth >= MAX_DEPTH) return;
  walk.depth++;
  visitNode(walk, node, ctx);
  walk.depth--;
}

/**
 * Every property of a tree-sitter node (its type, its children, its end) is a call into
 * WebAssembly, the main cost of this walk: each is read once, and the words of a command are
 * not descended into unless their text shows a substitution.
 */
function visitNode(walk: Walk, node: Node, ctx: Ctx): void {
  const type = node.type;
  switch (type) {
    case 'command':
      addCommand(walk, node, ctx, []);
      return;
    case 'redirected_statement': {
      const body = node.namedChildren[0];
      const redirects = node.namedChildren.slice(1).flatMap((r) => (r ? redirectTargets(walk, r, r.type) : []));
      if (body?.type === 'command') addCommand(walk, body, ctx, redirects);
      else if (body) visit(walk, body, ctx);
      return;
    }
    case 'list': {
      // `a && b && c` nests to the left: walked down in a loop, so that a chain of thousands of
      // commands does not take a stack frame each.
      const rights: { joiner: Joiner; right: Node | null }[] = [];
      let left: Node | null = node;
      while (left?.type === 'list') {
        const [l, op, r]: (Node | null)[] = left.children;
        rights.push({ joiner: (op?.type ?? ';') as Joiner, right: r ?? null });
        left = l ?? null;
      }
      if (left) visit(walk, left, ctx);
      for (let i = rights.length - 1; i >= 0; i--) {
        const { joiner, right } = rights[i]!;
        if (right) visit(walk, right, { conditional: ctx.conditional || joiner === '||', joinedBy: joiner });
      }
      return;
    }
    case 'pipeline': {
      let first = true;
      for (const child of node.namedChildren) {
        if (!child) continue;
        visit(walk, child, first ? ctx : { conditional: ctx.conditional, joinedBy: '|' });
        first = false;
      }
      return;
    }
    case 'heredoc_body':
    case 'comment':
      return;
    case 'variable_assignment': {
      // `deps='gcc make'` on its own: kept as a pseudo-command named '=' so later words such as
      // `$deps` can be resolved; no rule matches it.
      const valueNode = node.namedChildren[1] ?? null;
      walk.out.push(
        shellCommand({
          name: '=',
          args: [],
          assignments: [{ name: node.namedChildren[0]?.text ?? '', value: valueNode ? wordValue(valueNode) : '' }],
          redirects: [],
          start: walk.base + node.startIndex,
          end: walk.base + node.endIndex,
          joinedBy: ctx.joinedBy,
          conditional: ctx.conditional,
          wrappers: [],
        }),
      );
      return;
    }
    default: {
      const conditional = ctx.conditional || CONDITIONAL_NODES.has(type);
      let joinedBy = ctx.joinedBy;
      for (const child of node.children) {
        if (!child) continue;
        if (!child.isNamed) {
          const token = child.type;
          if (token === ';' || token === '&' || token === '\n') joinedBy = token === '&' ? '&' : ';';
          continue;
        }
        const before = walk.out.length;
        visit(walk, child, { conditional, joinedBy });
        if (walk.out.length > before) joinedBy = ';';
      }
    }
  }
}

function addCommand(walk: Walk, node: Node, ctx: Ctx, redirects: ShellWord[]): void {
  const assignments: { name: string; value: string | null }[] = [];
  let nameNode: Node | null = null;
  const args: Node[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    const type = child.type;
    if (type === 'variable_assignment') {
      const [nameOf, valueNode] = child.namedChildren;
      assignments.push({ name: nameOf?.text ?? '', value: valueNode ? wordValue(valueNode) : '' });
      if (valueNode) visitSubstitutions(walk, valueNode, valueNode.text, ctx);
    } else if (type === 'command_name') {
      nameNode = child;
    } else if (type === 'file_redirect' || type === 'herestring_redirect') {
      redirects.push(...redirectTargets(walk, child, type));
    } else {
      args.push(child);
    }
  }
  if (!nameNode) return;
  const words: ShellWord[] = [toWord(walk, nameNode, 'command_name')];
  for (const a of args) words.push(toWord(walk, a));
  args.forEach((a, i) => visitSubstitutions(walk, a, words[i + 1]!.text, ctx));
  visitSubstitutions(walk, nameNode, words[0]!.text, ctx);
  const wrappers: string[] = [];
  const unwrapped = unwrap(words, wrappers);
  if (!unwrapped) return;
  const [nameWord, ...rest] = unwrapped;
  if (!nameWord) return;
  const name = programName(nameWord);

  if (SHELLS.has(name)) {
    const script = inlineScript(rest);
    if (script && script.value !== null) {
      const nested = walk.parseNested(script.value, script.start + quoteWidth(script));
      nested.forEach((c, i) => {
        walk.out.push(
          shellCommand({
            ...c,
            joinedBy: i === 0 ? ctx.joinedBy : c.joinedBy,
            conditional: ctx.conditional || c.conditional,
            wrappers: [...wrappers, ...c.wrappers],
          }),
        );
      });
      return;
    }
  }

  walk.out.push(
    shellCommand({
      name,
      args: rest,
      assignments,
      redirects,
      start: walk.base + node.startIndex,
      end: walk.base + node.endIndex,
      joinedBy: ctx.joinedBy,
      conditional: ctx.conditional,
      wrappers,
    }),
  );
}

/** Commands inside `$(...)`, backticks and `<(...)` run too; a word without them is not entered. */
function visitSubstitutions(walk: Walk, node: Node, text: string, ctx: Ctx): void {
  if (!SUBSTITUTION.test(text)) return;
  findSubstitutions(walk, node, ctx);
}

const SUBSTITUTION = /\$\(|`|[<>]\(/;

function findSubstitutions(walk: Walk, node: Node, ctx: Ctx): void {
  const type = node.type;
  if (type === 'command_substitution' || type === 'process_substitution') {
    visit(walk, node, { conditional: ctx.conditional, joinedBy: ctx.joinedBy });
    return;
  }
  for (const child of node.namedChildren) if (child && child.namedChildCount > 0) findSubstitutions(walk, child, ctx);
}

function redirectTargets(walk: Walk, node: Node, type: string): ShellWord[] {
  if (type !== 'file_redirect') return [];
  const op = node.children.find((c) => c && !c.isNamed)?.type ?? '';
  if (!op.includes('>')) return [];
  const target = node.namedChildren.find((c) => c && c.type !== 'file_descriptor');
  if (!target) return [];
  const word = toWord(walk, target);
  // `>&2` duplicates a descriptor; it writes no file.
  if (op === '>&' && (word.value === null || /^(\d+|-)$/.test(word.value))) return [];
  return [word];
}

function toWord(walk: Walk, node: Node, type = node.type): ShellWord {
  const inner = type === 'command_name' ? (node.namedChildren[0] ?? node) : node;
  const innerType = inner === node ? type : inner.type;
  const text = inner.text;
  const start = walk.base + inner.startIndex;
  return shellWord(text, wordValue(inner, innerType, text), start, start + text.length);
}

/** The literal value of a word, or null when part of it is only known at run time. */
export function wordValue(node: Node, type = node.type, text?: string): string | null {
  switch (type) {
    case 'word':
      return unescapeWord(text ?? node.text);
    case 'number':
    case 'test_operator':
      return text ?? node.text;
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'ansi_c_string':
      return node.text.slice(2, -1);
    case 'string': {
      let out = '';
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type !== 'string_content') return null;
        out += child.text.replace(/\\([\\"$`])/g, '$1');
      }
      return out;
    }
    case 'concatenation': {
      let out = '';
      for (const child of node.children) {
        if (!child) continue;
        const v = wordValue(child);
        if (v === null) return null;
        out += v;
      }
      return out;
    }
    default:
      return null;
  }
}

function unescapeWord(text: string): string {
  return text.includes('\\') ? text.replace(/\\(.)/g, '$1') : text;
}

export function programName(word: ShellWord): string {
  const v = word.value;
  if (v === null) return '';
  const slash = v.lastIndexOf('/');
  return slash === -1 ? v : v.slice(slash + 1);
}

/** Strips `sudo`, `env X=1`, `xargs` ... down to the command that does the work. */
function unwrap(words: ShellWord[], seen: string[]): ShellWord[] | null {
  let rest = words;
  for (let depth = 0; depth < 8; depth++) {
    const head = rest[0];
    if (!head) return null;
    // Own keys only: a command named `constructor` or `toString` is no wrapper.
    const name = programName(head);
    const wrapper = Object.hasOwn(WRAPPERS, name) ? WRAPPERS[name] : undefined;
    if (!wrapper) return rest;
    seen.push(programName(head));
    let i = 1;
    while (i < rest.length) {
      const v = rest[i]!.value ?? '';
      if (v === '--') {
        i++;
        break;
      }
      if (wrapper.lookupOptions?.includes(v)) return null;
      if (v.startsWith('-') && v.length > 1) {
        i += wrapper.optionsWithValue.includes(v) ? 2 : 1;
        continue;
      }
      if (wrapper.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
        i++;
        continue;
      }
      break;
    }
    i += wrapper.leadingArgs ?? 0;
    if (i >= rest.length) return rest;
    rest = rest.slice(i);
  }
  return rest;
}

/** The script of `sh -c 'script'` (options such as `-e`, `-o pipefail` or `-ec` allowed before it). */
function inlineScript(args: readonly ShellWord[]): ShellWord | null {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) return null;
    if (/^-[a-zA-Z]+$/.test(v) && v.includes('c')) return args[i + 1] ?? null;
    if (v === '-o' || v === '+o') i++;
    else if (!/^[-+][a-zA-Z]+$/.test(v)) return null;
  }
  return null;
}

/** Where the value of a quoted word starts, relative to the word. */
function quoteWidth(word: ShellWord): number {
  if (word.text.startsWith("$'")) return 2;
  return word.text.startsWith("'") || word.text.startsWith('"') ? 1 : 0;
}
