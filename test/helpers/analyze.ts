import { analyzeFile, type FileReport } from '../../src/analyze.js';
import type { Rule } from '../../src/rules/types.js';
import { RULES } from '../../rules/index.js';

/** Analyses Dockerfile text as the CLI would a file. */
export function analyze(text: string, rules?: readonly Rule[]): Promise<FileReport> {
  return analyzeFile({ path: 'Dockerfile', text }, rules ? { rules } : {});
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
