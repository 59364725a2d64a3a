import { analyzeFile, type FileReport } from '../../src/analyze.js';
import { DEFAULT_SETTINGS, type Rule, type RuleSettings } from '../../src/rules/types.js';
import { RULES } from '../../rules/index.js';

/** Analyses Dockerfile text as the CLI would a file. */
export function analyze(text: string, rules?: readonly Rule[], settings?: Partial<RuleSettings>, dockerignore?: string): Promise<FileReport> {
  return analyzeFile({ path: 'Dockerfile', text, dockerignore: dockerignore ?? null }, { ...(rules ? { rules } : {}), ...(settings ? { settings: { ...DEFAULT_SETTINGS, ...settings } } : {}) });
}

export function ruleById(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** Joins lines with `\n`, so test Dockerfiles read like files. */
export function lines(...l: string[]): string {
  return `${l.join('\n')}\n`;
}
