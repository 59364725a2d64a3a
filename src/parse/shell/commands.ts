/**
 * The simple commands of a shell script, in the order they appear, with how each is joined to
 * the one before it — what the rules ask of a RUN ("does it run `apt-get update`, and is the
 * cache removed later in the same layer?"). Built from a tree-sitter-bash tree.
 */
import type { Language, Node, TreeCursor } from 'web-tree-sitter';
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
  /** The script the tree was parsed from: a node's text is its slice. */
  readonly text: string;
  /** Where the walk is: each function below is given it on a node and leaves it there. */
  readonly cursor: TreeCursor;
  readonly types: NodeTypes;
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

/**
 * Walks the tree with one cursor. Every read of a node (its type, where it starts) is a call
 * into WebAssembly; a cursor makes no object for the nodes it passes, where a `Node` hands out
 * each child as a new object, and each node's type is read once, as a number, its name and
 * whether it is named then coming from tables of the grammar.
 */
export function collectCommands(
  root: Node,
  text: string,
  base: number,
  parseNested: (text: string, base: number) => ShellCommand[],
): ShellCommand[] {
  const cursor = root.walk();
  try {
    const walk: Walk = { out: [], depth: 0, base, text, cursor, types: nodeTypes(root.tree.language), parseNested };
    visit(walk, cursor.nodeTypeId, { conditional: false, joinedBy: null });
    return walk.out;
  } finally {
    cursor.delete();
  }
}

/** The grammar's node types by id: their names, and whether each is named. */
interface NodeTypes {
  readonly language: Language;
  readonly names: readonly string[];
  readonly named: readonly boolean[];
}

let grammarTypes: NodeTypes | null = null;

function nodeTypes(language: Language): NodeTypes {
  if (grammarTypes?.language === language) return grammarTypes;
  const names: string[] = [];
  const named: boolean[] = [];
  for (let id = 0; id < language.types.length; id++) {
    names.push(language.types[id] || 'ERROR');
    named.push(language.nodeTypeIsNamed(id));
  }
  grammarTypes = { language, names, named };
  return grammarTypes;
}

// ERROR's id (65535) is past the tables: a named node, as tree-sitter reports it.
function typeName(walk: Walk, id: number): string {
  return walk.types.names[id] ?? 'ERROR';
}

function isNamed(walk: Walk, id: number): boolean {
  return walk.types.named[id] ?? true;
}

function textHere(walk: Walk): string {
  const c = walk.cursor;
  return walk.text.slice(c.startIndex, c.endIndex);
}

/** Moves the cursor from a node to its first named child (its type id), or leaves it there (-1). */
function gotoFirstNamedChild(walk: Walk): number {
  const c = walk.cursor;
  if (!c.gotoFirstChild()) return -1;
  do {
    const id = c.nodeTypeId;
    if (isNamed(walk, id)) return id;
  } while (c.gotoNextSibling());
  c.gotoParent();
  return -1;
}

/** Moves the cursor to the next named sibling (its type id); -1 when there is none, past the last child. */
function gotoNextNamedSibling(walk: Walk): number {
  const c = walk.cursor;
  while (c.gotoNextSibling()) {
    const id = c.nodeTypeId;
    if (isNamed(walk, id)) return id;
  }
  return -1;
}

/**
 * Subshells, groups and substitutions nested deeper than this are not entered: a script of
 * thousands of `(` would otherwise exhaust the stack.
 */
const MAX_DEPTH = 200;

function visit(walk: Walk, id: number, ctx: Ctx): void {
  if (walk.depth >= MAX_DEPTH) return;
  walk.depth++;
  visitNode(walk, id, ctx);
  walk.depth--;
}

