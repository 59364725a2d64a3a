/**
 * The young generation of the thread that analyses files. V8 doubles a thread's young generation,
 * from semi-spaces of 1 MB up to 16 MB, each time a scavenge finds it full of live objects, and
 * start-up, the bundle's load and the scan of the inputs do just that (what they make lives on):
 * a corpus run had its young generation at 32 MB before its first file, a fifth of its peak
 * memory. The analyses need much less, since each file's objects die with it.
 *
 * Node 20 reads the young generation's largest size only when a thread starts, but reads V8's
 * growth factor at every growth. So V8_FLAGS hold the young generation where it starts (a factor
 * of 1), and once this thread has analysed a file the factor is 2 until the young generation
 * reaches YOUNG_SEMI_SPACE_CAP_MB, then 1 again. V8 raises a factor below 2 to 2 as it makes a
 * thread's heap: a worker thread is not held (its young generation has its own limit, see
 * analyze-all.ts), and once one starts, neither is this thread until the cap is reached.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation keeps its size. */
export const HOLD_YOUNG_GENERATION = '--semi-space-growth-factor=1';
/** V8's own factor: the young generation doubles when it is full. */
const GROW_YOUNG_GENERATION = '--semi-space-growth-factor=2';

/**
 * The semi-space size analyses may grow the young generation to, in MB. Over the corpus (-j 1,
 * Node 20): peak memory 147 MiB without the hold, 130-136 with a cap of 8 MB, 114-122 with 4 MB,
 * 110-117 with 2 MB. The price is more scavenges of fewer survivors each (110, 465 with 4 MB, 850
 * with 2 MB): with 2 MB, 0.15 s more of the main thread's time in scavenges than with 4 MB in a
 * run of 7 s (V8's --trace-gc), and the run about 3 % slower (paired runs, medians of 5).
 */
export const YOUNG_SEMI_SPACE_CAP_MB = 2;

/** Told after each file this thread analyses. */
export interface YoungGeneration {
  analysed(): void;
}

/**
 * Lets the young generation grow from the first file this thread analyses until it reaches the
 * cap. `set` and `newSpaceBytes` are V8's unless a test gives its own.
 */
export function youngGenerationForAnalyses(set: (flag: string) => void = setFlagsFromString, newSpaceBytes: () => number = newSpaceSize): YoungGeneration {
  let state: 'held' | 'growing' | 'full' = 'held';
  return {
    analysed() {
      if (state === 'full') return;
      // The new space is both semi-spaces.
      if (newSpaceBytes() >= 2 * YOUNG_SEMI_SPACE_CAP_MB * 2 ** 20) {
        if (state === 'growing') set(HOLD_YOUNG_GENERATION);
        state = 'full';
      } else if (state === 'held') {
        set(GROW_YOUNG_GENERATION);
        state = 'growing';
      }
    },
  };
}

function newSpaceSize(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}
