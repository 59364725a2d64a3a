import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleJson } from '../../src/cli/rule-commands.js';
import { RULES } from '../../rules/index.js';
import { ruleById } from '../helpers/analyze.js';
import { dfscan } from '../helpers/cli.js';

describe('dfscan rules', () => {
  it('lists every rule with its category, severity, fix, aliases and summary', () => {
    const r = dfscan(['rules']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = r.stdout.split('\n');
    for (const rule of RULES) {
      const at = out.findIndex((l) => l.startsWith(`${rule.id} `));
      expect(at, rule.id).toBeGreaterThanOrEqual(0);
      expect(out[at]!.split(/\s+/)).toEqual([rule.id, rule.category, rule.severity, ...(rule.fixable ? ['fix'] : []), ...rule.aliases]);
      expect(out[at + 1]).toBe(`    ${rule.summary}`);
    }
    const fixable = RULES.filter((x) => x.fixable).length;
    expect(fixable).toBeGreaterThanOrEqual(30);
    expect(out.at(-2)).toBe(`${RULES.length} rules, ${fixable} with a fix. \`dfscan explain RULE\` prints one rule's documentation.`);
    expect(out.find((l) => l.startsWith('add-local-file '))).toMatch(/ fix +DL3020$/);
  });

  it('--format json gives every rule with its docs', () => {
    const r = dfscan(['rules', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.rules).toEqual(RULES.map(ruleJson));
    expect(doc.rules.find((x: { id: string }) => x.id === 'package-cache')).toMatchObject({ category: 'size', severity: 'warning', aliases: expect.arrayContaining(['DL3009']) });
    expect(Object.keys(doc.rules[0].docs)).toEqual(['what', 'why', 'example', 'fix', 'impact', 'notes']);
    expect(dfscan(['--format', 'json', 'rules']).stdout).toBe(r.stdout);
  });
});

describe('dfscan explain', () => {
  it("prints a rule's docs in sections, found by id or alias", () => {
    const r = dfscan(['explain', 'dl3009'], { env: { COLUMNS: '80' } });
    expect(r.code).toBe(0);
    const text = r.stdout;
    const rule = ruleById('package-cache');
    expect(text.split('\n').slice(0, 3)).toEqual([`package-cache: ${rule.summary}`, 'category size, default severity warning', `aliases ${rule.aliases.join(', ')}`]);
    const titles = text.split('\n').filter((l) => /^[A-Z]/.test(l));
    expect(titles).toEqual(['What it does', 'Why it matters', 'Example', 'Fix', 'How the impact is estimated', 'Notes']);
    // Dockerfile lines are shown as they are, prose is wrapped.
    expect(text).toContain('\n    FROM debian:bookworm-slim\n    RUN apt-get update && apt-get install -y --no-install-recommends curl\n');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(dfscan(['explain', 'package-cache']).stdout).toBe(text);
  });

  it('names the programs a rule is about', () => {
    const text = dfscan(['explain', 'wget-progress']).stdout;
    expect(text.split('\n')).toContain('programs wget (a file whose RUNs run none of them is not checked)');
    expect(JSON.parse(dfscan(['explain', 'wget-progress', '-f', 'json']).stdout).programs).toEqual(['wget']);
    expect(JSON.parse(dfscan(['explain', 'package-cache', '-f', 'json']).stdout).programs).toBeNull();
  });

  it('skips the sections a rule has not', () => {
    const text = dfscan(['explain', 'syntax-error']).stdout;
    expect(text).toContain('\nFix\n');
    expect(text).not.toContain('How the impact is estimated');
    expect(text).not.toContain('\nNotes\n');
  });

  it('--format json', () => {
    const r = dfscan(['explain', 'DL3019', '-f', 'json']);
    expect(JSON.parse(r.stdout)).toEqual(ruleJson(ruleById('package-cache')));
  });

  it('an unknown rule: one line with the nearest one, exit 2', () => {
    expect(dfscan(['explain', 'fatbase'])).toMatchObject({ code: 2, stdout: '', stderr: 'dfscan: explain: unknown rule "fatbase"; did you mean "fat-base"? (dfscan rules lists them)\n' });
    expect(dfscan(['explain'])).toMatchObject({ code: 2, stderr: "dfscan: missing required argument 'rule'\n" });
  });
});

describe('commands beside paths', () => {
  it('scans a file named like a command when written as a path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-cmd-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'rules'), 'FROM alpine:3.24\nRUN apk add curl~8.14\n');
    const r = dfscan(['-f', 'json', './rules'], { cwd: dir });
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ path: './rules', findings: [{ rule: 'package-cache' }] });
    expect(dfscan(['rules'], { cwd: dir }).stdout).toContain('package-cache');
    // Options after the paths still belong to the scan.
    expect(JSON.parse(dfscan(['./rules', '--format', 'json', '--ignore', 'package-cache'], { cwd: dir }).stdout).files[0].findings).toEqual([]);
  });
});
