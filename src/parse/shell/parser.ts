/**
 * The bash parser for RUN bodies: tree-sitter-bash compiled to WebAssembly, loaded once, on
 * first use, so that files without a shell-form RUN never pay for it (nor for loading its
 * JavaScript half).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { collectCommands, type ShellCommand, type ShellScript } from './commands.js';

export interface ShellParser {
  parse(script: string): ShellScript;
}

/**
 * Scripts longer than this are not parsed: Linux refuses a longer argument (MAX_ARG_STRLEN), so
 * `sh -c` could not run one, and parsing it would take seconds.
 */
export const MAX_SCRIPT_BYTES = 128 * 1024;

/** The script is over MAX_SCRIPT_BYTES in UTF-8; its length in bytes then, else null. */
export function oversizedScript(text: string): number | null {
  // A character takes at most 3 bytes of UTF-8 per UTF-16 unit: short texts need no count.
  if (text.length * 3 <= MAX_SCRIPT_BYTES) return null;
  const bytes = Buffer.byteLength(text);
  return bytes > MAX_SCRIPT_BYTES ? bytes : null;
}
/**
 * The longest one parse may take. tree-sitter-bash's error recovery is far from linear on some
 * broken scripts (100 KB of `${${${...` took 20 s, `<<E <<E ...` seconds for 40 KB); a parse
 * still running after this is given up, and the script is treated as one that does not parse.
 * Real scripts parse in a few milliseconds, so only such input ever reaches the limit.
 */
export const MAX_PARSE_MS = 500;

/** How deep `sh -c '...'` inside `sh -c '...'` is followed. */
const MAX_NESTED_SCRIPTS = 4;

let loading: Promise<ShellParser> | null = null;

export function loadShellParser(): Promise<ShellParser> {
  loading ??= load();
  return loading;
}

/** Whether this process has started the shell parser: it has then run the whole analysis of a RUN. */
export function shellParserStarted(): boolean {
  return loading !== null;
}

async function load(): Promise<ShellParser> {
  // On Node 20, V8's optimising compile of the grammar keeps the process alive for about a
  // second after the work is done; the baseline compiler alone parses almost as fast.
  setFlagsFromString('--liftoff-only');
  const { Language, Parser } = await import('web-tree-sitter');
  const runtimeWasm = locate('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
  const grammarWasm = locate('tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm');
  // Node 22 and later may end the process while V8 compiles the wasm in the background for this
  // await, if nothing else holds the event loop open: exit code 13, "unsettled top-level await"
  // (seen with --no-wasm-lazy-compilation on Node 24). A timer holds it open until the parser is ready.
  const hold = setInterval(() => {}, 60_000);
  let language: InstanceType<typeof Language>;
  try {
    await Parser.init({ locateFile: () => runtimeWasm });
    // As bytes: given a path, web-tree-sitter reads it with node:fs/promises, which Node loads
    // (with its streams, 4 ms) for that one read.
    language = await Language.load(readFileSync(grammarWasm));
  } finally {
    clearInterval(hold);
  }
  const parser = new Parser();
  parser.setLanguage(language);

  const parseCommands = (text: string, base: number, level: number): { commands: ShellCommand[]; hasErrors: boolean } => {
    if (level > MAX_NESTED_SCRIPTS || oversizedScript(text) !== null) return { commands: [], hasErrors: true };
    // Date.now, not performance.now: Node loads node:perf_hooks on the first use of `performance`.
    const deadline = Date.now() + MAX_PARSE_MS;
    const tree = parser.parse(text, null, { progressCallback: () => Date.now() > deadline });
    if (!tree) return { commands: [], hasErrors: true };
    try {
      const commands = collectCommands(tree.rootNode, text, base, (inner, innerBase) => parseCommands(inner, innerBase, level + 1).commands);
      return { commands, hasErrors: tree.rootNode.hasError };
    } finally {
      tree.delete();
    }
  };
  // Dockerfiles scanned together are often variants of one another (an image per version or
  // distribution) that repeat their RUN scripts word for word: the last few parses are kept.
  // A parse depends on the text alone, and its commands are never changed by their readers.
  const recent = new Map<string, ShellScript>();
  return {
    parse(script) {
      let parsed = recent.get(script);
      if (parsed) {
        recent.delete(script);
      } else {
        parsed = parseCommands(script, 0, 0);
        if (recent.size >= RECENT_SCRIPTS) recent.delete(recent.keys().next().value!);
      }
      recent.set(script, parsed);
      return parsed;
    },
  };
}

/** Scripts remembered: enough for the variants of an image side by side in a folder. */
const RECENT_SCRIPTS = 64;

/**
 * A wasm file lives beside the bundled CLI (dist/); when running from source it is found in the
 * package that ships it.
 */
function locate(file: string, packagePath: string): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), file);
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(packagePath);
}
