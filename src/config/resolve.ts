/**
 * The settings in force for one Dockerfile. Layers apply in order, each over the ones before:
 * defaults, the configuration file, its `overrides` whose glob matches the file (in file order),
 * the command line. `ignore` adds up across layers; a severity is set per rule by the last layer
 * naming it; every other setting is replaced by the last layer that gives it.
 */
import { relative, sep } from 'node:path';
import { DEFAULT_SETTINGS, type Rule, type RuleSettings, type Severity } from '../rules/types.js';
import type { ConfigFile, SettingsLayer, Threshold } from './types.js';

export const DEFAULT_THRESHOLD: Threshold = 'warning';

export interface FileSettings {
  /** The rules that run: every rule but the ignored ones; an opt-in rule only when given a severity. */
  readonly rules: readonly Rule[];
  readonly severities: ReadonlyMap<string, Severity>;
  readonly failureThreshold: Threshold;
  readonly settings: RuleSettings;
}

/** The configuration's layers that apply to the Dockerfile at `absPath`. */
export function configLayers(config: ConfigFile | null, absPath: string): SettingsLayer[] {
  if (!config) return [];
  const rel = relative(config.dir, absPath).split(sep).join('/');
  return [config.base, ...config.overrides.filter((o) => o.matches(rel)).map((o) => o.layer)];
}

export function resolveSettings(rules: readonly Rule[], layers: readonly SettingsLayer[]): FileSettings {
  const ignored = new Set<string>();
  const severities = new Map<string, Severity>();
  let failureThreshold = DEFAULT_THRESHOLD;
  let settings: RuleSettings = DEFAULT_SETTINGS;
  for (const layer of layers) {
    layer.ignore?.forEach((id) => ignored.add(id));
    layer.severities?.forEach((severity, id) => severities.set(id, severity));
    failureThreshold = layer.failureThreshold ?? failureThreshold;
    settings = {
      trustedRegistries: layer.trustedRegistries ?? settings.trustedRegistries,
      labelSchema: layer.labelSchema ?? settings.labelSchema,
      strictLabels: layer.strictLabels ?? settings.strictLabels,
      reportUnusedPragmas: layer.reportUnusedPragmas ?? settings.reportUnusedPragmas,
    };
  }
  return { rules: rules.filter((r) => !ignored.has(r.id) && (!r.optIn || severities.has(r.id))), severities, failureThreshold, settings };
}
