/**
 * The README's rule table, generated from the rules' metadata (`npm run docs` writes it between
 * the marker comments; a test fails when the README differs).
 */
import type { Rule } from '../rules/types.js';

export const TABLE_START = '<!-- rules:start — generated from rules/*.ts by `npm run docs`; do not edit by hand -->';
export const TABLE_END = '<!-- rules:end -->';

export function ruleTable(rules: readonly Rule[]): string {
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.category} | ${r.severity} | ${r.fixable ? 'yes' : ''} | ${r.aliases.map((a) => `\`${a}\``).join(' ') || '—'} | ${cell(r.summary)} |`);
  return ['| id | category | severity | fix | aliases | finds |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The README with its table replaced, or null when the markers are missing. */
export function withRuleTable(readme: string, rules: readonly Rule[]): string | null {
  const range = tableRange(readme);
  if (!range) return null;
  return `${readme.slice(0, range.start)}\n${ruleTable(rules)}\n${readme.slice(range.end)}`;
}

/** The text between the markers (without them), or null when they are missing. */
export function currentTable(readme: string): string | null {
  const range = tableRange(readme);
  return range ? readme.slice(range.start, range.end).trim() : null;
}

function tableRange(readme: string): { start: number; end: number } | null {
  const open = readme.indexOf('<!-- rules:start');
  if (open === -1) return null;
  const start = readme.indexOf('-->', open) + 3;
  const end = readme.indexOf(TABLE_END, start);
  return end === -1 ? null : { start, end };
}

/** Markdown table cells cannot hold a pipe or a line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ');
}
