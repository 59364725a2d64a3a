/**
 * `--fix` over every Dockerfile of the shared corpus, copied to a temporary folder with typical
 * manifests beside them (so that copy-before-install has a build context to fix against). For
 * each file: the fixed file still parses with no new problem; a second --fix changes nothing; no
 * fixed rule fires again where it was fixed; every byte outside the edits is unchanged, line
 * endings and byte-order mark included. Runs in-process through the CLI's own fix and write code.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deliver, fixOne } from '../../src/cli/fix-mode.js';
import { fixFile } from '../../src/fix/fix-file.js';
import { LineIndex } from '../../src/parse/line-index.js';
import { CORPUS, corpusPresent } from '../helpers/corpus.js';
import { hasBom, lineBreaks, mapOffset, outsideEditsKept } from '../helpers/fix-checks.js';

const present = corpusPresent();

/** Manifests of the ecosystems the fix knows, as a project would have them. */
const MANIFESTS: Record<string, string> = {
  'package.json': '{ "name": "app", "version": "1.0.0", "dependencies": { "express": "^5.1.0" } }\n',
  'package-lock.json': '{ "name": "app", "lockfileVersion": 3, "packages": {} }\n',
  'yarn.lock': '# yarn lockfile v1\n',
  'requirements.txt': 'flask==3.1.0\ngunicorn==23.0.0\n',
  'go.mod': 'module example.com/app\n\ngo 1.24\n',
  'go.sum': '',
  Gemfile: "source 'https://rubygems.org'\ngem 'rack'\n",
  'Gemfile.lock': 'GEM\n  specs:\n',
  'composer.json': '{ "require": {} }\n',
  'pyproject.toml': '[project]\nname = "app"\nversion = "1.0.0"\n',
  'poetry.lock': '',
  'uv.lock': '',
  Pipfile: '[packages]\nflask = "*"\n',
  'pom.xml': '<project></project>\n',
  'mix.exs': 'defmodule App.MixProject do\nend\n',
  'mix.lock': '%{}\n',
};

describe.skipIf(!present)('--fix over the corpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'dfscan-fix-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }), 300_000);

  // Templates are not valid Dockerfiles as they stand ({{ }}, fragments, broken JSON): the fix must
  // leave them no worse, like any file it is given.
  // The files with --fix-unsafe, which applies every fix; the templates with --fix, the safe ones.
  it.each([
    { folder: 'files', atLeast: 4000, fixedAtLeast: 100, unsafe: true },
    { folder: 'templates', atLeast: 300, fixedAtLeast: 10, unsafe: false },
  ])('fixes every file of corpus/$folder without damaging one (unsafe: $unsafe)', async ({ folder, atLeast, fixedAtLeast, unsafe }) => {
    const into = join(root, folder);
    cpSync(join(CORPUS, folder), into, { recursive: true });
    const files = readdirSync(into, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const dir of new Set(files.map((f) => dirname(f)))) {
      for (const [name, content] of Object.entries(MANIFESTS)) writeFileSync(join(dir, name), content);
    }
    let fixedFiles = 0;
    let edits = 0;
    let fixes = 0;
    const byRule = new Map<string, number>();
    const failures: string[] = [];
    const fail = (path: string, what: string): void => void failures.push(`${relative(into, path)}: ${what}`);

    for (const path of files) {
      const before = readFileSync(path);
      const options = { context: { dir: dirname(path), dockerfile: path } };
      const item = await fixOne({ path, bytes: before }, false, options, { kind: 'fix', unsafe });
      const delivery = await deliver([item], { kind: 'fix', unsafe });
      if (delivery.failed) fail(path, delivery.problems.join('; '));
      if (item.outcome.notice) fail(path, item.outcome.notice);
      const { outcome } = item;
      if (outcome.passes.length === 0) continue;
      fixedFiles++;
      const after = readFileSync(path);

      // Line endings and byte-order mark are the file's own.
      if (hasBom(after) !== hasBom(before)) fail(path, 'byte-order mark changed');
      const kindsBefore = lineBreaks(before.toString('utf8'));
      for (const k of lineBreaks(after.toString('utf8'))) if (!kindsBefore.has(k) && kindsBefore.size > 0) fail(path, `new ${k} line break`);

      // Outside the edits every character is kept, pass by pass.
      let text = outcome.original;
      for (const pass of outcome.passes) {
        expect(pass.before).toBe(text);
        const next = passResult(outcome, pass);
        const problem = outsideEditsKept(pass.before, next, pass.edits);
        if (problem) fail(path, problem);
        text = next;
        edits += pass.edits.length;
        fixes += pass.fixed.length;
        for (const f of pass.fixed) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      }
      if (`${hasBom(before) ? '\uFEFF' : ''}${text}` !== after.toString('utf8')) fail(path, 'the file written is not the fixed text');

      // A second --fix changes nothing; its analysis of the written file is checked below.
      const again = await fixFile({ path, bytes: after }, options, { unsafe });
      if (again.passes.length > 0) fail(path, `second --fix changed it again (${again.passes[0]!.fixed.map((f) => `${f.rule}@${f.line}`).join(', ')})`);

      // Still parses, with no problem Docker would see that was not there before.
      const reread = again.initial;
      if (reread.error !== null) fail(path, `no longer analysed: ${reread.error}`);
      else if (again.initialProblems > outcome.initialProblems) fail(path, 'new syntax problem');

      // No fixed rule fires again where it was fixed.
      const final = reread.error === null ? new LineIndex(again.original) : undefined;
      outcome.passes.forEach((pass, p) => {
        const startLines = new LineOffsets(pass.before);
        for (const f of pass.fixed) {
          let at = startLines.offset(f.line, f.column);
          for (const later of outcome.passes.slice(p)) at = mapOffset(at, later.edits);
          const line = final?.lineOf(at);
          const again = reread.findings.find((x) => x.rule === f.rule && x.line === line);
          if (again) fail(path, `${f.rule} fixed on line ${f.line} fires again on line ${line}: ${again.message}`);
        }
      });
    }

    const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ');
    console.log(`--fix over corpus/${folder}: ${files.length} files, ${fixedFiles} fixed, ${fixes} fixes (${rules}), ${edits} edits, ${failures.length} failures`);
    expect(failures).toEqual([]);
    expect(files.length).toBeGreaterThan(atLeast);
    expect(fixedFiles).toBeGreaterThan(fixedAtLeast);
  }, 1_800_000);
});

/** The text a pass produced: the next pass's starting text, or the final text. */
function passResult(outcome: { passes: readonly { before: string }[]; fixed: string }, pass: { before: string }): string {
  const i = outcome.passes.indexOf(pass as never);
  return outcome.passes[i + 1]?.before ?? outcome.fixed;
}

/** 1-based line and UTF-16 column → offset, for a text the fix passes started from. */
class LineOffsets {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (const m of text.matchAll(/\r\n|\r|\n/g)) this.starts.push(m.index + m[0].length);
  }
  offset(line: number, column: number): number {
    return this.starts[line - 1]! + column - 1;
  }
}
