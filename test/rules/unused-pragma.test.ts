import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analyze.js';
import { DEFAULT_SETTINGS, defineRule, type Rule } from '../../src/rules/types.js';
import { lines, ruleById } from '../helpers/analyze.js';

/** Stands in for a rule that covers a BuildKit check: reports every CMD. */
const CMD: Rule = defineRule({
  id: 'cmd-rule',
  category: 'style',
  severity: 'warning',
  aliases: ['JSONArgsRecommended'],
  summary: 'every CMD',
  fixable: false,
  docs: { what: '-', why: '-', example: '-', fix: '-' },
  check({ graph, report }) {
    for (const node of graph.nodes) if (node.keyword === 'CMD') report({ node, message: 'CMD here' });
  },
});

const UNUSED = ruleById('unused-pragma');
const RULES = [ruleById('package-cache'), ruleById('fat-base'), CMD, UNUSED];
const ON = { ...DEFAULT_SETTINGS, reportUnusedPragmas: true };
const APT = 'RUN apt-get update && apt-get install -y curl';

async function unused(text: string, rules: readonly Rule[] = RULES, settings = ON): Promise<string[]> {
  const report = await analyzeFile({ path: 'Dockerfile', text }, { rules, settings });
  expect(report.error).toBeNull();
  return report.findings.filter((f) => f.rule === 'unused-pragma').map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`);
}

describe('unused-pragma', () => {
  it('is off unless asked for', async () => {
    expect(await unused(lines('FROM debian:bookworm-slim', '# dfscan ignore=package-cache', 'RUN true'), RULES, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('stays quiet for pragmas that suppress a finding', async () => {
    expect(
      await unused(
        lines(
          '# check=skip=JSONArgsRecommended',
          'FROM node:22',
          '# hadolint ignore=DL3009,DL3019',
          APT,
          '# dfscan stage ignore=package-cache',
          APT,
          'CMD run',
          '# dfscan global ignore=fat-base',
        ),
      ),
    ).toEqual([]);
  });

  it('reports each name that suppresses nothing, where it is written', async () => {
    expect(
      await unused(
        lines(
          'FROM debian:bookworm-slim', // 1
          '# dfscan ignore=package-cache,cmd-rule', // 2
          APT, // 3
          '# dfscan stage ignore=DL3009', // 4
          'RUN true', // 5
          '# hadolint global ignore=fat-base', // 6
        ),
      ),
    ).toEqual([
      '2:31-39 `# dfscan ignore=cmd-rule` suppresses nothing: no cmd-rule finding on the instruction below',
      '4:23-29 `# dfscan stage ignore=DL3009` suppresses nothing: no package-cache (DL3009) finding in the rest of this stage',
      '6:26-34 `# hadolint global ignore=fat-base` suppresses nothing: no fat-base finding in this file',
    ]);
  });

  it('reports names in dfscan pragmas that are no rule, with the nearest one', async () => {
    expect(await unused(lines('FROM debian:bookworm-slim', '# dfscan ignore=pakage-cache,nothing-like-it', APT))).toEqual([
      '2:17-29 `pakage-cache` is no rule id or alias, so it ignores nothing; did you mean `package-cache`?',
      '2:30-45 `nothing-like-it` is no rule id or alias, so it ignores nothing',
    ]);
  });

  it("leaves hadolint's pragmas alone when dfscan cannot judge them: ShellCheck codes, codes no rule covers, rules that did not run", async () => {
    const text = lines('FROM debian:bookworm-slim', '# hadolint ignore=SC2086,DL9999,DL3009', 'RUN true', '# dfscan ignore=fat-base', 'RUN true');
    expect(await unused(text, [ruleById('package-cache'), UNUSED])).toEqual([
      '2:33-39 `# hadolint ignore=DL3009` suppresses nothing: no package-cache (DL3009) finding on the instruction below',
    ]);
  });

  it('reports # check=skip= names that skip nothing, are no BuildKit check, or are cased wrongly', async () => {
    expect(await unused(lines('# check=skip=JSONArgsRecommended,NoSuchCheck,undefinedvar,UndefinedVar', 'FROM alpine'))).toEqual([
      '1:14-33 `# check=skip=JSONArgsRecommended` skips nothing: no cmd-rule finding in this file',
      '1:34-45 `NoSuchCheck` is not a BuildKit check name, so `# check=skip` skips nothing with it',
      '1:46-58 `undefinedvar` skips nothing: BuildKit compares check names with their case, write `UndefinedVar`',
    ]);
    expect(await unused(lines('# check=skip=all', 'FROM alpine'))).toEqual(['1:14-17 `# check=skip=all` skips nothing: no BuildKit check reports anything in this file']);
    expect(await unused(lines('# check=skip=all', 'FROM alpine'), [ruleById('package-cache'), UNUSED])).toEqual([]);
  });

  it('has the default severity warning, and can itself be silenced', async () => {
    const report = await analyzeFile({ path: 'Dockerfile', text: lines('FROM alpine', '# dfscan ignore=fat-base', 'RUN true') }, { rules: RULES, settings: ON });
    expect(report.findings.map((f) => [f.rule, f.severity, f.category])).toEqual([['unused-pragma', 'warning', 'style']]);
    expect(await unused(lines('FROM alpine', '# dfscan ignore=fat-base', 'RUN true', '# dfscan global ignore=unused-pragma'))).toEqual([]);
  });
});
