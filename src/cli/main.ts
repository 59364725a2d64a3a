/**
 * The `dfscan` command: reads the paths, runs the analysis on each file, writes the report and
 * sets the exit code (0 clean, 1 findings at or above the threshold, 2 a file or usage problem).
 * A thin shell around analyzeFile.
 */
// fs.promises, not node:fs/promises: Node loads it (and its streams, 4 ms) on first use, and only
// a report written to a file (-o) uses it.
import { promises as fsp } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { RULES } from '../../rules/index.js';
import { notAnalysed, type FileReport } from '../analyze.js';
import { FolderListings } from '../config/listings.js';
import type { Threshold } from '../config/types.js';
import { sanitize, useColor } from '../report/color.js';
import { FORMATS, render, type Format, type RenderContext } from '../report/formats.js';
import { type Rule, SEVERITIES, severityRank } from '../rules/types.js';
import { TOOL } from '../version.js';
import { analyzeAll, defaultThreads, WorkerStarter, type Item } from './analyze-all.js';
import { changedSince } from './changes.js';
import type { RuleOptions } from './config-options.js';
import { configureInputs } from './file-settings.js';
import { deliver, fixModeOf, fixOne, type Fixed } from './fix-mode.js';
import { LONG_RUN_FILES, lowerHelperThreads } from './helper-threads.js';
import { FILE_LOOK, reportStream } from './report-stream.js';
import { checkGates, parseSize } from './gates.js';
import { DEFAULT_MAX_FILE_BYTES, findInputs, readAllStdin, readInput } from './inputs.js';
import { pairOutputs } from './outputs.js';
import { addRuleCommands } from './rule-commands.js';
import { youngGenerationForAnalyses, type YoungGeneration } from './young-generation.js';

interface CliOptions extends RuleOptions {
  format: Format[];
  output: string[];
  config?: string;
  color?: boolean;
  stdinFilename: string;
  buildArg: string[];
  maxFileSize: number;
  context?: string;
  changed?: string[];
  changedSince?: string;
  minScore?: number;
  maxImageSize?: number;
  maxWaste?: number;
  jobs?: number;
  fix?: boolean;
  fixUnsafe?: boolean;
  diff?: boolean;
}

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  readonly stderr: { write(s: string): unknown };
  readonly readStdin: () => Promise<Uint8Array>;
  /** The entry worker threads run (dist/worker.cjs); without it every file is analysed on this thread. */
  readonly workerScript?: URL;
  /** Called once a run turns out long (LONG_RUN_FILES found), before any worker starts. */
  readonly onLongRun?: () => void;
  /** Told of each file analysed on this thread (see young-generation.ts). */
  readonly young?: YoungGeneration;
}

