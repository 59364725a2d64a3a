/**
 * The V8 flags the CLI runs with. bin.ts sets them in every thread before the bundle is compiled:
 * V8 checks a code cache against its flags, so the cache has to be made and read under the same
 * ones.
 */
import { setFlagsFromString } from 'node:v8';
import { EAGER_WASM_FLAG } from './early-wasm.js';
import { HOLD_YOUNG_GENERATION } from './young-generation.js';

export const V8_FLAGS: readonly string[] = [
  // The shell parser's wasm: compiled by the baseline compiler only (see parser.ts), whole and in
  // the background (see early-wasm.ts).
  '--liftoff-only',
  EAGER_WASM_FLAG,
  // A quarter of V8's default budget (920 bytes of bytecode) for the functions its optimising
  // compiler inlines into one. A corpus run is short: with the default, the optimising compiles
  // took about 4 s of CPU time in a 7 s run, half of it compiling again code a new object layout
  // had deoptimised, and the rules' checks, each inlining the same helpers, were the largest of
  // them. Measured in paired corpus runs (README, Speed).
  '--max-inlined-bytecode-size-cumulative=230',
  // Collect the old generation again once it has grown by half since the last collection, where
  // V8 lets a small heap grow up to four times. Most of what a corpus run moves there is garbage
  // within a few files. Over the corpus (-j 1, Node 20, young generation capped at 4 MB
  // semi-spaces): peak memory 122 MiB at 100 %, 117 MiB at 50 %, for about 15 ms more of the main
  // thread's time in a run of 11 s (V8's --trace-gc); 25 % gave 114 MiB.
  '--heap-growing-percent=50',
  // Until this thread analyses files (young-generation.ts).
  HOLD_YOUNG_GENERATION,
];

/** Sets V8_FLAGS (through `set`, V8's own setter unless a test gives one). */
export function setV8Flags(set: (flag: string) => void = setFlagsFromString): void {
  for (const flag of V8_FLAGS) set(flag);
}
