import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyzeFile, type FileReport } from '../../src/analyze.js';
import { DEFAULT_SETTINGS, type Rule, type RuleSettings } from '../../src/rules/types.js';
import { RULES } from '../../rules/index.js';

/** A build context to create on disk: path → text, or a size in bytes for a file of that size. */
export type ContextFiles = Readonly<Record<string, string | number>>;

/** Writes a context folder with the Dockerfile in it, and returns the Dockerfile's path. */
export function writeContext(dockerfile: string, files: ContextFiles, name = 'Dockerfile'): string {
  const dir = mkdtempSync(join(tmpdir(), 'dfscan-ctx-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'number' ? Buffer.alloc(content, 'a') : content);
  }
  const file = join(dir, name);
  writeFileSync(file, dockerfile);
  return file;
}

/**
 * Analyses Dockerfile text as the CLI would a file; with `files`, in a build context on disk
 * holding them; with `settings`, under that configuration.
 */
export function analyze(text: string, rules?: readonly Rule[], files?: ContextFiles, settings?: Partial<RuleSettings>): Promise<FileReport> {
  const options = { ...(rules ? { rules } : {}), ...(settings ? { settings: { ...DEFAULT_SETTINGS, ...settings } } : {}) };
  if (!files) return analyzeFile({ path: 'Dockerfile', text }, options);
  const path = writeContext(text, files);
  return analyzeFile({ path, text }, { ...options, context: { dir: dirname(path), dockerfile: path } });
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
