/**
 * A rule that names its programs is not run on a file that runs none of them (run-rules.ts).
 * Held here: the programs a file runs, the skip itself, and, over every corpus file, that no
 * such rule finds anything in a file it is skipped on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWithGraph } from '../../src/analyze.js';
import { programsRun, runsAny } from '../../src/graph/programs.js';
import { Pragmas } from '../../src/rules/pragmas.js';
import { DEFAULT_SETTINGS, type ReportDescriptor, type Rule } from '../../src/rules/types.js';
import { RULES } from '../../rules/index.js';
import { CORPUS, corpusFiles, corpusPresent } from '../helpers/corpus.js';
import { analyze, lines, ruleById } from '../helpers/analyze.js';
import { graphOf } from '../helpers/graph.js';

describe('programsRun', () => {
  it('names each command of every RUN as written, its wrappers, and the command they run, nested scripts included', async () => {
    const g = await graphOf(
      lines(
        'FROM debian:bookworm-slim',
        'RUN sudo -E apt-get install -y curl && sh -c "wget -q https://example.com/x"',
        'RUN ["apk", "add", "git"]',
        'COPY --chmod=755 run.sh /usr/local/bin/',
        'CMD ["chmod", "+x", "/x"]',
      ),
    );
    const names = programsRun(g);
    for (const name of ['sudo', 'apt-get', 'wget', 'apk']) expect(names.has(name), name).toBe(true);
    // Words that are arguments, and programs outside RUN, are not programs the file runs.
    for (const name of ['curl', 'git', 'chmod', 'install']) expect(names.has(name), name).toBe(false);
  });
});

describe('rules with programs', () => {
  const wgetProgress = ruleById('wget-progress');

  it('are run only on files that run one of their programs', async () => {
    let calls = 0;
    const counted: Rule = { ...wgetProgress, check: (context) => (calls++, wgetProgress.check(context)) };
    const without = await analyze(lines('FROM debian:bookworm-slim', 'RUN curl -fsSLo /x https://example.com/x'), [counted]);
    expect(calls).toBe(0);
    expect(without.findings).toEqual([]);
    const withIt = await analyze(lines('FROM debian:bookworm-slim', 'RUN sudo wget https://example.com/x'), [counted]);
    expect(calls).toBe(1);
    expect(withIt.findings.map((f) => f.rule)).toEqual(['wget-progress']);
  });

  it('are many, and none has an empty list (which would never run)', () => {
    const named = RULES.filter((r) => r.programs);
    expect(named.length).toBeGreaterThan(20);
    for (const r of named) expect(r.programs!.length, r.id).toBeGreaterThan(0);
  });

  const present = corpusPresent();
  if (!present) console.warn(`corpus check of the rules' programs skipped: ${CORPUS} not found (see ../shared/corpus/README.md)`);

  // The declaration is a promise about the check: run each rule that was skipped on a corpus
  // file anyway, and it must find nothing there.
  it.skipIf(!present)('find nothing in a corpus file that runs none of their programs', async () => {
    const named = RULES.filter((r) => r.programs);
    const wrong: string[] = [];
    let skipped = 0;
    for (const path of corpusFiles('files')) {
      const { graph } = await analyzeWithGraph({ path, bytes: readFileSync(path) });
      if (!graph) continue;
      const pragmas = Pragmas.read(graph.file, RULES, RULES);
      for (const rule of named) {
        if (runsAny(graph, rule.programs!)) continue;
        skipped++;
        const found: ReportDescriptor[] = [];
        rule.check({ graph, settings: DEFAULT_SETTINGS, pragmas, buildContext: () => null, report: (d) => void found.push(d) });
        if (found.length > 0) wrong.push(`${path}: ${rule.id}: ${found[0]!.message}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(10_000);
  }, 600_000);
});
