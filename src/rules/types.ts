/**
 * What a rule is: metadata (id, category, default severity, aliases, summary, docs) beside a
 * small check function that reads the instruction graph and reports findings.
 */
import type { BuildContext } from '../context/build-context.js';
import type { Graph, Node } from '../graph/types.js';
import type { PragmaUsage } from './pragmas.js';

export type Severity = 'error' | 'warning' | 'info' | 'style';
export type Category = 'cache' | 'size' | 'security' | 'correctness' | 'style';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];

/** Higher is more severe. */
export function severityRank(s: Severity): number {
  return 3 - SEVERITIES.indexOf(s);
}

/** Documentation in fixed sections, rendered by `dfscan explain` and the README. */
export interface RuleDocs {
  /** What it does. */
  readonly what: string;
  /** Why it matters. */
  readonly why: string;
  /** A Dockerfile that triggers the rule. */
  readonly example: string;
  /** The same Dockerfile fixed, with a sentence on how. */
  readonly fix: string;
  /** How the figures in the finding are estimated. */
  readonly impact?: string;
  /** Cases the rule gets wrong, and where dfscan deliberately differs from the rule it aliases. */
  readonly notes?: string;
}

export interface RuleMeta {
  /** Kebab-case, stable forever. */
  readonly id: string;
  readonly category: Category;
  readonly severity: Severity;
  /** hadolint codes and BuildKit check names with the same meaning. */
  readonly aliases: readonly string[];
  readonly summary: string;
  readonly docs: RuleDocs;
  /** Whether `--fix` can repair some of its findings (each finding says whether it can). */
  readonly fixable: boolean;
  /**
   * The programs the rule is about: it can only find something in a RUN that runs one of them
   * (by name as written, as a wrapper like `sudo`, or with wrappers resolved), and is not run on
   * a file that runs none (most files, for most such rules). Left out, it runs on every file.
   * A test holds every rule to this over the corpus.
   */
  readonly programs?: readonly string[];
  /** Runs after every other rule, because it reads what their findings did (unused-pragma). */
  readonly runsLast?: boolean;
  /**
   * Off unless the configuration turns it on by giving it a severity (hadolint's rules whose
   * default severity is "ignore", BuildKit's experimental checks).
   */
  readonly optIn?: boolean;
}

export interface Impact {
  /** Compressed bytes the fix takes out of the final image. */
  readonly bytes: number | null;
  /** Seconds of build work the fix stops re-running on a typical source change. */
  readonly rebuildSeconds: number | null;
}

export interface ReportDescriptor {
  /** The instruction the finding is about; its whole range unless start/end narrow it. */
  readonly node?: Node;
  /** Source offsets, to point at one command or word (required without a node). */
  readonly start?: number;
  readonly end?: number;
  readonly message: string;
  readonly impact?: Partial<Impact>;
  /**
   * Findings that offer alternative ways to save the same bytes (replace the base image)
   * share a key; the estimate counts only the largest of them.
   */
  readonly savingsGroup?: string;
  /** How to repair it, where the rule can do so without guessing (`--fix`, `--diff`). */
  readonly fix?: Fix | null;
}

/** A replacement of source text: offsets into the decoded text (no byte-order mark), end exclusive. */
export interface SourceEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * `safe` keeps what the image does (same files, same behaviour); `unsafe` may change it (a slimmer
 * base image, fewer packages) and applies only with `--fix-unsafe`.
 */
export type FixSafety = 'safe' | 'unsafe';

export interface Fix {
  /** What the fix does, in a few words: "add --no-cache-dir". */
  readonly description: string;
  readonly safety: FixSafety;
  /** Applied together or not at all; they never overlap one another. */
  readonly edits: readonly SourceEdit[];
}

/** Settings rules read, from the configuration (`.dfscan.yaml`, `.hadolint.yaml`). */
export interface RuleSettings {
  /** Registries FROM may pull from; empty allows all. */
  readonly trustedRegistries: readonly string[];
  /** Labels every image must carry, with the type of their value (hadolint's label-schema). */
  readonly labelSchema: Readonly<Record<string, LabelType>>;
  /** Labels outside the schema are findings too. */
  readonly strictLabels: boolean;
  /** Report pragmas that suppress nothing (`--report-unused-pragmas`). */
  readonly reportUnusedPragmas: boolean;
}

export type LabelType = 'text' | 'url' | 'rfc3339' | 'spdx' | 'hash' | 'semver' | 'email';

export const DEFAULT_SETTINGS: RuleSettings = { trustedRegistries: [], labelSchema: {}, strictLabels: false, reportUnusedPragmas: false };

export interface RuleContext {
  readonly graph: Graph;
  readonly settings: RuleSettings;
  /** The file's pragmas; only a rule that runs last sees their final use. */
  readonly pragmas: PragmaUsage;
  /** The build context on disk, read on first call; null when there is none (standard input). */
  buildContext(): BuildContext | null;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A finding as every report format sees it. Lines and columns are 1-based; ends exclusive. */
export interface Finding {
  readonly rule: string;
  readonly aliases: readonly string[];
  readonly category: Category;
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly stage: string | null;
  readonly message: string;
  readonly impact: Impact;
  readonly fixable: boolean;
  readonly savingsGroup: string | null;
  /** The repair the rule offers, or null; `fixable` is true exactly when there is one. */
  readonly fix: Fix | null;
  /** The edits that fix it, where a fix exists; the report formats that carry fixes read them. */
  readonly edits?: readonly TextEdit[];
}

/** A replacement of source text, in the coordinates findings use (1-based, UTF-16 columns, end exclusive). */
export interface TextEdit {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly newText: string;
}

