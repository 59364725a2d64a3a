/**
 * Docker's variable scoping. ARGs before the first FROM are global and visible only to FROM
 * lines; a stage sees a global ARG only after re-declaring it (`ARG NAME`), and then gets its
 * default. ENV carries into stages built FROM this one; ARG does not. ENV wins over an ARG of
 * the same name. The platform ARGs (TARGETARCH, ...) are predefined in the global scope.
 */
import type { Lookup } from './expand.js';

/** Values the predefined platform ARGs take for the estimates: the common CI build. */
export const PLATFORM_ARGS: ReadonlyMap<string, string> = new Map([
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
]);

/**
 * Characters variable lookups may hand out in one file. Real files use a few kB; a file whose
 * ARGs double each other (`ARG B=$A$A`) would otherwise grow past any memory. Past it, values
 * are unknown, as an unset variable is.
 */
export const EXPANSION_BUDGET = 8 * 1024 * 1024;

export class GlobalScope {
  private readonly args = new Map<string, string | null>();
  private remaining = EXPANSION_BUDGET;

  constructor(private readonly buildArgs: ReadonlyMap<string, string>) {}

  declare(name: string, value: string | null): void {
    this.args.set(name, this.buildArgs.get(name) ?? value);
  }

  /** Value for `ARG NAME` inside a stage: the global default, if declared globally. */
  defaultOf(name: string): string | null | undefined {
    if (this.args.has(name)) return this.args.get(name);
    return PLATFORM_ARGS.get(name);
  }

  readonly lookup: Lookup = (name) => this.charge(this.args.has(name) ? this.args.get(name) : PLATFORM_ARGS.get(name));

  /** A looked-up value, counted against the budget; undefined once the budget is spent. */
  charge(value: string | null | undefined): string | null | undefined {
    if (typeof value !== 'string') return value;
    this.remaining -= value.length;
    return this.remaining < 0 ? undefined : value;
  }
}

/**
 * Values by name that keep their past: each name records the versions at which it changed, so
 * that what a RUN saw stays readable after later ENV and ARG lines, without copying every
 * variable for every RUN (a file alternating ENV and RUN lines would otherwise grow as the
 * square of its length).
 */
class History {
  private readonly changes = new Map<string, { versions: number[]; values: (string | null)[] }>();

  set(name: string, value: string | null, version: number): void {
    let c = this.changes.get(name);
    if (!c) this.changes.set(name, (c = { versions: [], values: [] }));
    c.versions.push(version);
    c.values.push(value);
  }

  /** The value at `version`: the last change at or before it; undefined when there is none. */
  get(name: string, version: number): string | null | undefined {
    const c = this.changes.get(name);
    if (!c) return undefined;
    let lo = 0;
    let hi = c.versions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (c.versions[mid]! <= version) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found === -1 ? undefined : c.values[found];
  }

  names(): IterableIterator<string> {
    return this.changes.keys();
  }
}

/** The ENV a stage starts with: its parent stage's, as the parent left it. */
interface Inherited {
  readonly scope: StageScope;
  readonly version: number;
}

/** A chain of stages built FROM each other is copied flat every this many stages, so lookups stay short. */
const MAX_INHERITANCE_DEPTH = 32;

export class StageScope {
  private readonly args = new History();
  private readonly env = new History();
  private version = 0;
  private readonly inherited: Inherited | null;
  /** The inherited ENV copied flat, at the end of a long chain of stages. */
  private readonly flat: ReadonlyMap<string, string> | null;
  private readonly depth: number;

  constructor(
    private readonly global: GlobalScope,
    private readonly buildArgs: ReadonlyMap<string, string>,
    parent: StageScope | null,
  ) {
    if (parent && parent.depth >= MAX_INHERITANCE_DEPTH) {
      this.flat = parent.envAt(parent.version);
      this.inherited = null;
      this.depth = 0;
    } else {
      this.flat = null;
      this.inherited = parent ? { scope: parent, version: parent.version } : null;
      this.depth = parent ? parent.depth + 1 : 0;
    }
  }

  declareArg(name: string, value: string | null): void {
    const fromBuild = this.buildArgs.get(name);
    const declared = fromBuild !== undefined ? fromBuild : value !== null ? value : (this.global.defaultOf(name) ?? null);
    this.args.set(name, declared, ++this.version);
  }

  setEnv(name: string, value: string): void {
    this.env.set(name, value, ++this.version);
  }

  /** ARG and ENV values as a RUN sees them in its environment, fixed at this point of the stage. */
  snapshot(): ReadonlyMap<string, string> {
    return new ScopeView(this, this.version);
  }

  readonly lookup: Lookup = (name) => this.global.charge(this.valueAt(name, this.version));

  /** ENV wins over ARG; an ARG declared without a value is null. */
  valueAt(name: string, version: number): string | null | undefined {
    const env = this.envValue(name, version);
    if (env !== undefined) return env;
    return this.args.get(name, version);
  }

  private envValue(name: string, version: number): string | undefined {
    const own = this.env.get(name, version);
    if (own !== undefined && own !== null) return own;
    if (this.inherited) return this.inherited.scope.envValue(name, this.inherited.version);
    return this.flat?.get(name);
  }

  /** Every ENV value at `version`, inherited ones included. */
  envAt(version: number): Map<string, string> {
    // The chain from the first stage down to this one, each with the version it was left at.
    const chain: { scope: StageScope; version: number }[] = [];
    for (let at: Inherited | null = { scope: this, version }; at; at = at.scope.inherited) chain.push(at);
    const out = new Map<string, string>(chain[chain.length - 1]!.scope.flat ?? []);
    for (const { scope, version: v } of chain.reverse()) {
      for (const name of scope.env.names()) {
        const value = scope.env.get(name, v);
        if (value !== undefined && value !== null) out.set(name, value);
      }
    }
    return out;
  }

  /** Every variable a RUN at `version` sees, with its value. */
  variablesAt(version: number): Map<string, string> {
    const out = new Map<string, string>();
    for (const name of this.args.names()) {
      const v = this.args.get(name, version);
      if (v !== undefined && v !== null) out.set(name, v);
    }
    for (const [k, v] of this.envAt(version)) out.set(k, v);
    return out;
  }
}

/**
 * The variables of a scope at one point, read on demand. Lookups by name are cheap; listing
 * them all builds the list once.
 */
class ScopeView implements ReadonlyMap<string, string> {
  private all: Map<string, string> | null = null;

  constructor(
    private readonly scope: StageScope,
    private readonly version: number,
  ) {}

  get(name: string): string | undefined {
    return this.scope.valueAt(name, this.version) ?? undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  private list(): Map<string, string> {
    this.all ??= this.scope.variablesAt(this.version);
    return this.all;
  }

  get size(): number {
    return this.list().size;
  }

  forEach(fn: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [k, v] of this.list()) fn(v, k, this);
  }

  entries(): MapIterator<[string, string]> {
    return this.list().entries();
  }

  keys(): MapIterator<string> {
    return this.list().keys();
  }

  values(): MapIterator<string> {
    return this.list().values();
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.list()[Symbol.iterator]();
  }
}
