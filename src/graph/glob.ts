/**
 * Wildcard patterns (shell patterns, COPY sources, .dockerignore lines) matched in time linear
 * in the text: the pattern becomes a small automaton that is stepped over the text with the set
 * of states it can be in. Translating a user's pattern into a JavaScript regular expression
 * instead would let a line such as `*a*a*a*a*a*b` backtrack for hours over a long name; Docker
 * matches with Go's linear regexp package, and so does this.
 */

/** One element of a pattern. Code points are compared, as Go compares runes. */
export type GlobToken =
  | { readonly kind: 'char'; readonly cp: number }
  /** `?`: any one character, except `/` where `slash` is false. */
  | { readonly kind: 'any'; readonly slash: boolean }
  /** `[a-z]`, `[^0-9]`: inclusive ranges as [low, high] pairs. */
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly number[] }
  /** `*`: any run of characters, except `/` where `slash` is false. */
  | { readonly kind: 'star'; readonly slash: boolean }
  /** Docker's `**` before more pattern: nothing, or any run that ends with `/`. */
  | { readonly kind: 'dirs' };

interface State {
  /** The character this state consumes; null for a state that only branches. */
  readonly test: ((cp: number) => boolean) | null;
  /** Where consuming a character leads. */
  readonly next: number;
  /** States reached without consuming anything. */
  readonly eps: readonly number[];
}

/** A cap on the work of one search, for callers that match text of any length. */
export interface Budget {
  steps: number;
}

const SLASH = 0x2f;
const NEWLINE = 0x0a;

export class Glob {
  private readonly states: readonly State[];
  /** Scratch sets, reused between searches. */
  private readonly mark: Int32Array;
  /** The states still to follow while adding one (each state's branches are pushed once). */
  private readonly pending: Int32Array;
  private generation = 0;
  private current: Int32Array;
  private following: Int32Array;

  constructor(tokens: readonly GlobToken[]) {
    this.states = compile(tokens);
    const size = this.states.length + 1;
    this.mark = new Int32Array(size);
    this.current = new Int32Array(size);
    this.following = new Int32Array(size);
    this.pending = new Int32Array(2 * size + 1);
  }

  /**
   * The whole text matches. Steps over the string itself and stops at the first character no
   * state takes: a long name (a 100 KB COPY source) is checked against many patterns, and
   * turning it into an array of code points for each of them was most of the work.
   */
  matches(text: string): boolean {
    let size = this.add(this.current, 0, ++this.generation, 0);
    for (let i = 0; i < text.length && size > 0; ) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      size = this.step(cp, size);
    }
    return size > 0 && this.mark[this.states.length] === this.generation;
  }

  /**
   * Steps over `points` from `start` and calls `onAccept` with each end (in code points, in
   * ascending order) where a match that starts at `start` ends. Stops early once no match can
   * continue. Returns false when the budget ran out first.
   */
  scan(points: readonly number[], start: number, onAccept: (end: number) => void, budget?: Budget): boolean {
    const accept = this.states.length;
    let size = this.add(this.current, 0, ++this.generation, 0);
    for (let i = start; ; i++) {
      if (this.mark[accept] === this.generation) onAccept(i);
      if (i >= points.length || size === 0) return true;
      if (budget && (budget.steps -= size) < 0) return false;
      size = this.step(points[i]!, size);
    }
  }

  /** Moves the current set (of `size` states) over one character; the size of the new set. */
  private step(cp: number, size: number): number {
    const accept = this.states.length;
    const gen = ++this.generation;
    let next = 0;
    for (let k = 0; k < size; k++) {
      const s = this.current[k]!;
      if (s === accept) continue;
      const state = this.states[s]!;
      if (state.test !== null && state.test(cp)) next = this.add(this.following, next, gen, state.next);
    }
    [this.current, this.following] = [this.following, this.current];
    return next;
  }

  /**
   * Adds a state and the states it branches to into `set` (of `size` states); the new size.
   * Branches are followed here, skipping states already in the set, rather than from a table of
   * each state's closure: a pattern of many stars in a row has closures as
   * long as the pattern, and a table of them took time and memory quadratic in its length.
   */
  private add(set: Int32Array, size: number, gen: number, state: number): number {
    const pending = this.pending;
    let top = 0;
    pending[top++] = state;
    while (top > 0) {
      const s = pending[--top]!;
      if (this.mark[s] === gen) continue;
      this.mark[s] = gen;
      set[size++] = s;
      if (s < this.states.length) for (const e of this.states[s]!.eps) if (this.mark[e] !== gen) pending[top++] = e;
    }
    return size;
  }
}

