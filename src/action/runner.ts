/**
 * The few pieces of the GitHub Actions runner protocol the action needs, after @actions/core
 * (which would bring an HTTP client into a bundle that never goes online): inputs from
 * `INPUT_*`, outputs appended to `$GITHUB_OUTPUT`, the job summary appended to
 * `$GITHUB_STEP_SUMMARY`, and a way to print text the runner must not read as commands.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, statSync } from 'node:fs';
import { escapeData } from '../report/github.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** GitHub's limit on a step's summary. */
export const SUMMARY_LIMIT = 1024 * 1024;

/** An input as the runner passes it: `INPUT_` + the name upper-cased, spaces as `_`; trimmed. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A boolean input in the YAML 1.2 core schema's spellings, as actions/toolkit accepts them. */
export function getBooleanInput(env: Env, name: string, fallback: boolean): boolean | string {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  return `input ${name}: expected true or false, got ${JSON.stringify(value)}`;
}

/** Sets step outputs; a value with a line break uses the delimited form, with a delimiter it cannot contain. */
export function setOutputs(env: Env, outputs: Readonly<Record<string, string>>): boolean {
  const file = env.GITHUB_OUTPUT;
  if (!file) return false;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    if (!/[\r\n]/.test(value)) {
      text += `${name}=${value}\n`;
      continue;
    }
    let delimiter = `ghadelimiter_${randomUUID()}`;
    while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  appendFileSync(file, text);
  return true;
}

/** Room left in the step summary, in bytes; null when the runner gave no summary file. */
export function summaryRoom(env: Env): number | null {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return null;
  let used = 0;
  try {
    used = statSync(file).size;
  } catch {
    // Not created yet: the whole limit is left.
  }
  return Math.max(0, SUMMARY_LIMIT - used);
}

export function appendSummary(env: Env, markdown: string): void {
  appendFileSync(env.GITHUB_STEP_SUMMARY!, markdown);
}

/**
 * Text from the files (the terminal report) printed so that no line of it is taken as a
 * workflow command: between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
export function verbatim(text: string): string {
  const token = randomUUID();
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}

/** A workflow command without properties (`::error::message`). */
export function command(kind: 'error' | 'warning' | 'notice', message: string): string {
  return `::${kind}::${escapeData(message)}\n`;
}
