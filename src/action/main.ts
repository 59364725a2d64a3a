/**
 * The GitHub Action: scans the `paths` input as the CLI would, prints the terminal report to the
 * log, annotates the findings, appends the Markdown report to the job summary, writes SARIF
 * when asked, and sets the step's outputs. Fails the step (exit 1) on a finding at or above
 * `failure-threshold` or a missed gate (`min-score`, `max-image-size`, `max-waste`), and with
 * exit 2 on bad inputs or files that could not be analysed.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyzeFile, notAnalysed, type FileReport } from '../analyze.js';
import { RULES } from '../../rules/index.js';
import { configureInputs } from '../cli/file-settings.js';
import { checkGates, parseSize, type Gates } from '../cli/gates.js';
import { FolderListings } from '../config/listings.js';
import type { Threshold } from '../config/types.js';
import { DEFAULT_MAX_FILE_BYTES, findInputs, readInput } from '../cli/inputs.js';
import { render } from '../report/formats.js';
import { reportPath } from '../report/paths.js';
import { SEVERITIES, severityRank } from '../rules/types.js';
import type { Score } from '../score/score.js';
import { TOOL } from '../version.js';
import { appendSummary, command, getBooleanInput, getInput, setOutputs, summaryRoom, verbatim, type Env } from './runner.js';

export interface ActionIo {
  readonly env: Env;
  /** The step's log: workflow commands and the report. */
  readonly stdout: { write(s: string): unknown };
  readonly cwd: string;
}

/** Less room than this in the job summary is not worth a report that says little but that it was cut. */
const MIN_SUMMARY_BYTES = 4096;

interface Inputs {
  readonly paths: readonly string[];
  readonly config: string | null;
  /** null: the configuration's, else warning. */
  readonly failureThreshold: Threshold | null;
  readonly sarifFile: string | null;
  readonly annotations: boolean;
  readonly gates: Gates;
}

export async function runAction(io: ActionIo): Promise<number> {
  const workspace = io.env.GITHUB_WORKSPACE || io.cwd;
  const inputs = readActionInputs(io.env, workspace);
  if (typeof inputs === 'string') {
    io.stdout.write(command('error', `${TOOL.name}: ${inputs}`));
    return 2;
  }
  const listings = new FolderListings();
  const found = await findInputs(
    inputs.paths.map((p) => resolve(workspace, p)),
    { stdinName: '-', maxFileBytes: DEFAULT_MAX_FILE_BYTES, readStdin: async () => new Uint8Array(), listings },
  );
  // As the CLI: the config input or, without it, the nearest .dfscan.yaml / .hadolint.yaml of each file.
  const configured = await configureInputs(
    found,
    { ...(inputs.config !== null ? { config: resolve(workspace, inputs.config) } : {}), ...(inputs.failureThreshold !== null ? { failureThreshold: inputs.failureThreshold } : {}) },
    RULES,
    workspace,
    listings,
  );
  if ('problems' in configured) {
    for (const p of configured.problems) io.stdout.write(command('error', `${TOOL.name}: ${p}`));
    return 2;
  }
  const reports: FileReport[] = [];
  for (const [i, entry] of found.entries()) {
    const input = readInput(entry);
    // Paths as the repository names them: annotations and SARIF need them relative to it.
    const path = reportPath(input.path, workspace);
    if ('error' in input) {
      reports.push(notAnalysed(path, input.error));
      continue;
    }
    const { rules, settings, severities } = configured.settings[i]!;
    // The build context is the Dockerfile's folder, as for the CLI without --context.
    reports.push(await analyzeFile({ ...input, path }, { rules, settings, severities, context: { dir: dirname(input.path), dockerfile: input.path } }));
  }

  const gates = checkGates(reports, inputs.gates);
  const context = { root: workspace, color: true, width: 120, gates };
  io.stdout.write(verbatim(render('tty', reports, context)));

  const room = summaryRoom(io.env);
  if (inputs.annotations) {
    const fullReport = room === null ? `the log of this step` : 'the job summary';
    io.stdout.write(render('github', reports, { ...context, fullReport }));
  }
  if (room !== null && room >= MIN_SUMMARY_BYTES) appendSummary(io.env, render('markdown', reports, { ...context, maxMarkdownBytes: room }));
  else if (room !== null) io.stdout.write(`${TOOL.name}: the job summary of this step is full; the report is not added to it\n`);

  let sarifPath = '';
  if (inputs.sarifFile !== null) {
    const target = resolve(workspace, inputs.sarifFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, render('sarif', reports, context));
      sarifPath = inputs.sarifFile;
    } catch (err) {
      io.stdout.write(command('error', `${TOOL.name}: sarif-file ${inputs.sarifFile}: cannot write it: ${(err as Error).message.split('\n')[0]}`));
      return 2;
    }
  }

  const analysed = reports.filter((r) => r.score !== null);
  const findings = reports.reduce((n, r) => n + r.findings.length, 0);
  setOutputs(io.env, {
    findings: String(findings),
    'worst-grade': worstGrade(analysed.map((r) => r.score!)),
    scores: JSON.stringify(analysed.map((r) => ({ path: r.path, ...r.score }))),
    'sarif-file': sarifPath,
  });

  const failed = reports.filter((r) => r.error !== null).length;
  if (failed > 0) {
    io.stdout.write(`${TOOL.name}: ${failed} file${failed === 1 ? '' : 's'} could not be analysed\n`);
    return 2;
  }
  // Each file's threshold: the input's, else its configuration's, else warning.
  const failing = reports.reduce((n, r, i) => {
    const threshold = configured.settings[i]!.failureThreshold;
    return threshold === 'none' ? n : n + r.findings.filter((f) => severityRank(f.severity) >= severityRank(threshold)).length;
  }, 0);
  const missed = gates.filter((g) => !g.pass).length;
  if (failing > 0) io.stdout.write(`${TOOL.name}: ${failing} finding${failing === 1 ? '' : 's'} at or above the failure threshold\n`);
  if (missed > 0) io.stdout.write(`${TOOL.name}: ${missed} gate${missed === 1 ? '' : 's'} missed\n`);
  return failing > 0 || missed > 0 ? 1 : 0;
}

