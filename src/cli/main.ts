/**
 * The `dfscan` command: reads the paths, runs the analysis on each file, writes the report and
 * sets the exit code (0 clean, 1 findings at or above the threshold, 2 a file or usage problem).
 * A thin shell around analyzeFile.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { FileReport } from '../analyze.js';
import { colors, useColor } from '../report/color.js';
import { jsonWriter } from '../report/json.js';
import { ttyWriter } from '../report/tty.js';
import { SEVERITIES, severityRank, type Severity } from '../rules/types.js';
import { TOOL } from '../version.js';
import { analyzeAll } from './analyze-all.js';
import { DEFAULT_MAX_FILE_BYTES, collectInputs, readAllStdin } from './inputs.js';

interface CliOptions {
  format: 'tty' | 'json';
  output?: string;
  failureThreshold: Severity | 'none';
  color?: boolean;
  stdinFilename: string;
  buildArg: string[];
  maxFileSize: number;
  jobs: number;
}

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  readonly stderr: { write(s: string): unknown };
  readonly readStdin: () => Promise<Uint8Array>;
  /** The bundled CLI, which worker threads run; without it all files are analysed on one thread. */
  readonly workerScript?: URL;
}

export async function main(io: CliIo): Promise<number> {
  const program = new Command()
    .name('dfscan')
    .description('Dockerfile layer-cache and image-size analyzer')
    .version(TOOL.version, '-V, --version')
    .argument('[paths...]', 'Dockerfiles or folders to scan; - reads standard input', ['Dockerfile'])
    .addOption(new Option('-f, --format <format>', 'report format').choices(['tty', 'json']).default('tty'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(
      new Option('--failure-threshold <severity>', 'exit 1 when a finding is at least this severe')
        .choices([...SEVERITIES, 'none'])
        .default('warning'),
    )
    .option('--color', 'colour the report even when not writing to a terminal')
    .option('--no-color', 'do not colour the report (also: NO_COLOR=1)')
    .option('--stdin-filename <name>', 'path to report for standard input', '-')
    .option('--build-arg <NAME=VALUE>', 'value of a build argument, as docker build takes it (repeatable)', collect, [])
    .option('--max-file-size <bytes>', 'refuse files larger than this', toInt, DEFAULT_MAX_FILE_BYTES)
    .option('-j, --jobs <n>', 'analyse files on up to n threads (default: one per CPU core)', toInt, availableParallelism())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`dfscan: ${s.replace(/^error: /, '')}`),
    });

  try {
    program.parse(io.argv as string[], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    throw err;
  }

  const opts = program.opts<CliOptions>();
  const buildArgs = parseBuildArgs(opts.buildArg);
  if (typeof buildArgs === 'string') {
    io.stderr.write(`dfscan: ${buildArgs}\n`);
    return 2;
  }
  const paths = program.processedArgs[0] as string[];
  const inputs = await collectInputs(paths, { stdinName: opts.stdinFilename, maxFileBytes: opts.maxFileSize, readStdin: io.readStdin });

  const output = openOutput(opts.output, io);
  if (!output) return 2;
  const colorOn = opts.output ? false : useColor(opts.color, io.env, io.stdout.isTTY === true);
  const writer =
    opts.format === 'json'
      ? jsonWriter(output.write)
      : await ttyWriter({ colors: colors(colorOn), width: opts.output ? 80 : (io.stdout.columns ?? 80) }, output.write);
  // Each report is written as soon as its turn comes; only the exit code is kept.
  let code = 0;
  await analyzeAll(inputs, { buildArgs, maxFileBytes: opts.maxFileSize }, { threads: opts.jobs, workerScript: io.workerScript }, (r) => {
    if (r.error !== null) io.stderr.write(`dfscan: ${r.path}: ${r.error}\n`);
    writer.file(r);
    code = Math.max(code, exitCode(r, opts.failureThreshold));
  });
  writer.end();
  return output.close() ? code : 2;
}

/** 2 when the file could not be analysed, 1 when a finding is at or above the threshold, else 0. */
export function exitCode(report: FileReport, threshold: Severity | 'none'): number {
  if (report.error !== null) return 2;
  if (threshold === 'none') return 0;
  const min = severityRank(threshold);
  return report.findings.some((f) => severityRank(f.severity) >= min) ? 1 : 0;
}

interface Output {
  write(chunk: string): void;
  /** False when the report could not be written in full (the reason is on stderr). */
  close(): boolean;
}

/** Standard output, or the `-o` file, opened before the run so that a bad path fails at once. */
function openOutput(file: string | undefined, io: CliIo): Output | null {
  if (!file) return { write: (chunk) => void io.stdout.write(chunk), close: () => true };
  const fail = (err: unknown): void => {
    io.stderr.write(`dfscan: ${file}: cannot write the report: ${(err as Error).message.split('\n')[0]}\n`);
  };
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (err) {
    fail(err);
    return null;
  }
  let ok = true;
  return {
    write(chunk) {
      if (!ok) return;
      try {
        writeSync(fd, chunk);
      } catch (err) {
        ok = false;
        fail(err);
      }
    },
    close() {
      closeSync(fd);
      return ok;
    },
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function toInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('Expected a positive whole number.');
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

export async function run(workerScript?: URL): Promise<void> {
  // A reader that stops early (`dfscan ... | head`) is no error of ours.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await main({
      argv: process.argv.slice(2),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      readStdin: readAllStdin,
      ...(workerScript ? { workerScript } : {}),
    });
  } catch (err) {
    process.stderr.write(`dfscan: internal error: ${(err as Error)?.message?.split('\n')[0] ?? String(err)} (please report this)\n`);
    process.exitCode = 2;
  }
}
