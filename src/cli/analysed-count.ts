/**
 * The files analysed on this thread so far, which the code cache asks of a run (bundle.ts). A
 * module of its own, with no imports: asking must not load the analysis into the bundle's top
 * level, whose code cache is sometimes made at once (compile-cache.ts).
 */
let files = 0;

export function countAnalysed(): void {
  files++;
}

export function analysedHere(): number {
  return files;
}
