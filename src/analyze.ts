/**
 * The one library function behind every channel (CLI, GitHub Action, pre-commit hook): bytes
 * of a Dockerfile in, findings, scores and estimate out. Parse → graph → rules → score.
 */
import { DEFAULT_RULES, RULES } from '../rules/index.js';
import { loadBuildContext, type BuildContext } from './context/build-context.js';
import type { FolderEntry } from './context/folder-entries.js';
import { buildGraph } from './graph/build.js';
import { stageLabel, type Graph } from './graph/types.js';
import { reportDetails, type ReportDetails } from './report/details.js';
import { parseDockerfile, type ParsedDockerfile } from './parse/dockerfile.js';
import { loadShellParser } from './parse/shell/parser.js';
import { decodeSource, sourceFromText } from './parse/source.js';
import { runRules } from './rules/run-rules.js';
import type { Finding, Rule, RuleSettings, Severity } from './rules/types.js';
import { changedFiles, simulateChange } from './score/rebuild.js';
import { scoreFile, type Estimate, type Score } from './score/score.js';

/** Where the build context is. */
export interface ContextWhere {
  readonly dir: string;
  readonly dockerfile: string | null;
  /** `dir`'s entries, when a directory scan has just listed it. */
  readonly entries?: readonly FolderEntry[];
}

export interface AnalyzeOptions {
  /** `--build-arg` values, which override ARG defaults. */
  readonly buildArgs?: ReadonlyMap<string, string>;
  /** The rules to run; all by default. */
  readonly rules?: readonly Rule[];
  /** Settings the rules read (trusted registries, label schema). */
  readonly settings?: RuleSettings;
  /** Severity per rule id, replacing the rule's default. */
  readonly severities?: ReadonlyMap<string, Severity>;
  /** Where the build context is (the Dockerfile's folder unless --context says otherwise). */
  readonly context?: ContextWhere | null;
  /** Files changed (relative to the build context): report what they make rebuild. */
  readonly changed?: readonly string[];
  /** Make the findings' fingerprints (SARIF, GitLab); true by default. A run without those formats skips the hashing. */
  readonly fingerprints?: boolean;
}

/** What a given change re-runs, per stage (the contract's `rebuild` object). */
export interface RebuildReport {
  readonly changed: readonly string[];
  readonly stages: readonly { stage: string; firstLine: number | null; lines: number[]; seconds: number }[];
}

/**
 * Instructions analysed in one file. The largest of ~4,800 real Dockerfiles has ~340, and an
 * image cannot stack more than 127 layers; the limit keeps the work on a hostile file bounded.
 */
export const MAX_INSTRUCTIONS = 10_000;

export type FileInput = { readonly path: string } & ({ readonly bytes: Uint8Array } | { readonly text: string });

export interface FileReport {
  readonly path: string;
  /** One-line reason the file could not be analysed, or null. */
  readonly error: string | null;
  /** The error is a defect of dfscan, not of the file. */
  readonly internal: boolean;
  readonly findings: readonly Finding[];
  readonly score: Score | null;
  readonly estimate: Estimate | null;
  /** With `changed`: what that change re-runs. */
  readonly rebuild?: RebuildReport;
  /** After `--fix`: the findings fixed and their edits, and the unsafe fixes not applied. */
  readonly fixed?: { readonly findings: number; readonly edits: number; readonly unsafeLeft: number };
  /**
   * What the report formats need from the graph (layer chart, fingerprints, ...), as plain data:
   * a report holds no graph, so it can cross threads. Null when the file could not be analysed.
   */
  readonly details: ReportDetails | null;
}

export async function analyzeFile(input: FileInput, options: AnalyzeOptions = {}): Promise<FileReport> {
  return (await analyzeWithGraph(input, options)).report;
}

