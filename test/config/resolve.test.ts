import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { configLayers, resolveSettings } from '../../src/config/resolve.js';
import type { ConfigFile, SettingsLayer } from '../../src/config/types.js';
import { RuleIndex } from '../../src/rules/rule-index.js';
import { analyzeFile } from '../../src/analyze.js';
import { DEFAULT_SETTINGS, defineRule } from '../../src/rules/types.js';
import { DEFAULT_RULES, RULES } from '../../rules/index.js';

const index = new RuleIndex(RULES);

function config(text: string): ConfigFile {
  const r = parseConfig(text, { path: '.dfscan.yaml', dir: '/repo', dialect: 'dfscan' }, index);
  if ('errors' in r) throw new Error(r.errors.join('\n'));
  return r.config;
}

const CONFIG = config(
  [
    'ignore: [fat-base]',
    'override:',
    '  info: [package-cache]',
    '  error: [split-cleanup]',
    'failure-threshold: error',
    'trusted-registries: [docker.io]',
    'overrides:',
    '  "legacy/**":',
    '    ignore: [no-multi-stage]',
    '    override:',
    '      style: [package-cache]',
    '    trusted-registries: [legacy.example.com]',
    '  Dockerfile.dev:',
    '    failure-threshold: none',
    '    override:',
    '      warning: [package-cache]',
  ].join('\n'),
);

function forFile(path: string, cli: SettingsLayer = {}) {
  return resolveSettings(RULES, [...configLayers(CONFIG, path), cli]);
}

describe('the settings of one Dockerfile', () => {
  it('defaults: every rule but the opt-in ones, default severities, threshold warning', () => {
    const s = resolveSettings(RULES, []);
    expect(s.rules).toEqual(DEFAULT_RULES);
    expect(s.severities.size).toBe(0);
    expect(s.failureThreshold).toBe('warning');
    expect(s.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('the configuration file over the defaults', () => {
    const s = forFile('/repo/svc/Dockerfile');
    expect(s.rules.map((r) => r.id)).not.toContain('fat-base');
    expect(s.rules).toHaveLength(DEFAULT_RULES.length - 1);
    expect(Object.fromEntries(s.severities)).toEqual({ 'package-cache': 'info', 'split-cleanup': 'error' });
    expect(s.failureThreshold).toBe('error');
    expect(s.settings.trustedRegistries).toEqual(['docker.io']);
  });

  it('matching overrides over the file, in file order; ignore adds up', () => {
    const legacy = forFile('/repo/legacy/api/Dockerfile.dev');
    expect(legacy.rules.map((r) => r.id)).not.toContain('fat-base');
    expect(legacy.rules.map((r) => r.id)).not.toContain('no-multi-stage');
    // Both overrides match; the later one names package-cache last.
    expect(legacy.severities.get('package-cache')).toBe('warning');
    expect(legacy.severities.get('split-cleanup')).toBe('error');
    expect(legacy.failureThreshold).toBe('none');
    expect(legacy.settings.trustedRegistries).toEqual(['legacy.example.com']);
    expect(forFile('/repo/legacy/Dockerfile').severities.get('package-cache')).toBe('style');
    // A path outside the configuration's folder matches no glob.
    expect(forFile('/elsewhere/legacy/Dockerfile').severities.get('package-cache')).toBe('info');
  });

  it('the command line over everything', () => {
    const s = forFile('/repo/legacy/Dockerfile.dev', {
      ignore: ['copy-before-install'],
      severities: new Map([['package-cache', 'error']]),
      failureThreshold: 'style',
      reportUnusedPragmas: true,
    });
    expect(s.rules.map((r) => r.id).sort()).toEqual(DEFAULT_RULES.map((r) => r.id).filter((id) => !['fat-base', 'no-multi-stage', 'copy-before-install'].includes(id)).sort());
    expect(s.severities.get('package-cache')).toBe('error');
    expect(s.failureThreshold).toBe('style');
    expect(s.settings.reportUnusedPragmas).toBe(true);
    expect(s.settings.trustedRegistries).toEqual(['legacy.example.com']);
  });
});

describe('opt-in rules', () => {
  it('run only when the configuration gives them a severity, as hadolint turns on its "ignore" rules', () => {
    const optIn = RULES.filter((r) => r.optIn).map((r) => r.id);
    expect(optIn).toContain('healthcheck-missing');
    expect(resolveSettings(RULES, []).rules.map((r) => r.id)).not.toContain('healthcheck-missing');
    const on = resolveSettings(RULES, [{ severities: new Map([['healthcheck-missing', 'warning']]) }]);
    expect(on.rules.map((r) => r.id)).toContain('healthcheck-missing');
    expect(on.rules.map((r) => r.id)).not.toContain('inline-ignore-pragma');
  });
});

describe('ignored rules', () => {
  it('do not run at all', async () => {
    let runs = 0;
    const probe = defineRule({ ...RULES[0]!, id: 'probe', check: () => void runs++ });
    const all = [...RULES, probe];
    const text = 'FROM alpine:3.24\n';
    await analyzeFile({ path: 'Dockerfile', text }, { rules: resolveSettings(all, [{ ignore: ['fat-base'] }]).rules });
    expect(runs).toBe(1);
    await analyzeFile({ path: 'Dockerfile', text }, { rules: resolveSettings(all, [{ ignore: ['fat-base'] }, { ignore: ['probe'] }]).rules });
    expect(runs).toBe(1);
  });
});
