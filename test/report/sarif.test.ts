import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { analyzeFile, type FileReport } from '../../src/analyze.js';
import { FINGERPRINT_KEY } from '../../src/report/sarif.js';
import { ruleUrl } from '../../src/report/rule-docs.js';
import { RULES } from '../../rules/index.js';
import { corpusFiles, corpusPresent } from '../helpers/corpus.js';
import { lines } from '../helpers/analyze.js';
import { report, reportFile, reportText, unreadable } from '../helpers/reports.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema's pattern for `language` has a stray `]`, legal only without the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const ROOT = '/repo';

function sarif(files: readonly FileReport[]) {
  const text = reportText('sarif', files, { root: ROOT });
  const log = JSON.parse(text);
  const valid = validate(log);
  return { log, errors: valid ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n') };
}

const WITH_ERRORS = lines('FROM node:22', 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12', 'COPY . .', 'RUN npm ci', 'BOGUS x');

/** SARIF's level for a severity: info and style findings are notes. */
function level(severity: string): string {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema: findings, a file not analysed, paths inside and outside the root', async () => {
    const files = [
      await reportFile('examples/node-app/Dockerfile'),
      await report('/repo/svc/api/Dockerfile', WITH_ERRORS),
      await report('/elsewhere/with space/Dockerfile', WITH_ERRORS),
      await report('svc/ünïcode #1.Dockerfile', lines('FROM debian:bookworm', 'RUN echo "héllo 𝄞" && apt-get update && apt-get install -y curl')),
      unreadable('missing/Dockerfile', 'no such file or directory'),
    ];
    const { log, errors } = sarif(files);
    expect(errors).toEqual([]);
    const run = log.runs[0];
    expect(log.runs).toHaveLength(1);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'missing/Dockerfile: no such file or directory' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'missing/Dockerfile', uriBaseId: '%SRCROOT%' } } }] },
    ]);
    const uris = [...new Set(run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri))];
    expect(uris).toEqual(['examples/node-app/Dockerfile', 'svc/api/Dockerfile', 'file:///elsewhere/with%20space/Dockerfile', 'svc/%C3%BCn%C3%AFcode%20%231.Dockerfile']);
    expect(run.results).toHaveLength(files.reduce((n, f) => n + f.findings.length, 0));
  });

  it('is written a result at a time as the text JSON.stringify gives the whole log (two-space indent)', async () => {
    const files = [
      await reportFile('examples/node-app/Dockerfile'),
      unreadable('missing/Dockerfile', 'no such file or directory'),
      await report('/repo/svc/api/Dockerfile', WITH_ERRORS),
      await report('svc/ünïcode #1.Dockerfile', lines('FROM debian:bookworm', 'RUN echo "héllo 𝄞" && apt-get update && apt-get install -y curl')),
    ];
    for (const run of [files, files.slice(1, 2), []]) {
      const text = reportText('sarif', run, { root: ROOT });
      const log = JSON.parse(text);
      expect(text).toBe(`${JSON.stringify(log, null, 2)}\n`);
      expect(log.runs[0].results).toHaveLength(run.reduce((n, f) => n + f.findings.length, 0));
      for (const r of log.runs[0].results) expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
  });

  it('proposes each finding\'s fix: its edits as replacements, unsafe ones said so', async () => {
    const { log, errors } = sarif([await reportFile('examples/node-app/Dockerfile')]);
    expect(errors).toEqual([]);
    const byRule = new Map(log.runs[0].results.map((r: any) => [r.ruleId, r]));
    const fat: any = byRule.get('fat-base');
    expect(fat.fixes).toEqual([
      {
        description: { text: 'use node:22-slim (unsafe: may change what the image does; dfscan --fix-unsafe)' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'examples/node-app/Dockerfile', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 4, startColumn: 6, endLine: 4, endColumn: 13 }, insertedContent: { text: 'node:22-slim' } }],
          },
        ],
      },
    ]);
    const cache: any = byRule.get('package-cache');
    expect(cache.fixes[0].artifactChanges[0].replacements).toEqual([
      { deletedRegion: { startLine: 10, startColumn: 22, endLine: 10, endColumn: 22 }, insertedContent: { text: ' && npm cache clean --force' } },
    ]);
    expect((byRule.get('context-leak') as any)?.fixes).toBeUndefined();
  });

  it('the schema check catches what GitHub would refuse (0-based lines, unknown levels)', async () => {
    const { log } = sarif([await reportFile('examples/node-app/Dockerfile')]);
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].results[1].level = 'warn';
    expect(validate(log)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/results/0/locations/0/physicalLocation/region/startLine', '/runs/0/results/1/level']),
    );
  });

  it('describes every reported rule, and only those, with its docs and help URI', async () => {
    const file = await report('Dockerfile', WITH_ERRORS);
    const { log } = sarif([file]);
    const rules = log.runs[0].tool.driver.rules;
    const reported = [...new Set(file.findings.map((f) => f.rule))].sort();
    expect(rules.map((r: any) => r.id)).toEqual(reported);
    for (const [i, r] of rules.entries()) {
      const rule = RULES.find((x) => x.id === r.id)!;
      expect(r.helpUri).toBe(ruleUrl(rule.id));
      expect(r.helpUri).toBe(`https://github.com/dfscan/dfscan/blob/main/rules/${rule.id}.ts`);
      expect(r.shortDescription.text).toBe(rule.summary);
      expect(r.fullDescription.text).toBe(rule.docs.what);
      expect(r.help.markdown).toContain(rule.docs.why);
      expect(r.help.markdown).toContain('```dockerfile\n');
      expect(r.defaultConfiguration.level).toBe(level(rule.severity));
      for (const res of log.runs[0].results.filter((x: any) => x.ruleId === r.id)) expect(res.ruleIndex).toBe(i);
    }
  });

  it('gives 1-based regions and the real level of each finding', async () => {
    const file = await report('Dockerfile', WITH_ERRORS);
    const { log } = sarif([file]);
    const got = log.runs[0].results.map((r: any) => [r.ruleId, r.level, r.locations[0].physicalLocation.region]);
    expect(got).toEqual(
      file.findings.map((f) => [f.rule, level(f.severity), { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }]),
    );
    expect(got.find((g: any) => g[0] === 'syntax-error')).toEqual(['syntax-error', 'error', { startLine: 5, startColumn: 1, endLine: 5, endColumn: 6 }]);
  });

  it('keeps partial fingerprints when lines move, and changes them when the instruction does', async () => {
    const prints = async (text: string): Promise<string[]> => {
      const { log } = sarif([await report('Dockerfile', text)]);
      return log.runs[0].results.map((r: any) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`);
    };
    const before = await prints(WITH_ERRORS);
    expect(new Set(before).size).toBe(before.length);
    // Lines above, comments and blank lines, re-wrapped continuation lines: same fingerprints.
    const moved = await prints(
      lines('# syntax=docker/dockerfile:1', '', '# the base', 'FROM node:22', '', 'RUN apt-get update \\', '    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12', '', 'COPY . .', 'RUN npm ci', 'BOGUS x'),
    );
    expect(moved).toEqual(before);
    // A different instruction: a different fingerprint for its finding only.
    const edited = await prints(WITH_ERRORS.replace(' curl=', ' wget='));
    expect(edited.filter((p, i) => p !== before[i])).toHaveLength(1);
  });

  it('tells identical instructions apart by their order', async () => {
    const twice = lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12', 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12');
    const { log } = sarif([await report('Dockerfile', twice)]);
    // The same finding on each RUN (the second RUN also has findings of its own, as a repeat).
    const prints = log.runs[0].results.filter((r: any) => r.ruleId === 'package-cache').map((r: any) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(prints).toHaveLength(2);
    expect(prints[0]).not.toBe(prints[1]);
  });

  it.skipIf(!corpusPresent())('validates for a sample of the corpus', async () => {
    const files = corpusFiles('files').filter((_, i) => i % 40 === 0);
    const reports = [];
    for (const path of files) reports.push(await analyzeFile({ path, bytes: readFileSync(path) }));
    const { log, errors } = sarif(reports);
    expect(errors).toEqual([]);
    expect(log.runs[0].results.length).toBeGreaterThan(10);
  });
});
