/**
 * The pragma engine, with the real package-cache rule and two stand-in rules that alias
 * BuildKit check names (the rules that own those names live on their own).
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analyze.js';
import { DEFAULT_SETTINGS, defineRule, type Rule, type Severity } from '../../src/rules/types.js';
import { lines, ruleById } from '../helpers/analyze.js';

/** Reports every instruction with `keyword`. */
function everyInstruction(id: string, keyword: string, aliases: string[]): Rule {
  return defineRule({
    id,
    category: 'style',
    severity: 'warning',
    aliases,
    summary: `every ${keyword}`,
    fixable: false,
    docs: { what: '-', why: '-', example: '-', fix: '-' },
    check({ graph, report }) {
      for (const node of graph.nodes) if (node.keyword === keyword) report({ node, message: `${keyword} here` });
    },
  });
}

const CMD = everyInstruction('cmd-rule', 'CMD', ['JSONArgsRecommended']);
const WORKDIR = everyInstruction('workdir-rule', 'WORKDIR', ['WorkdirRelativePath', 'DL3000']);
const PACKAGE_CACHE = ruleById('package-cache');

async function found(text: string, rules: readonly Rule[] = [PACKAGE_CACHE, CMD, WORKDIR], severities?: Map<string, Severity>): Promise<string[]> {
  const report = await analyzeFile({ path: 'Dockerfile', text }, { rules, severities });
  expect(report.error).toBeNull();
  return report.findings.map((f) => `${f.line} ${f.rule} ${f.severity}`);
}

const APT = 'RUN apt-get update && apt-get install -y curl';

describe('# dfscan ignore= and # hadolint ignore=', () => {
  it('silence the instruction below, through the run of comment lines directly above it', async () => {
    expect(
      await found(
        lines('FROM debian:bookworm-slim', '# dfscan ignore=package-cache', '# why: the lists are used below', APT, APT, '# dfscan ignore=package-cache', '', APT),
      ),
    ).toEqual(['5 package-cache warning', '8 package-cache warning']);
  });

  it('# hadolint ignore=DL3009 above an install silences package-cache there', async () => {
    expect(await found(lines('FROM debian:bookworm-slim', '# hadolint ignore=DL3009', APT, APT))).toEqual(['4 package-cache warning']);
  });

  it('names are ids or aliases in any case, separated by commas; text after the list is a remark', async () => {
    expect(
      await found(lines('FROM debian:bookworm-slim', '# dfscan ignore=Package-Cache , cmd-rule  the lists are cleaned in the base', APT, '# hadolint ignore=dl3000 # relative on purpose', 'WORKDIR app', 'CMD run')),
    ).toEqual(['6 cmd-rule warning']);
  });

  it('a text that is no pragma silences nothing', async () => {
    expect(await found(lines('FROM debian:bookworm-slim', '# dfscan: ignore=package-cache', APT, '# hadolint stage ignore=DL3009', APT, '# dfscan ignore', APT))).toEqual([
      '3 package-cache warning',
      '5 package-cache warning',
      '7 package-cache warning',
    ]);
  });
});

describe('# dfscan stage ignore=', () => {
  const file = lines(
    'FROM debian:bookworm-slim AS base', // 1
    'WORKDIR app', // 2
    '# dfscan stage ignore=workdir-rule', // 3
    'WORKDIR src', // 4
    'RUN true', // 5
    'WORKDIR lib', // 6
    '# dfscan stage ignore=cmd-rule,DL3000', // 7
    'FROM base', // 8
    'WORKDIR x', // 9
    'CMD run', // 10
    'FROM base', // 11
    'WORKDIR y', // 12
    'CMD run', // 13
  );

  it('applies from the next instruction to the next FROM; above a FROM, to that whole stage', async () => {
    expect(await found(file)).toEqual(['2 workdir-rule warning', '12 workdir-rule warning', '13 cmd-rule warning']);
  });

  it('is the rest of the file in the last stage, and nothing at the end of the file', async () => {
    expect(await found(lines('FROM alpine', 'CMD a', '# dfscan stage ignore=cmd-rule', 'CMD b', 'CMD c'))).toEqual(['2 cmd-rule warning']);
    expect(await found(lines('FROM alpine', 'CMD a', '# dfscan stage ignore=cmd-rule'))).toEqual(['2 cmd-rule warning']);
  });
});

