/**
 * The settings each input file is analysed with: the command line's over its configuration
 * file's. Every configuration is read before any file is analysed, so that a bad one stops the
 * run instead of leaving it half-done.
 */
import { dirname, resolve } from 'node:path';
import type { FolderListings } from '../config/listings.js';
import { ConfigLoader } from '../config/load.js';
import { configLayers, resolveSettings, type FileSettings } from '../config/resolve.js';
import { ConfigError, type SettingsLayer } from '../config/types.js';
import { RuleIndex } from '../rules/rule-index.js';
import type { Rule } from '../rules/types.js';
import { cliLayer, type RuleOptions } from './config-options.js';
import type { Input } from './inputs.js';

export type Configured = { readonly settings: readonly FileSettings[] } | { readonly problems: readonly string[] };

export async function configureInputs(
  inputs: readonly Input[],
  opts: RuleOptions & { readonly config?: string },
  rules: readonly Rule[],
  cwd: string,
  listings?: FolderListings,
): Promise<Configured> {
  const index = new RuleIndex(rules);
  let cli: SettingsLayer;
  try {
    cli = cliLayer(opts, index);
  } catch (err) {
    return { problems: problemsOf(err) };
  }
  const loader = new ConfigLoader(index, cwd, listings);
  const problems = new Set<string>();
  const settings: FileSettings[] = [];
  // Files under the same configuration share one resolved object, not a copy each.
  const resolved = new Map<string, FileSettings>();
  const layerIds = new Map<SettingsLayer, number>();
  const keyOf = (layers: readonly SettingsLayer[]): string => layers.map((l) => layerIds.get(l) ?? layerIds.set(l, layerIds.size).get(l)!).join(',');
  for (const input of inputs) {
    const path = resolve(cwd, input.path);
    let layers: SettingsLayer[] = [];
    try {
      if (!('error' in input)) layers = configLayers(await (opts.config ? loader.load(opts.config) : loader.forDir(dirname(path))), path);
    } catch (err) {
      problemsOf(err).forEach((p) => problems.add(p));
    }
    const all = [...layers, cli];
    const key = keyOf(all);
    let resolvedSettings = resolved.get(key);
    if (!resolvedSettings) resolved.set(key, (resolvedSettings = resolveSettings(rules, all)));
    settings.push(resolvedSettings);
  }
  return problems.size > 0 ? { problems: [...problems] } : { settings };
}

function problemsOf(err: unknown): string[] {
  if (err instanceof ConfigError) return err.message.split('\n');
  throw err;
}
