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

export class GlobalScope {
  private readonly args = new Map<string, string | null>();

  constructor(private readonly buildArgs: ReadonlyMap<string, string>) {}

  declare(name: string, value: string | null): void {
    this.args.set(name, this.buildArgs.get(name) ?? value);
  }

  /** Value for `ARG NAME` inside a stage: the global default, if declared globally. */
  defaultOf(name: string): string | null | undefined {
    if (this.args.has(name)) return this.args.get(name);
    return PLATFORM_ARGS.get(name);
  }

  readonly lookup: Lookup = (name) => {
    if (this.args.has(name)) return this.args.get(name);
    return PLATFORM_ARGS.get(name);
  };
}

export class StageScope {
  private readonly args = new Map<string, string | null>();
  readonly env: Map<string, string>;

  constructor(
    private readonly global: GlobalScope,
    private readonly buildArgs: ReadonlyMap<string, string>,
    inheritedEnv: ReadonlyMap<string, string>,
  ) {
    this.env = new Map(inheritedEnv);
  }

  declareArg(name: string, value: string | null): void {
    const fromBuild = this.buildArgs.get(name);
    if (fromBuild !== undefined) this.args.set(name, fromBuild);
    else if (value !== null) this.args.set(name, value);
    else this.args.set(name, this.global.defaultOf(name) ?? null);
  }

  setEnv(name: string, value: string): void {
    this.env.set(name, value);
  }

  /** ARG and ENV values as a RUN sees them in its environment. */
  snapshot(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, v] of this.args) if (v !== null) out.set(k, v);
    for (const [k, v] of this.env) out.set(k, v);
    return out;
  }

  readonly lookup: Lookup = (name) => {
    const env = this.env.get(name);
    if (env !== undefined) return env;
    return this.args.get(name);
  };
}