function compile(tokens: readonly GlobToken[]): State[] {
  const states: State[] = [];
  tokens.forEach((t, k) => {
    // A star right after a star adds nothing (two stars within a segment are one; `[^/]*.*` is `.*`).
    const before = tokens[k - 1];
    if (t.kind === 'star' && before?.kind === 'star' && (before.slash || !t.slash)) return;
    if (t.kind === 'dirs' && before?.kind === 'dirs') return;
    const i = states.length;
    switch (t.kind) {
      case 'char':
        states.push({ test: (cp) => cp === t.cp, next: i + 1, eps: [] });
        break;
      case 'any':
        states.push({ test: t.slash ? () => true : (cp) => cp !== SLASH, next: i + 1, eps: [] });
        break;
      case 'class':
        states.push({ test: (cp) => inRanges(t.ranges, cp) !== t.negated, next: i + 1, eps: [] });
        break;
      case 'star':
        states.push({ test: t.slash ? () => true : (cp) => cp !== SLASH, next: i, eps: [i + 1] });
        break;
      case 'dirs':
        // (.*/)? as Go reads it: skip it all, or any run (no line breaks) and then a slash.
        states.push({ test: null, next: i, eps: [i + 3, i + 1] });
        states.push({ test: (cp) => cp !== NEWLINE, next: i + 1, eps: [i + 2] });
        states.push({ test: (cp) => cp === SLASH, next: i + 3, eps: [] });
        break;
    }
  });
  return states;
}

function inRanges(ranges: readonly number[], cp: number): boolean {
  for (let r = 0; r < ranges.length; r += 2) if (cp >= ranges[r]! && cp <= ranges[r + 1]!) return true;
  return false;
}

/** The code points of a text, with the offset of each (and of the end) in the string. */
export function codePoints(text: string): { points: number[]; offsets: number[] } {
  const points: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    points.push(cp);
    offsets.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  offsets.push(text.length);
  return { points, offsets };
}

/**
 * A shell pattern as BuildKit reads `${VAR#pattern}` and `${VAR/pattern/...}`: `*` any run,
 * `?` any one character, everything else literal (BuildKit has no bracket expressions there).
 */
export function shellPattern(pattern: string): Glob {
  const tokens: GlobToken[] = [];
  for (const cp of codePoints(pattern).points) {
    if (cp === 0x2a) tokens.push({ kind: 'star', slash: true });
    else if (cp === 0x3f) tokens.push({ kind: 'any', slash: true });
    else tokens.push({ kind: 'char', cp });
  }
  return new Glob(tokens);
}

/**
 * A path pattern as Go's filepath.Match (COPY sources) and the shell (`rm -rf /tmp/*`) read
 * it: `*` and `?` stay within a path segment, `[...]` is a class (`^` or `!` negates it), `\`
 * makes the next character literal. A `[` without its `]` is taken literally.
 */
export function pathGlob(pattern: string): Glob {
  const { points } = codePoints(pattern);
  const tokens: GlobToken[] = [];
  // After one `[` without its `]` the pattern is one Go rejects (ErrBadPattern); later `[` are
  // taken literally too rather than each looked for a `]` to the end (quadratic in `[[[[...`).
  let unclosed = false;
  for (let i = 0; i < points.length; i++) {
    const cp = points[i]!;
    if (cp === 0x2a) tokens.push({ kind: 'star', slash: false });
    else if (cp === 0x3f) tokens.push({ kind: 'any', slash: false });
    else if (cp === 0x5c && i + 1 < points.length) tokens.push({ kind: 'char', cp: points[++i]! });
    else if (cp === 0x5b) {
      const cls: ReturnType<typeof readClass> = unclosed ? null : readClass(points, i, true);
      unclosed = cls === null;
      if (cls) {
        tokens.push(cls.token);
        i = cls.end;
      } else {
        tokens.push({ kind: 'char', cp });
      }
    } else tokens.push({ kind: 'char', cp });
  }
  return new Glob(tokens);
}

/**
 * A bracket expression starting at `at` (the `[`): its token and the index of its `]`, or null
 * when it is not closed. `bang` lets `!` negate, as the shell does, besides `^`.
 */
export function readClass(points: readonly number[], at: number, bang: boolean): { token: GlobToken; end: number } | null {
  let i = at + 1;
  let negated = false;
  if (points[i] === 0x5e || (bang && points[i] === 0x21)) {
    negated = true;
    i++;
  }
  const ranges: number[] = [];
  let first = true;
  for (; i < points.length; i++) {
    let cp = points[i]!;
    if (cp === 0x5d && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    first = false;
    if (cp === 0x5c && i + 1 < points.length) cp = points[++i]!;
    let high = cp;
    if (points[i + 1] === 0x2d && i + 2 < points.length && points[i + 2] !== 0x5d) {
      high = points[i + 2]!;
      if (high === 0x5c && i + 3 < points.length) {
        high = points[i + 3]!;
        i++;
      }
      i += 2;
    }
    // A reversed range (`z-a`) matches nothing, as in Go and the shell.
    ranges.push(cp, high);
  }
  return null;
}

/** Whether a text holds a wildcard of a path pattern. */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?') || text.includes('[');
}

const pathGlobs = new Map<string, Glob>();

/** pathGlob, compiled once per pattern (the same few patterns are matched against many paths). */
export function cachedPathGlob(pattern: string): Glob {
  let glob = pathGlobs.get(pattern);
  if (!glob) {
    if (pathGlobs.size > 10_000) pathGlobs.clear();
    glob = pathGlob(pattern);
    pathGlobs.set(pattern, glob);
  }
  return glob;
}