function readActionInputs(env: Env, workspace: string): Inputs | string {
  const paths = getInput(env, 'paths')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const threshold = getInput(env, 'failure-threshold');
  if (threshold !== '' && threshold !== 'none' && !(SEVERITIES as readonly string[]).includes(threshold)) {
    return `input failure-threshold: expected one of ${[...SEVERITIES, 'none'].join(', ')}, got ${JSON.stringify(threshold)}`;
  }
  const annotations = getBooleanInput(env, 'annotations', true);
  if (typeof annotations === 'string') return annotations;
  const config = getInput(env, 'config');
  if (config !== '' && !isFile(resolve(workspace, config))) return `input config: ${config}: no such file`;
  const gates = readGates(env);
  if (typeof gates === 'string') return gates;
  const sarif = getInput(env, 'sarif-file');
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: config === '' ? null : config,
    failureThreshold: threshold === '' ? null : (threshold as Threshold),
    sarifFile: sarif === '' ? null : sarif,
    annotations,
    gates,
  };
}

/** The CLI's --min-score, --max-image-size and --max-waste, with the same values. */
function readGates(env: Env): Gates | string {
  const gates: { minScore?: number; maxImageSize?: number; maxWaste?: number } = {};
  const score = getInput(env, 'min-score');
  if (score !== '') {
    const n = Number(score);
    if (!/^\d+$/.test(score) || n > 100) return `input min-score: expected a whole number from 0 to 100, got ${JSON.stringify(score)}`;
    gates.minScore = n;
  }
  for (const [name, key] of [['max-image-size', 'maxImageSize'], ['max-waste', 'maxWaste']] as const) {
    const value = getInput(env, name);
    if (value === '') continue;
    const n = parseSize(value);
    if (n === null) return `input ${name}: not a size: ${JSON.stringify(value)} (use e.g. 200MB, 1.5GB, 300MiB)`;
    gates[key] = n;
  }
  return gates;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const GRADES: readonly Score['grade'][] = ['A', 'B', 'C', 'D', 'F'];

/** The lowest grade of the files analysed; empty when none was. */
function worstGrade(scores: readonly Score[]): string {
  return scores.reduce<Score['grade'] | ''>((worst, s) => (worst === '' || GRADES.indexOf(s.grade) > GRADES.indexOf(worst) ? s.grade : worst), '');
}
