import { describe, expect, it } from 'vitest';
import { parseConfig, type ConfigSource } from '../../src/config/parse.js';
import type { ConfigFile } from '../../src/config/types.js';
import { RuleIndex } from '../../src/rules/rule-index.js';
import { RULES } from '../../rules/index.js';

const index = new RuleIndex(RULES);
const DFSCAN: ConfigSource = { path: '.dfscan.yaml', dir: '/repo', dialect: 'dfscan' };
const HADOLINT: ConfigSource = { path: '.hadolint.yaml', dir: '/repo', dialect: 'hadolint' };

function read(text: string, source = DFSCAN): ConfigFile {
  const r = parseConfig(text, source, index);
  if ('errors' in r) throw new Error(r.errors.join('\n'));
  return r.config;
}

function errors(text: string, source = DFSCAN): readonly string[] {
  const r = parseConfig(text, source, index);
  return 'errors' in r ? r.errors : [];
}

describe('.dfscan.yaml', () => {
  it('reads every key, naming rules by id or alias (any case)', () => {
    const c = read(
      [
        'ignore: [fat-base, dl3009]',
        'override:',
        '  error: [copy-before-install]',
        '  style: [SPLIT-CLEANUP]',
        'failure-threshold: info',
        'trusted-registries: [docker.io, "registry.example.com:5000"]',
        'label-schema:',
        '  maintainer: email',
        '  org.opencontainers.image.created: rfc3339',
        'strict-labels: true',
        'report-unused-pragmas: true',
      ].join('\n'),
    );
    expect(c.dialect).toBe('dfscan');
    expect(c.base).toEqual({
      ignore: ['fat-base', 'package-cache'],
      severities: new Map([
        ['copy-before-install', 'error'],
        ['split-cleanup', 'style'],
      ]),
      failureThreshold: 'info',
      trustedRegistries: ['docker.io', 'registry.example.com:5000'],
      labelSchema: { maintainer: 'email', 'org.opencontainers.image.created': 'rfc3339' },
      strictLabels: true,
      reportUnusedPragmas: true,
    });
    expect(c.overrides).toEqual([]);
  });

  it('an empty file, a file of comments and empty values set nothing', () => {
    expect(read('').base).toEqual({});
    expect(read('# nothing yet\n').base).toEqual({});
    expect(read('ignore:\noverride:\n').base).toEqual({});
  });

  it('per-path overrides: a glob with a slash matches from the file\'s folder, one without matches a file name anywhere', () => {
    const c = read(['overrides:', '  "legacy/**":', '    ignore: [no-multi-stage]', '  Dockerfile.dev:', '    failure-threshold: none', '  ./tools/*.Dockerfile: {}'].join('\n'));
    expect(c.overrides.map((o) => o.glob)).toEqual(['legacy/**', 'Dockerfile.dev', './tools/*.Dockerfile']);
    const [legacy, dev, tools] = c.overrides;
    expect(legacy!.layer).toEqual({ ignore: ['no-multi-stage'] });
    expect(legacy!.matches('legacy/api/Dockerfile')).toBe(true);
    expect(legacy!.matches('svc/legacy/Dockerfile')).toBe(false);
    expect(dev!.layer).toEqual({ failureThreshold: 'none' });
    expect(dev!.matches('Dockerfile.dev')).toBe(true);
    expect(dev!.matches('a/b/Dockerfile.dev')).toBe(true);
    expect(dev!.matches('Dockerfile')).toBe(false);
    expect(tools!.matches('tools/x.Dockerfile')).toBe(true);
    expect(tools!.matches('x.Dockerfile')).toBe(false);
  });
});

describe('.hadolint.yaml', () => {
  it("reads hadolint's keys onto dfscan's settings", () => {
    const c = read(
      [
        'ignored:',
        '  - DL3009',
        '  - SC2086',
        'override:',
        '  info: [DL3019]',
        'failure-threshold: ignore',
        'trustedRegistries: docker.io',
        'label-schema: { author: text }',
        'strict-labels: false',
        'format: json',
        'no-color: true',
        'verbose: false',
        'disable-ignore-pragma: false',
      ].join('\n'),
      HADOLINT,
    );
    expect(c.base).toEqual({
      ignore: ['package-cache'],
      severities: new Map([['package-cache', 'info']]),
      failureThreshold: 'none',
      trustedRegistries: ['docker.io'],
      labelSchema: { author: 'text' },
      strictLabels: false,
    });
  });

  it('no-fail is failure-threshold none; trusted-registries is read in both spellings', () => {
    expect(read('no-fail: true\ntrusted-registries: [a.io, b.io]', HADOLINT).base).toEqual({ failureThreshold: 'none', trustedRegistries: ['a.io', 'b.io'] });
    expect(read('no-fail: false', HADOLINT).base).toEqual({});
  });

  it("keeps dfscan's own keys out of hadolint's file, and hadolint's out of dfscan's", () => {
    expect(errors('ignore: [DL3009]', HADOLINT)).toEqual([expect.stringMatching(/^\.hadolint\.yaml:1:1: unknown key "ignore" \(did you mean "ignored"\?\); valid keys: disable-ignore-pragma, failure-threshold, format, ignored, /)]);
    expect(errors('ignored: [DL3009]')).toEqual([
      '.dfscan.yaml:1:1: unknown key "ignored" (did you mean "ignore"?); valid keys: failure-threshold, ignore, label-schema, override, overrides, report-unused-pragmas, strict-labels, trusted-registries',
    ]);
  });
});