describe('# dfscan global ignore= and # hadolint global ignore=', () => {
  it('silence the whole file, wherever they are', async () => {
    expect(await found(lines('FROM debian:bookworm-slim', APT, 'CMD run', 'WORKDIR x', '# dfscan global ignore=cmd-rule', '# hadolint global ignore=DL3009'))).toEqual([
      '4 workdir-rule warning',
    ]);
  });
});

describe('# check=skip= (BuildKit)', () => {
  it('skips the rules aliasing the named checks, in the whole file', async () => {
    expect(await found(lines('# check=skip=JSONArgsRecommended', 'FROM debian:bookworm-slim', APT, 'CMD run', 'WORKDIR x'))).toEqual([
      '3 package-cache warning',
      '5 workdir-rule warning',
    ]);
    expect(await found(lines('# syntax=docker/dockerfile:1', '#check = skip = WorkdirRelativePath, JSONArgsRecommended', 'FROM alpine', 'CMD run', 'WORKDIR x'))).toEqual([]);
  });

  it('skip=all skips every rule aliasing a BuildKit check, and no other', async () => {
    expect(await found(lines('# check=skip=all', 'FROM debian:bookworm-slim', APT, 'CMD run', 'WORKDIR x'))).toEqual(['3 package-cache warning']);
  });

  it('compares names with their case, as BuildKit does, and is read only in the first lines', async () => {
    expect(await found(lines('# check=skip=jsonargsrecommended', 'FROM alpine', 'CMD run'))).toEqual(['3 cmd-rule warning']);
    expect(await found(lines('# a comment first', '# check=skip=JSONArgsRecommended', 'FROM alpine', 'CMD run'))).toEqual(['4 cmd-rule warning']);
    expect(await found(lines('', '# check=skip=JSONArgsRecommended', 'FROM alpine', 'CMD run'))).toEqual(['4 cmd-rule warning']);
  });

  it('error=true reports the BuildKit checks as errors, unless a severity is configured', async () => {
    expect(await found(lines('# check=error=true', 'FROM debian:bookworm-slim', APT, 'CMD run'))).toEqual(['3 package-cache warning', '4 cmd-rule error']);
    expect(await found(lines('# check=skip=WorkdirRelativePath;error=true', 'FROM alpine', 'CMD run', 'WORKDIR x'))).toEqual(['3 cmd-rule error']);
    expect(await found(lines('# check=error=true', 'FROM alpine', 'CMD run'), [CMD], new Map([['cmd-rule', 'info']]))).toEqual(['3 cmd-rule info']);
    expect(await found(lines('# check=error=false', 'FROM alpine', 'CMD run'))).toEqual(['3 cmd-rule warning']);
  });

  it('an option BuildKit refuses is a syntax error, as the build fails on it', async () => {
    const rules = [ruleById('syntax-error'), CMD];
    const report = await analyzeFile({ path: 'Dockerfile', text: lines('# check=skip=JSONArgsRecommended;errors=true', 'FROM alpine', 'CMD run') }, { rules });
    expect(report.findings.map((f) => `${f.line}:${f.column} ${f.rule}: ${f.message}`)).toEqual([
      '1:34 syntax-error: invalid check option "errors": BuildKit knows skip, error and experimental',
    ]);
    const bad = await analyzeFile({ path: 'Dockerfile', text: lines('# check=error=maybe', 'FROM alpine') }, { rules });
    expect(bad.findings.map((f) => f.message)).toEqual(['check option error=maybe: expected true or false']);
  });
});

describe('severity overrides', () => {
  it('replace the severity a finding is reported with', async () => {
    expect(await found(lines('FROM debian:bookworm-slim', APT, 'CMD run'), [PACKAGE_CACHE, CMD], new Map([['package-cache', 'error']]))).toEqual([
      '2 package-cache error',
      '3 cmd-rule warning',
    ]);
  });
});

describe('settings reach the rules', () => {
  it('as given to analyzeFile', async () => {
    let seen: unknown = null;
    const probe = defineRule({ ...CMD, id: 'probe', check: ({ settings }) => void (seen = settings) });
    const settings = { ...DEFAULT_SETTINGS, trustedRegistries: ['docker.io'], strictLabels: true };
    await analyzeFile({ path: 'Dockerfile', text: 'FROM alpine\n' }, { rules: [probe], settings });
    expect(seen).toEqual(settings);
  });
});
