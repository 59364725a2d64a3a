/**
 * Where each rule's documentation lives, and its docs rendered for the report formats that carry
 * them (SARIF's rule help, the markdown report's links).
 */
import type { Rule } from '../rules/types.js';

/** The project's home; rule documentation links are built from it in one place. */
export const PROJECT_URL = 'https://github.com/dfscan/dfscan';

/** The rule's source file, whose metadata is its documentation. */
export function ruleUrl(id: string): string {
  return `${PROJECT_URL}/blob/main/rules/${id}.ts`;
}

/** The docs in their fixed sections, as Markdown. Examples are Dockerfiles in fenced blocks. */
export function docsMarkdown(rule: Rule): string {
  const { what, why, example, fix, impact, notes } = rule.docs;
  const [fixText, fixCode] = splitProse(fix);
  const parts = [`**${rule.summary}**`, `## What it does\n\n${what}`, `## Why it matters\n\n${why}`, `## Example\n\n${fence(example)}`];
  parts.push(`## Fix\n\n${fixCode === null ? fixText : `${fixText}\n\n${fence(fixCode)}`}`);
  if (impact) parts.push(`## Impact\n\n${impact}`);
  if (notes) parts.push(`## Notes\n\n${notes}`);
  parts.push(`[Rule source and documentation](${ruleUrl(rule.id)})`);
  return parts.join('\n\n');
}

/** The same sections as plain text. */
export function docsText(rule: Rule): string {
  const { what, why, example, fix, impact, notes } = rule.docs;
  const parts = [rule.summary, `What it does: ${what}`, `Why it matters: ${why}`, `Example:\n${example}`, `Fix: ${fix}`];
  if (impact) parts.push(`Impact: ${impact}`);
  if (notes) parts.push(`Notes: ${notes}`);
  return parts.join('\n\n');
}

/** A fix is written as a sentence, a blank line, then the fixed Dockerfile. */
function splitProse(text: string): [string, string | null] {
  const at = text.indexOf('\n\n');
  return at === -1 ? [text, null] : [text.slice(0, at), text.slice(at + 2)];
}

function fence(code: string): string {
  const ticks = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${ticks}dockerfile\n${code}\n${ticks}`;
}