describe('bad configuration files: one line per problem, file:line:column', () => {
  it('the example of the README', () => {
    expect(errors('ignore:\n  - fat-bse\nignored: [DL3009]\n')).toEqual([
      '.dfscan.yaml:2:5: unknown rule "fat-bse"; did you mean "fat-base"? (dfscan rules lists them)',
      '.dfscan.yaml:3:1: unknown key "ignored" (did you mean "ignore"?); valid keys: failure-threshold, ignore, label-schema, override, overrides, report-unused-pragmas, strict-labels, trusted-registries',
    ]);
  });

  it('invalid YAML', () => {
    expect(errors('ignore: [a, b\n')).toEqual(['.dfscan.yaml:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']);
    expect(errors('ignore:\n\t- fat-base\n')).toEqual([expect.stringMatching(/^\.dfscan\.yaml:2:1: invalid YAML: Tabs are not allowed/)]);
    expect(errors('strict-labels: true\nstrict-labels: false\n')).toEqual(['.dfscan.yaml:2:1: this key is given twice']);
    expect(errors('ignore: []\n---\nignore: []\n')).toEqual(['.dfscan.yaml:2:1: a configuration file holds one YAML document (found a second one after ---)']);
    expect(errors('ignore: !custom [fat-base]\n')).toEqual(['.dfscan.yaml:1:9: invalid YAML: Unresolved tag: !custom']);
  });

  it('values of the wrong type', () => {
    expect(
      errors(
        [
          'ignore: fat-base',
          'override:',
          '  error: package-cache',
          '  fatal: [fat-base]',
          'failure-threshold: high',
          'trusted-registries: [docker.io, 5000]',
          'label-schema:',
          '  maintainer: mail',
          '  version:',
          'strict-labels: yes',
        ].join('\n'),
      ),
    ).toEqual([
      '.dfscan.yaml:1:9: ignore must be a list, e.g. ignore: [a, b]',
      '.dfscan.yaml:3:10: override.error must be a list, e.g. override.error: [a, b]',
      '.dfscan.yaml:4:3: unknown severity "fatal" under override; valid keys: error, warning, info, style',
      '.dfscan.yaml:5:20: failure-threshold "high" is not one of error, warning, info, style, none',
      '.dfscan.yaml:6:33: each item of trusted-registries must be a non-empty string',
      '.dfscan.yaml:8:15: label-schema: "mail" is not a label type; valid types: text, url, rfc3339, spdx, hash, semver, email',
      '.dfscan.yaml:9:3: label-schema: label "version" needs a type (text, url, rfc3339, spdx, hash, semver, email)',
      '.dfscan.yaml:10:16: strict-labels must be true or false',
    ]);
    expect(errors('- fat-base\n')).toEqual(['.dfscan.yaml:1:1: a configuration file must be a mapping of settings']);
    expect(errors('overrides: [legacy]\n')).toEqual(['.dfscan.yaml:1:12: overrides must map a glob to settings, e.g. "legacy/**": { ignore: [fat-base] }']);
    expect(errors('overrides:\n  legacy/**: [fat-base]\n')).toEqual(['.dfscan.yaml:2:14: the settings for "legacy/**" must be a mapping of settings']);
  });

  it('unknown keys, also inside overrides, where overrides cannot nest', () => {
    expect(errors('overrides:\n  "a/*":\n    overrides: {}\n    ignores: [fat-base]\n')).toEqual([
      '.dfscan.yaml:3:5: overrides cannot be nested: give each glob its settings at the top level',
      '.dfscan.yaml:4:5: unknown key "ignores" (did you mean "ignore"?); valid keys: failure-threshold, ignore, label-schema, override, report-unused-pragmas, strict-labels, trusted-registries',
    ]);
  });

  it('unknown rules, in ignore and override; ShellCheck codes only pass in hadolint\'s file', () => {
    expect(errors('ignore: [DL9999, package-cach]\noverride:\n  info: [SC2086]\n')).toEqual([
      '.dfscan.yaml:1:10: unknown rule "DL9999" (dfscan rules lists them)',
      '.dfscan.yaml:1:18: unknown rule "package-cach"; did you mean "package-cache"? (dfscan rules lists them)',
      '.dfscan.yaml:3:10: unknown rule "SC2086" (dfscan rules lists them)',
    ]);
    expect(errors('ignored: [DL9999, SC2086]\n', HADOLINT)).toEqual(['.hadolint.yaml:1:11: unknown rule "DL9999" (dfscan rules lists them)']);
  });

  it('a rule given two severities, also through two of its aliases', () => {
    expect(errors('override:\n  error: [package-cache]\n  info: [DL3019]\n')).toEqual([
      '.dfscan.yaml:3:10: rule package-cache is given two severities under override (error and info)',
    ]);
    expect(read('override:\n  info: [DL3009, DL3019]\n').base.severities).toEqual(new Map([['package-cache', 'info']]));
  });

  it('YAML aliases are refused (no alias bombs)', () => {
    expect(errors('x: &list [fat-base]\n')).toEqual(['.dfscan.yaml:1:1: unknown key "x"; valid keys: failure-threshold, ignore, label-schema, override, overrides, report-unused-pragmas, strict-labels, trusted-registries']);
    expect(errors('override:\n  error: &l [fat-base]\nignore: *l\n')).toEqual(['.dfscan.yaml:3:9: YAML aliases (*name) are not supported in a configuration file']);
  });
});