/** The words of a command are not descended into unless their text shows a substitution. */
function visitNode(walk: Walk, id: number, ctx: Ctx): void {
  const c = walk.cursor;
  const type = typeName(walk, id);
  switch (type) {
    case 'command':
      addCommand(walk, ctx, []);
      return;
    case 'redirected_statement':
      redirectedStatement(walk, ctx);
      return;
    case 'list':
      list(walk, ctx);
      return;
    case 'pipeline': {
      let first = true;
      for (let child = gotoFirstNamedChild(walk); child !== -1; child = gotoNextNamedSibling(walk)) {
        visit(walk, child, first ? ctx : { conditional: ctx.conditional, joinedBy: '|' });
        first = false;
      }
      if (!first) c.gotoParent();
      return;
    }
    case 'heredoc_body':
    case 'comment':
      return;
    case 'variable_assignment': {
      // `deps='gcc make'` on its own: kept as a pseudo-command named '=' so later words such as
      // `$deps` can be resolved; no rule matches it.
      const start = walk.base + c.startIndex;
      const end = walk.base + c.endIndex;
      walk.out.push(
        shellCommand({
          name: '=',
          args: [],
          assignments: [assignment(walk, null)],
          redirects: [],
          start,
          end,
          joinedBy: ctx.joinedBy,
          conditional: ctx.conditional,
          wrappers: [],
        }),
      );
      return;
    }
    default: {
      if (!c.gotoFirstChild()) return;
      const conditional = ctx.conditional || CONDITIONAL_NODES.has(type);
      let joinedBy = ctx.joinedBy;
      do {
        const child = c.nodeTypeId;
        if (!isNamed(walk, child)) {
          const token = typeName(walk, child);
          if (token === ';' || token === '&' || token === '\n') joinedBy = token === '&' ? '&' : ';';
          continue;
        }
        const before = walk.out.length;
        visit(walk, child, { conditional, joinedBy });
        if (walk.out.length > before) joinedBy = ';';
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
  }
}

/**
 * `cmd > file`: the first named child is the statement, the named children after it are its
 * redirections, read before the statement is visited (a command takes them as its own).
 */
function redirectedStatement(walk: Walk, ctx: Ctx): void {
  const c = walk.cursor;
  const body = gotoFirstNamedChild(walk);
  if (body === -1) return;
  const redirects: ShellWord[] = [];
  for (let r = gotoNextNamedSibling(walk); r !== -1; r = gotoNextNamedSibling(walk)) {
    const target = redirectTarget(walk, r);
    if (target) redirects.push(target);
  }
  c.gotoParent();
  gotoFirstNamedChild(walk);
  if (typeName(walk, body) === 'command') addCommand(walk, ctx, redirects);
  else visit(walk, body, ctx);
  c.gotoParent();
}

/**
 * `a && b && c` nests to the left: walked down in a loop, so that a chain of thousands of
 * commands does not take a stack frame each. A list's first three children are its left
 * side, the operator and its right side.
 */
function list(walk: Walk, ctx: Ctx): void {
  const c = walk.cursor;
  let levels = 0;
  let left = -1;
  // Down the left sides to the first that is not a list (or to a list without children).
  while (c.gotoFirstChild()) {
    levels++;
    left = c.nodeTypeId;
    if (typeName(walk, left) !== 'list') break;
    left = -1;
  }
  if (left !== -1) visit(walk, left, ctx);
  // Back up, from the innermost list to this one: each one's operator, then its right side.
  for (; levels > 0; levels--) {
    if (c.gotoNextSibling()) {
      const joiner = typeName(walk, c.nodeTypeId) as Joiner;
      if (c.gotoNextSibling()) visit(walk, c.nodeTypeId, { conditional: ctx.conditional || joiner === '||', joinedBy: joiner });
    }
    c.gotoParent();
  }
}

function addCommand(walk: Walk, ctx: Ctx, redirects: ShellWord[]): void {
  const c = walk.cursor;
  const assignments: { name: string; value: string | null }[] = [];
  let nameWord: ShellWord | null = null;
  let nameAt = -1;
  const words: ShellWord[] = [];
  /** Named children whose text shows a substitution, by their place among the named children. */
  const substituted: number[] = [];
  let at = 0;
  for (let child = gotoFirstNamedChild(walk); child !== -1; child = gotoNextNamedSibling(walk), at++) {
    const type = typeName(walk, child);
    if (type === 'variable_assignment') {
      assignments.push(assignment(walk, ctx));
    } else if (type === 'command_name') {
      nameWord = toWord(walk, type);
      nameAt = at;
    } else if (type === 'file_redirect' || type === 'herestring_redirect') {
      const target = redirectTarget(walk, child);
      if (target) redirects.push(target);
    } else {
      const word = toWord(walk, type);
      words.push(word);
      if (SUBSTITUTION.test(word.text)) substituted.push(at);
    }
  }
  if (at > 0) c.gotoParent();
  if (!nameWord) return;
  // Commands in the arguments' substitutions, then in the name's, after those of the assignments.
  if (SUBSTITUTION.test(nameWord.text)) substituted.push(nameAt);
  for (const place of substituted) {
    let child = gotoFirstNamedChild(walk);
    for (let i = 0; i < place; i++) child = gotoNextNamedSibling(walk);
    findSubstitutions(walk, child, ctx);
    c.gotoParent();
  }
  words.unshift(nameWord);
  const wrappers: string[] = [];
  const unwrapped = unwrap(words, wrappers);
  if (!unwrapped) return;
  const [first, ...rest] = unwrapped;
  if (!first) return;
  const name = programName(first);

  if (SHELLS.has(name)) {
    const script = inlineScript(rest);
    if (script && script.value !== null) {
      const nested = walk.parseNested(script.value, script.start + quoteWidth(script));
      nested.forEach((n, i) => {
        walk.out.push(
          shellCommand({
            ...n,
            joinedBy: i === 0 ? ctx.joinedBy : n.joinedBy,
            conditional: ctx.conditional || n.conditional,
            wrappers: [...wrappers, ...n.wrappers],
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
      start: walk.base + c.startIndex,
      end: walk.base + c.endIndex,
      joinedBy: ctx.joinedBy,
      conditional: ctx.conditional,
      wrappers,
    }),
  );
}

/**
 * `NAME=value`: its first named child is the name, its second the value. With `ctx`, the
 * commands in the value's substitutions are collected too.
 */
function assignment(walk: Walk, ctx: Ctx | null): { name: string; value: string | null } {
  const nameId = gotoFirstNamedChild(walk);
  if (nameId === -1) return { name: '', value: '' };
  const name = textHere(walk);
  const valueId = gotoNextNamedSibling(walk);
  let value: string | null = '';
  if (valueId !== -1) {
    const text = textHere(walk);
    value = wordValue(walk, typeName(walk, valueId), text);
    if (ctx && SUBSTITUTION.test(text)) findSubstitutions(walk, valueId, ctx);
  }
  walk.cursor.gotoParent();
  return { name, value };
}

const SUBSTITUTION = /\$\(|`|[<>]\(/;

/**
 * Commands inside `$(...)`, backticks and `<(...)` run too. A word's nesting counts towards
 * MAX_DEPTH like the walk's: 20,000 nested `${a:-` around a `$(x)` exhausted the stack.
 */
function findSubstitutions(walk: Walk, id: number, ctx: Ctx): void {
  const type = typeName(walk, id);
  if (type === 'command_substitution' || type === 'process_substitution') {
    visit(walk, id, { conditional: ctx.conditional, joinedBy: ctx.joinedBy });
    return;
  }
  if (walk.depth >= MAX_DEPTH) return;
  let child = gotoFirstNamedChild(walk);
  if (child === -1) return;
  walk.depth++;
  for (; child !== -1; child = gotoNextNamedSibling(walk)) findSubstitutions(walk, child, ctx);
  walk.depth--;
  walk.cursor.gotoParent();
}

/** The target of an output redirection (`> file`), as a word; null for input or `>&2`. */
function redirectTarget(walk: Walk, id: number): ShellWord | null {
  if (typeName(walk, id) !== 'file_redirect') return null;
  const c = walk.cursor;
  if (!c.gotoFirstChild()) return null;
  let op: string | null = null;
  let target: ShellWord | null = null;
  do {
    const child = c.nodeTypeId;
    if (!isNamed(walk, child)) op ??= typeName(walk, child);
    else if (!target && typeName(walk, child) !== 'file_descriptor') target = toWord(walk, typeName(walk, child));
  } while (c.gotoNextSibling());
  c.gotoParent();
  if (!op?.includes('>') || !target) return null;
  // `>&2` duplicates a descriptor; it writes no file.
  if (op === '>&' && (target.value === null || /^(\d+|-)$/.test(target.value))) return null;
  return target;
}

/** The word under the cursor; a command name's is the word inside it. */
function toWord(walk: Walk, type: string): ShellWord {
  if (type === 'command_name') {
    const inner = gotoFirstNamedChild(walk);
    if (inner !== -1) {
      const word = toWord(walk, typeName(walk, inner));
      walk.cursor.gotoParent();
      return word;
    }
  }
  const c = walk.cursor;
  const start = c.startIndex;
  const text = walk.text.slice(start, c.endIndex);
  return shellWord(text, wordValue(walk, type, text), walk.base + start, walk.base + start + text.length);
}

/**
 * The literal value of the word under the cursor, or null when part of it is only known at run
 * time. `text` is the word's, when the caller has it.
 */
function wordValue(walk: Walk, type: string, text: string | null): string | null {
  const c = walk.cursor;
  switch (type) {
    case 'word':
      return unescapeWord(text ?? textHere(walk));
    case 'number':
    case 'test_operator':
      return text ?? textHere(walk);
    case 'raw_string':
      return (text ?? textHere(walk)).slice(1, -1);
    case 'ansi_c_string':
      return (text ?? textHere(walk)).slice(2, -1);
    case 'string': {
      let out = '';
      let child = gotoFirstNamedChild(walk);
      if (child === -1) return out;
      for (; child !== -1; child = gotoNextNamedSibling(walk)) {
        if (typeName(walk, child) !== 'string_content') {
          c.gotoParent();
          return null;
        }
        out += textHere(walk).replace(/\\([\\"$`])/g, '$1');
      }
      c.gotoParent();
      return out;
    }
    case 'concatenation': {
      if (!c.gotoFirstChild()) return '';
      let out = '';
      do {
        const v = wordValue(walk, typeName(walk, c.nodeTypeId), null);
        if (v === null) {
          c.gotoParent();
          return null;
        }
        out += v;
      } while (c.gotoNextSibling());
      c.gotoParent();
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