export async function main(io: CliIo): Promise<number> {
  /** One line on stderr; text from files (paths, messages) cannot break it into more. */
  const say = (line: string): void => void io.stderr.write(`dfscan: ${sanitize(line)}\n`);
  /** Set by a subcommand (rules, explain); without one, the paths to scan are set instead. */
  let code = 0;
  const scan: { paths?: string[] } = {};
  const program = new Command()
    .name('dfscan')
    .description('Dockerfile layer-cache and image-size analyzer')
    .version(TOOL.version, '-V, --version')
    // Program options go before a subcommand, so that `dfscan rules --format json` is the subcommand's.
    .enablePositionalOptions()
    .argument('[paths...]', 'Dockerfiles or folders to scan; - reads standard input (a file named like a command: ./rules)', ['Dockerfile'])
    .addOption(
      new Option('-f, --format <format>', 'report format (repeatable)').choices(FORMATS).argParser(collectFormat).default([], 'tty'),
    )
    .addOption(
      new Option('-o, --output <file>', 'write the report of the -f in the same position to a file (repeatable)').argParser(collect).default([], 'standard output'),
    )
    .option('-c, --config <file>', 'configuration file (default: the nearest .dfscan.yaml, else .hadolint.yaml, up to the repository root)')
    .addOption(new Option('--failure-threshold <severity>', 'exit 1 when a finding is at least this severe (default: warning)').choices([...SEVERITIES, 'none']))
    .option('--ignore <rule>', 'do not run this rule: id or alias (repeatable)', collect)
    .option('--error <rule>', 'report this rule as an error (repeatable)', collect)
    .option('--warning <rule>', 'report this rule as a warning (repeatable)', collect)
    .option('--info <rule>', 'report this rule as info (repeatable)', collect)
    .option('--style <rule>', 'report this rule as style (repeatable)', collect)
    .option('--report-unused-pragmas', 'report ignore pragmas and # check=skip names that suppress nothing')
    .option('--color', 'colour the report even when not writing to a terminal')
    .option('--no-color', 'do not colour the report (also: NO_COLOR=1)')
    .option('--stdin-filename <name>', 'path to report for standard input', '-')
    .option('--build-arg <NAME=VALUE>', 'value of a build argument, as docker build takes it (repeatable)', collect, [])
    .option('--max-file-size <bytes>', 'refuse files larger than this', toInt, DEFAULT_MAX_FILE_BYTES)
    .option('-j, --jobs <n>', 'threads that analyse files when there are many (default: the number of CPUs, or 1 with two)', toInt)
    .option('--context <dir>', 'build context folder (default: each Dockerfile\'s own folder)')
    .option('--changed <paths...>', 'files changed, relative to the build context: report what they rebuild')
    .option('--changed-since <rev>', 'like --changed, with the files git reports changed since a revision')
    .option('--min-score <n>', 'gate: fail when a file\'s overall score is below n (0-100)', toScore)
    .option('--max-image-size <size>', 'gate: fail when an estimated image is larger (e.g. 200MB)', toSize)
    .option('--max-waste <size>', 'gate: fail when an image wastes more (caches, files deleted later)', toSize)
    .option('--fix', 'apply the safe fixes to the files, then report what remains (with -, print the fixed file)')
    .option('--fix-unsafe', 'also apply fixes that may change what the image does (a slimmer base, fewer packages)')
    .option('--diff', 'print the fixes as a unified diff and change nothing (exit 1 when there is something to fix)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // One line: commander's "(Did you mean ...)" joins it, and the arguments it quotes, which may
      // hold line breaks and escape sequences, are shown escaped.
      outputError: (s, write) => write(`dfscan: ${sanitize(s.replace(/^error: /, '').replace(/\n$/, '').replace(/\n(?=\(Did you mean)/g, ' '))}\n`),
    })
    .action((paths: string[]) => void (scan.paths = paths));
  addRuleCommands(program, RULES, io, (c) => (code = c));

  try {
    await program.parseAsync(io.argv as string[], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    throw err;
  }
  if (!scan.paths) return code;

  const opts = program.opts<CliOptions>();
  const buildArgs = parseBuildArgs(opts.buildArg);
  if (typeof buildArgs === 'string') {
    say(buildArgs);
    return 2;
  }
  const outputs = pairOutputs(opts.format, opts.output);
  if (typeof outputs === 'string') {
    say(outputs);
    return 2;
  }
  const paths = scan.paths;
  const listings = new FolderListings();
  const fixMode = fixModeOf(opts);
  const pool = { threads: opts.jobs ?? defaultThreads(availableParallelism()), workerScript: io.workerScript, young: io.young };
  // Fixing runs on this thread; otherwise workers load while the inputs are found.
  const started = fixMode ? undefined : new WorkerStarter(pool);
  let long = false;
  const onFound = (n: number): void => {
    if (!long && n >= LONG_RUN_FILES) {
      long = true;
      io.onLongRun?.();
    }
    started?.found(n);
  };
  const inputs = await findInputs(paths, { stdinName: opts.stdinFilename, maxFileBytes: opts.maxFileSize, readStdin: io.readStdin, listings, onFound });
  const configured = await configureInputs(inputs, opts, RULES, process.cwd(), listings);
  if ('problems' in configured) {
    for (const p of configured.problems) say(p);
    return 2;
  }

  const fixed: Fixed[] = [];
  /** Which of `fixed` each input's is. */
  const fixedOf = new Map<number, number>();
  const items: Item[] = [];
  for (const [i, input] of inputs.entries()) {
    if ('error' in input) {
      items.push({ report: notAnalysed(input.path, input.error) });
    } else {
      const { rules, settings, severities } = configured.settings[i]!;
      const fromStdin = input.path === opts.stdinFilename && paths.includes('-');
      const dir = opts.context ?? (fromStdin ? null : dirname(input.path));
      let changed = opts.changed;
      if (opts.changedSince !== undefined) {
        const since = changedSince(opts.changedSince, dir ?? '.');
        if ('error' in since) {
          say(since.error);
          return 2;
        }
        changed = [...(changed ?? []), ...since];
      }
      const options = {
        buildArgs,
        settings,
        severities,
        // The scan's listing of the file's folder, which is the context unless --context names another.
        context: dir === null ? null : { dir, dockerfile: fromStdin ? null : input.path, ...(opts.context === undefined && 'folder' in input && input.folder ? { entries: input.folder } : {}) },
        ...(changed ? { changed } : {}),
        fingerprints: outputs.some((o) => o.format === 'sarif' || o.format === 'gitlab'),
      };
      // Fixing edits and writes files on this thread; only analysis goes to workers.
      if (fixMode) {
        const read = readInput(input);
        if ('error' in read) {
          items.push({ report: notAnalysed(read.path, read.error) });
          continue;
        }
        fixedOf.set(i, fixed.length);
        fixed.push(await fixOne(read, fromStdin, { ...options, rules }, fixMode));
        io.young?.analysed();
        items.push({ report: fixed[fixed.length - 1]!.outcome.initial });
      } else {
        items.push({ input, options: { ...options, ruleIds: idsOf(rules) } });
      }
    }
  }
  let reports: FileReport[] = [];
  const thresholds = configured.settings.map((f) => f.failureThreshold);
  /** A terminal report's look: that of the terminal it is written to; in a file, FILE_LOOK. */
  const lookOf = (file: string | null, out: CliIo['stdout']): Pick<RenderContext, 'color' | 'width'> =>
    file !== null ? FILE_LOOK : { color: out === io.stdout && useColor(opts.color, io.env, io.stdout.isTTY === true), width: out.columns ?? 80 };
  // The reports are written file by file as reports come, keeping little of each
  // (report-stream.ts); with --fix, at the end, from the reports of the fixed text.
  const stream = fixMode ? null : reportStream(outputs, io.stdout, io.stderr, { root: process.cwd(), ...lookOf(null, io.stdout) });
  await analyzeAll(items, { ...pool, started }, (r) => {
    reports.push(stream ? stream.file(r, thresholds[reports.length] ?? 'warning') : r);
  });
  for (const r of reports) if (r.error !== null) say(`${r.path}: ${r.error}`);
  // With --fix the report goes to standard error when the fixed text of `-` takes standard output;
  // with --diff the diff takes the report's place.
  let reportOut: CliIo['stdout'] = io.stdout;
  let writeFailed = false;
  let diff: string | null = null;
  let diffChanges = false;
  if (fixMode) {
    const delivery = await deliver(fixed, fixMode);
    for (const p of delivery.problems) say(p);
    reports = reports.map((r, i) => (fixedOf.has(i) ? delivery.reports[fixedOf.get(i)!]! : r));
    if (fixMode.kind === 'diff') diff = delivery.stdout;
    else if (delivery.usedStdout) {
      io.stdout.write(delivery.stdout);
      reportOut = { write: (s: string) => io.stderr.write(s) };
    }
    writeFailed = delivery.failed;
    diffChanges = delivery.changes;
  }

  if (diff !== null) {
    // The diff takes the place of the report: on standard output, or in the first -o file.
    const file = outputs[0]?.file ?? null;
    if (file === null) io.stdout.write(diff);
    else if (!(await writeReport(file, diff, io))) return 2;
    return reports.some((r) => r.error !== null) ? 2 : diffChanges ? 1 : 0;
  }

  const gates = checkGates(reports, { minScore: opts.minScore, maxImageSize: opts.maxImageSize, maxWaste: opts.maxWaste });
  if (stream && !stream.end(reports, gates)) writeFailed = true;
  for (const { format, file } of stream ? [] : outputs) {
    const text = render(format, reports, { root: process.cwd(), ...lookOf(file, reportOut), gates });
    if (file === null) reportOut.write(text);
    else if (!(await writeReport(file, text, io))) writeFailed = true;
  }
  if (writeFailed) return 2;
  const exit = exitCode(reports, thresholds);
  return exit === 0 && gates.some((g) => !g.pass) ? 1 : exit;
}

