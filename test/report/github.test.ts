import { describe, expect, it } from 'vitest';
import { ANNOTATION_LIMIT } from '../../src/report/github.js';
import { dfscan } from '../helpers/cli.js';
import type { FileReport } from '../../src/analyze.js';
import { finding, reportText, synthetic, unreadable } from '../helpers/reports.js';

/** The annotations of a run, as the CLI and the Action render them. */
function githubText(files: readonly FileReport[], context: { root: string; fullReport?: string }): string {
  return reportText('github', files, context);
}

interface Command {
  kind: string;
  props: Record<string, string>;
  message: string;
}

/** Reads a workflow command line as the runner does, undoing the escapes. */
function parse(line: string): Command {
  const m = /^::(\w+) ([^]*?)::([^]*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(
    m[2]!.split(',').map((p) => {
      const eq = p.indexOf('=');
      return [p.slice(0, eq), unescape(p.slice(eq + 1))];
    }),
  );
  return { kind: m[1]!, props, message: unescape(m[3]!) };
}

describe('github', () => {
  it('a Dockerfile with ::, %, commas, CR and LF in comments, instructions and its name makes no extra workflow command', () => {
    const dockerfile = [
      'FROM debian:bookworm-slim',
      '# ::error file=Dockerfile,line=1::injected %0A::warning::x, y',
      'RUN apt-get update && apt-get install -y curl # ::warning::%0A, %25',
      'RUN echo "a::b%c,d" && apt-get update && apt-get install -y wget\r::error::after a carriage return',
      'RUN apt-get update && apt-get install -y "x::y,z%"\r\n::notice::after CRLF',
      '::error title=x::an instruction that is a command',
      'FROM%0A::error::',
      '',
    ].join('\n');
    const name = 'svc,a::b%0A%/we\rird\n::error::name.Dockerfile';
    const json = dfscan(['-f', 'json', '--stdin-filename', name, '-'], { input: dockerfile });
    const findings = JSON.parse(json.stdout).files[0].findings;
    expect(findings.length).toBeGreaterThan(4);

    const r = dfscan(['-f', 'github', '--stdin-filename', name, '-'], { input: dockerfile });
    expect(r.code).toBe(1);
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe('');
    // Every line is one command we meant: one per finding, nothing else, nothing split.
    expect(out).toHaveLength(findings.length);
    for (const line of out) expect(line).toMatch(/^::(error|warning|notice) file=[^:]*,line=\d+,endLine=\d+,col=\d+(,endColumn=\d+)?,title=dfscan%3A [a-z-]+::[^\r\n]*$/);
    const parsed = out.map(parse);
    expect(parsed.map((c) => c.props.file)).toEqual(findings.map(() => name));
    expect(parsed.map((c) => c.message).sort()).toEqual(findings.map((f: { message: string }) => f.message).sort());
    expect(out.join('\n')).not.toMatch(/\n::(?!error file|warning file|notice file)/);
  });

  it('uses the real severity, places columns on single-line findings only, and sends the most severe first (info before style)', () => {
    const file = synthetic('svc/Dockerfile', [
      finding(2, { severity: 'style', rule: 'a' }),
      finding(3, { severity: 'warning', rule: 'b', column: 5, endColumn: 9 }),
      finding(4, { severity: 'info', rule: 'c', endLine: 6, endColumn: 2 }),
      finding(5, { severity: 'error', rule: 'd', message: '100% done: a, b' }),
    ]);
    expect(githubText([file, unreadable('/repo/other/Dockerfile', 'permission denied')], { root: '/repo' }).split('\n')).toEqual([
      '::error file=svc/Dockerfile,line=5,endLine=5,col=1,endColumn=4,title=dfscan%3A d::100%25 done: a, b',
      '::error file=other/Dockerfile,title=dfscan%3A file not analysed::permission denied',
      '::warning file=svc/Dockerfile,line=3,endLine=3,col=5,endColumn=8,title=dfscan%3A b::finding on line 3',
      '::notice file=svc/Dockerfile,line=4,endLine=6,col=1,title=dfscan%3A c::finding on line 4',
      '::notice file=svc/Dockerfile,line=2,endLine=2,col=1,endColumn=4,title=dfscan%3A a::finding on line 2',
      '',
    ]);
  });

  it('shows at most 10 of each kind, then one notice with how many more and where to look', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding(100 + i, { severity: 'error' })),
      ...Array.from({ length: 15 }, (_, i) => finding(200 + i, { severity: 'warning' })),
      ...Array.from({ length: 10 }, (_, i) => finding(300 + i, { severity: 'info' })),
    ];
    const out = githubText([synthetic('Dockerfile', findings)], { root: '/repo', fullReport: 'the job summary' }).trimEnd().split('\n');
    const kinds = out.map((l) => parse(l).kind);
    expect(kinds.filter((k) => k === 'error')).toHaveLength(ANNOTATION_LIMIT);
    expect(kinds.filter((k) => k === 'warning')).toHaveLength(ANNOTATION_LIMIT);
    expect(kinds.filter((k) => k === 'notice')).toHaveLength(ANNOTATION_LIMIT);
    expect(out.slice(0, 10).map((l) => parse(l).props.line)).toEqual(Array.from({ length: 10 }, (_, i) => String(100 + i)));
    expect(out.at(-1)).toBe(
      '::notice title=dfscan%3A 8 more findings::8 more findings are not shown as annotations (2 errors, 5 warnings, 1 notice): GitHub shows 10 of each kind per step. See the job summary.',
    );
  });

  it('adds no notice when nothing is left out', () => {
    const findings = Array.from({ length: 10 }, (_, i) => finding(i + 1, { severity: 'info' }));
    const out = githubText([synthetic('Dockerfile', findings)], { root: '/repo' }).trimEnd().split('\n');
    expect(out).toHaveLength(10);
    expect(out.every((l) => l.startsWith('::notice file=Dockerfile,'))).toBe(true);
    expect(githubText([synthetic('Dockerfile', [])], { root: '/repo' })).toBe('');
  });
});
