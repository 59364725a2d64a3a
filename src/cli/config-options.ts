/**
 * The command line's layer of settings: `--ignore RULE`, `--error/--warning/--info/--style RULE`
 * (each repeatable, or a comma-separated list), `--failure-threshold`, `--report-unused-pragmas`.
 * It applies over the configuration files.
 */
import { ConfigError, type SettingsLayer, type Threshold } from '../config/types.js';
import type { RuleIndex } from '../rules/rule-index.js';
import { SEVERITIES, type Severity } from '../rules/types.js';

export interface RuleOptions {
  readonly ignore?: readonly string[];
  readonly error?: readonly string[];
  readonly warning?: readonly string[];
  readonly info?: readonly string[];
  readonly style?: readonly string[];
  readonly failureThreshold?: Threshold;
  readonly reportUnusedPragmas?: boolean;
}

export function cliLayer(opts: RuleOptions, index: RuleIndex): SettingsLayer {
  const problems: string[] = [];
  const resolve = (option: string, values: readonly string[] = []): string[] =>
    values
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean)
      .flatMap((name) => {
        const rule = index.find(name);
        if (rule) return [rule.id];
        problems.push(`--${option} ${name}: ${index.unknown(name)}`);
        return [];
      });

  const ignore = resolve('ignore', opts.ignore);
  const severities = new Map<string, Severity>();
  for (const severity of SEVERITIES) {
    for (const id of resolve(severity, opts[severity])) {
      const before = severities.get(id);
      if (before && before !== severity) problems.push(`--${before} and --${severity} both name ${id}; give it one severity`);
      severities.set(id, severity);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return {
    ignore,
    severities,
    ...(opts.failureThreshold ? { failureThreshold: opts.failureThreshold } : {}),
    ...(opts.reportUnusedPragmas ? { reportUnusedPragmas: true } : {}),
  };
}