/** 2 when a file could not be analysed; else 1 when a file has a finding at or above its threshold. */
export function exitCode(reports: readonly FileReport[], thresholds: readonly Threshold[]): number {
  if (reports.some((r) => r.error !== null)) return 2;
  const failed = reports.some((r, i) => {
    const threshold = thresholds[i] ?? 'warning';
    return threshold !== 'none' && r.findings.some((f) => severityRank(f.severity) >= severityRank(threshold));
  });
  return failed ? 1 : 0;
}

/** Writes a report file; false (with one line on stderr) when it cannot. */
async function writeReport(file: string, text: string, io: CliIo): Promise<boolean> {
  try {
    await fsp.writeFile(file, text);
    return true;
  } catch (err) {
    io.stderr.write(`dfscan: ${sanitize(`${file}: cannot write the report: ${(err as Error).message.split('\n')[0]}`)}\n`);
    return false;
  }
}

/** The ids of a rule list, once per list: files under one configuration share it. */
const ruleIdLists = new WeakMap<readonly Rule[], readonly string[]>();
function idsOf(rules: readonly Rule[]): readonly string[] {
  let ids = ruleIdLists.get(rules);
  if (!ids) ruleIdLists.set(rules, (ids = rules.map((r) => r.id)));
  return ids;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Commander's choices() keeps only the last value of a repeated option; this keeps them all. */
function collectFormat(value: string, previous: Format[]): Format[] {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`Allowed choices are ${FORMATS.join(', ')}.`);
  return [...previous, value as Format];
}

function toInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('Expected a positive whole number.');
  return n;
}

function toScore(value: string): number {
  const n = Number(value);
  // InvalidArgumentError, which commander reports in one line; any other error it lets through unsaid.
  if (!Number.isInteger(n) || n < 0 || n > 100) throw new InvalidArgumentError('Expected a whole number from 0 to 100.');
  return n;
}

function toSize(value: string): number {
  const n = parseSize(value);
  if (n === null) throw new InvalidArgumentError('Not a size (use e.g. 200MB, 1.5GB, 300MiB).');
  return n;
}

function parseBuildArgs(values: readonly string[]): Map<string, string> | string {
  const out = new Map<string, string>();
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0) return `--build-arg ${v}: expected NAME=VALUE`;
    out.set(v.slice(0, eq), v.slice(eq + 1));
  }
  return out;
}

/** `workerScript`: the entry worker threads start from (dist/worker.cjs, see worker-entry.ts). */
export async function run(workerScript?: URL): Promise<void> {
  // Standard error is made on its first use: a run that says nothing there does not load what
  // Node needs for it (node:net when it is a pipe, 4 ms of a one-file run).
  let made: NodeJS.WriteStream | undefined;
  const stderr = { write: (s: string) => (made ??= quietOnEpipe(process.stderr)).write(s) };
  try {
    process.exitCode = await main({
      argv: process.argv.slice(2),
      env: process.env,
      stdout: quietOnEpipe(process.stdout),
      stderr,
      readStdin: readAllStdin,
      ...(workerScript ? { workerScript } : {}),
      onLongRun: lowerHelperThreads,
      young: youngGenerationForAnalyses(),
    });
  } catch (err) {
    stderr.write(`dfscan: internal error: ${sanitize((err as Error)?.message?.split('\n')[0] ?? String(err))} (please report this)\n`);
    process.exitCode = 2;
  }
}

/**
 * A reader that goes away (`dfscan | head`) is not an error of dfscan's: stop quietly, as
 * programs killed by SIGPIPE do, instead of a stack trace from an unhandled 'error' event.
 */
function quietOnEpipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  return stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
