/**
 * The shell parser's WebAssembly, compiled on V8's background threads as the process starts,
 * while this thread loads the bundle (about 50 ms). Compiled lazily, V8's default, the parser's
 * functions were compiled on this thread during the first parse: some 40 ms of a one-file run.
 * The parser's loading (parse/shell/parser.ts) later compiles the same bytes, and V8 hands it the
 * module already made: it keeps compiled modules by their bytes for as long as one of them lives.
 */
import { readFileSync } from 'node:fs';

/** V8's switch for compiling a whole module at once (in the background) instead of each function on its first call. */
export const EAGER_WASM_FLAG = '--no-wasm-lazy-compilation';

/** The JavaScript API of WebAssembly, of which the TypeScript libraries here declare only types. */
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<object> } }).WebAssembly;

/** Kept for the life of the process, so that V8 keeps the compiled modules for the parser. */
let compiled: readonly Promise<object>[] = [];

/**
 * Whether a command line asks for an analysis, and so for the shell parser: not --version, --help
 * or a subcommand. A guess (an option's value may look like a command): a wrong one only costs
 * the time of a compile that was not needed, or of one done later.
 */
export function analysesFiles(args: readonly string[]): boolean {
  if (args.some((a) => a === '-V' || a === '--version' || a === '-h' || a === '--help')) return false;
  const first = args.find((a) => !a.startsWith('-'));
  return first !== 'rules' && first !== 'explain' && first !== 'help';
}

/**
 * Starts compiling the wasm files in `dir` (the bundle's folder) and gives V8 one turn of the
 * event loop, which it needs to hand the work to its background threads. Needs EAGER_WASM_FLAG.
 * Returns the number of files being compiled: 0 where they are not (a source checkout, whose
 * parser finds and compiles its files itself).
 */
export async function compileShellParserEarly(dir: URL): Promise<number> {
  try {
    compiled = ['tree-sitter.wasm', 'tree-sitter-bash.wasm'].map((file) => wasm.compile(readFileSync(new URL(file, dir))));
  } catch {
    return 0;
  }
  // A failure here is met again, and reported, when the parser loads.
  for (const c of compiled) c.catch(() => {});
  await new Promise((resolve) => setImmediate(resolve));
  return compiled.length;
}