/** The report and, when the file could be analysed, its graph (for --fix, which edits the source). */
export async function analyzeWithGraph(input: FileInput, options: AnalyzeOptions = {}): Promise<{ report: FileReport; graph: Graph | null }> {
  const without = (report: FileReport) => ({ report, graph: null });
  try {
    const decoded = 'bytes' in input ? decodeSource(input.bytes) : { ok: true as const, source: sourceFromText(input.text) };
    if (!decoded.ok) return without(failed(input.path, decoded.error, false));
    const parsed = parseDockerfile(decoded.source);
    if (parsed.instructions.length > MAX_INSTRUCTIONS) {
      return without(failed(input.path, `${parsed.instructions.length} instructions, over the ${MAX_INSTRUCTIONS.toLocaleString('en-US')} dfscan analyses in one file`, false));
    }
    const shell = needsShell(parsed) ? await loadShellParser() : null;
    const graph = buildGraph(parsed, shell, { buildArgs: options.buildArgs ?? new Map() });
    const buildContext = lazyContext(options.context ?? null);
    const findings = runRules(graph, options.rules ?? DEFAULT_RULES, options.settings, { severities: options.severities, registry: RULES, buildContext });
    const scored = scoreFile(graph, findings, buildContext);
    const rebuild = options.changed ? rebuildReport(graph, options.changed, buildContext()) : undefined;
    const report: FileReport = {
      path: input.path,
      error: null,
      internal: false,
      findings,
      score: scored.score,
      estimate: scored.estimate,
      ...(rebuild ? { rebuild } : {}),
      details: reportDetails(graph, scored.image, scored.rebuilds, findings, options.fingerprints ?? true),
    };
    return { report, graph };
  } catch (err) {
    return without(internalError(input.path, err));
  }
}

/**
 * The report of a file whose analysis (or fixing) hit a defect of dfscan: one line naming what was
 * thrown, and a hint to report it. Whatever was thrown: an object that cannot be turned into a
 * string must not take the whole run down with a second error.
 */
export function internalError(path: string, err: unknown): FileReport {
  return failed(path, `internal error: ${firstLine(describeThrown(err))} (please report this with the file)`, true);
}

function describeThrown(err: unknown): string {
  try {
    const message = err instanceof Error ? err.message : String(err);
    return typeof message === 'string' && message.trim() !== '' ? message : (err as Error)?.name || 'unknown error';
  } catch {
    return 'an exception that cannot be printed';
  }
}

function rebuildReport(graph: Graph, changed: readonly string[], context: BuildContext | null): RebuildReport {
  const lines = graph.file.source.lines;
  const rebuilds = simulateChange(graph, changedFiles(changed, context ? context.ignore.ignores : undefined));
  return {
    changed: [...changed],
    stages: rebuilds.map((r) => ({
      stage: stageLabel(r.stage),
      firstLine: r.first ? lines.lineOf(r.first.raw.start) : null,
      lines: r.nodes.map((n) => lines.lineOf(n.raw.start)),
      seconds: Math.round(r.seconds),
    })),
  };
}

/** The context is walked only when something asks for it, and once. */
function lazyContext(where: AnalyzeOptions['context']): () => BuildContext | null {
  let loaded: BuildContext | null | undefined;
  return () => {
    if (loaded === undefined) loaded = where ? loadBuildContext(where.dir, where.dockerfile, undefined, where.entries) : null;
    return loaded;
  };
}

/** The report of a file that could not be read (missing, unreadable, too large). */
export function notAnalysed(path: string, error: string): FileReport {
  return failed(path, error, false);
}

function failed(path: string, error: string, internal: boolean): FileReport {
  return { path, error, internal, findings: [], score: null, estimate: null, details: null };
}

/** Only a shell-form RUN needs the shell parser; it is loaded on first need. */
function needsShell(parsed: ParsedDockerfile): boolean {
  return parsed.instructions.some((i) => i.keyword === 'RUN' && !i.args.text.startsWith('['))
    || parsed.instructions.some((i) => i.keyword === 'RUN' && /^\[\s*"[^"]*\b(sh|bash)"/.test(i.args.text));
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.slice(0, 300);
}
