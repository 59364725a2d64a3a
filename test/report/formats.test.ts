import { describe, expect, it } from 'vitest';
import { attr } from '../../src/report/checkstyle.js';
import { code, text, TOP_FINDINGS } from '../../src/report/markdown.js';
import { lines } from '../helpers/analyze.js';
import { finding, report, reportFile, reportText, synthetic, unreadable } from '../helpers/reports.js';

const ROOT = '/repo';

describe('checkstyle', () => {
  it('writes a file element per Dockerfile and an error per finding, with the severity and the rule as source', () => {
    const xml = reportText('checkstyle', [
      synthetic('svc/Dockerfile', [finding(3, { severity: 'error', rule: 'syntax-error', message: 'a "b" <c> & \'d\'', column: 2 })]),
      synthetic('empty/Dockerfile', []),
      unreadable('gone/Dockerfile', 'no such file or directory'),
    ]);
    expect(xml.split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<checkstyle version="4.3">',
      '  <file name="svc/Dockerfile">',
      '    <error line="3" column="2" severity="error" message="a &quot;b&quot; &lt;c&gt; &amp; &apos;d&apos;" source="dfscan.syntax-error"/>',
      '  </file>',
      '  <file name="empty/Dockerfile">',
      '  </file>',
      '  <file name="gone/Dockerfile">',
      '    <error severity="error" message="not analysed: no such file or directory" source="dfscan"/>',
      '  </file>',
      '</checkstyle>',
      '',
    ]);
  });

  it('keeps attribute values well formed whatever the file holds', () => {
    expect(attr('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(attr('nul\u0000 esc\u001b bell\u0007')).toBe('nul\ufffd esc\ufffd bell\ufffd');
    expect(attr('lone \ud800 pair \ud834\udd1e end \udc00')).toBe('lone \ufffd pair \ud834\udd1e end \ufffd');
  });
});

describe('gitlab', () => {
  // Only package-cache applies: a pinned package without recommends, a WORKDIR before the COPY.
  const DOCKERFILE = lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12', 'WORKDIR /srv', 'COPY . .');

  it('writes Code Climate issues with the severity, category, path relative to the root, and lines', async () => {
    const issues = JSON.parse(reportText('gitlab', [await report('/repo/svc/Dockerfile', DOCKERFILE), unreadable('/repo/gone/Dockerfile', 'permission denied')], { root: ROOT }));
    expect(issues).toEqual([
      {
        type: 'issue',
        check_name: 'package-cache',
        description: expect.stringContaining('`apt-get update` leaves the apt cache'),
        categories: ['Performance'],
        severity: 'major',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        location: { path: 'svc/Dockerfile', lines: { begin: 2, end: 2 } },
      },
      {
        type: 'issue',
        check_name: 'dfscan',
        description: 'Not analysed: permission denied',
        categories: ['Bug Risk'],
        severity: 'blocker',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        location: { path: 'gone/Dockerfile', lines: { begin: 1, end: 1 } },
      },
    ]);
  });

  it('gives fingerprints unique in the report and stable when lines move', async () => {
    const prints = async (path: string, text: string) => JSON.parse(reportText('gitlab', [await report(path, text)], { root: ROOT })).map((i: { fingerprint: string }) => i.fingerprint);
    const a = await prints('a/Dockerfile', DOCKERFILE);
    expect(await prints('a/Dockerfile', `# moved down\n\n${DOCKERFILE}`)).toEqual(a);
    expect(await prints('b/Dockerfile', DOCKERFILE)).not.toEqual(a);
  });
});

describe('rdjson', () => {
  it('counts columns in UTF-8 bytes, links the rule, and leaves suggestions empty without a fix', async () => {
    // `é` is 2 bytes (1 UTF-16 unit), `𝄞` 4 bytes (2 units): 3 bytes more than units before the finding.
    const file = await report('/repo/Dockerfile', lines('FROM debian:bookworm-slim', 'RUN echo é𝄞 >/tmp/x && apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12'));
    const { edits: _fixEdits, ...f } = { ...file.findings[0]!, fixable: false, fix: null };
    expect([f.column, f.endColumn]).toEqual([25, 39]);
    const doc = JSON.parse(reportText('rdjson', [{ ...file, findings: [f] }], { root: ROOT }));
    expect(doc.source).toEqual({ name: 'dfscan', url: 'https://github.com/dfscan/dfscan' });
    expect(doc.diagnostics).toEqual([
      {
        message: f.message,
        location: { path: 'Dockerfile', range: { start: { line: 2, column: 28 }, end: { line: 2, column: 42 } } },
        severity: 'WARNING',
        code: { value: 'package-cache', url: 'https://github.com/dfscan/dfscan/blob/main/rules/package-cache.ts' },
        suggestions: [],
      },
    ]);
  });

  it('turns a finding\'s fix edits into suggestions, in UTF-8 byte columns', async () => {
    const file = await report('Dockerfile', lines('FROM debian:bookworm-slim', 'RUN echo é && apt-get update && apt-get install -y curl'));
    const f = file.findings[0]!;
    const edit = { line: 2, column: f.endColumn, endLine: 2, endColumn: f.endColumn, newText: ' && rm -rf /var/lib/apt/lists/*' };
    const withFix = { ...file, findings: [{ ...f, edits: [edit] }] };
    const [d] = JSON.parse(reportText('rdjson', [withFix], { root: ROOT })).diagnostics;
    expect(d.suggestions).toEqual([{ range: { start: { line: 2, column: f.endColumn + 1 }, end: { line: 2, column: f.endColumn + 1 } }, text: edit.newText }]);
  });

  it('carries a rule\'s own fix as a suggestion, in UTF-8 byte columns', async () => {
    const line = 'RUN echo é𝄞 >/tmp/x && apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12';
    const file = await report('/repo/Dockerfile', lines('FROM debian:bookworm-slim', line));
    const d = JSON.parse(reportText('rdjson', [file], { root: ROOT })).diagnostics.find((x: { code: { value: string } }) => x.code.value === 'package-cache');
    // The line is 3 bytes longer than its UTF-16 units: the cleanup is appended after its last byte.
    expect(Buffer.byteLength(line)).toBe(line.length + 3);
    expect(d.suggestions).toEqual([{ range: { start: { line: 2, column: line.length + 4 }, end: { line: 2, column: line.length + 4 } }, text: ' && rm -rf /var/lib/apt/lists/*' }]);
  });

  it('reports a file not analysed as an error diagnostic', () => {
    const doc = JSON.parse(reportText('rdjson', [unreadable('x/Dockerfile', 'binary file')], { root: ROOT }));
    expect(doc.diagnostics).toEqual([{ message: 'not analysed: binary file', location: { path: 'x/Dockerfile' }, severity: 'ERROR' }]);
  });
});

describe('markdown', () => {
  it('shows the scores table, the top findings with rule links, and the layers of the final image', async () => {
    const md = reportText('markdown', [await reportFile('examples/node-app/Dockerfile'), await reportFile('examples/node-app-fixed/Dockerfile'), unreadable('gone/Dockerfile', 'no such file or directory')]);
    expect(md).toContain('## dfscan\n\n3 files, 8 findings, 1 not analysed\n\n| File | Grade | Overall | Cache | Size | Image | Wasted | Findings |\n');
    expect(md).toMatch(/\n\| examples\/node-app\/Dockerfile \| \*\*F\*\* \| \d+ \| \d+ \| \d+ \| ~\d+ MB \| [\d.]+ MB \| 8 \|\n/);
    expect(md).toMatch(/\n\| examples\/node-app-fixed\/Dockerfile \| \*\*A\*\* \| .* \| 0 \|\n/);
    expect(md).toContain('\n**Not analysed**\n\n- gone/Dockerfile: no such file or directory\n');
    expect(md).toContain('| 4 | [fat-base](https://github.com/dfscan/dfscan/blob/main/rules/fat-base.ts) | warning | node:22 is a full image');
    expect(md).toContain('| 9 | [copy-before-install](https://github.com/dfscan/dfscan/blob/main/rules/copy-before-install.ts) | warning | COPY . . comes before `npm ci` (line 10)');
    // The layer chart: the base, then each layer with its size and when it rebuilds.
    expect(md).toContain('| Line | Instruction | Size | Rebuilds |\n|---|---|---|---|\n|  | `FROM node:22` | 408 MB | rarely |\n');
    expect(md).toMatch(/\| 6 \| `RUN apt-get update && apt-get install -y --no-install-recommends curl` \| ~?[\d.]+ MB \| rarely \|\n/);
    expect(md).toMatch(/\| 9 \| `COPY \. \.` \| \d+ B \| every edit \|\n/);
    expect(md).toMatch(/\| 9 \| `COPY package\.json package-lock\.json \.\/` \| \d+ B \| deps change \|\n/);
    expect(md).toMatch(/\|  \| total \| ~\d+ MB \|  \|\n/);
    expect(md).toContain('No findings.');
  });

  it('lists the most severe and costly findings first, up to the limit', () => {
    const findings = [
      finding(1, { impact: { bytes: 1_000_000, rebuildSeconds: null } }),
      finding(2, { impact: { bytes: 9_000_000, rebuildSeconds: null } }),
      finding(3, { severity: 'error' }),
      ...Array.from({ length: TOP_FINDINGS - 1 }, (_, i) => finding(10 + i)),
    ];
    const md = reportText('markdown', [synthetic('Dockerfile', findings)]);
    expect(md).toContain(`**Top ${TOP_FINDINGS} of ${TOP_FINDINGS + 2} findings**`);
    // Of the findings that weigh the same, the later lines are left out.
    expect([...md.matchAll(/finding on line (\d+)/g)].map((m) => m[1])).toEqual(['3', '2', '1', ...Array.from({ length: TOP_FINDINGS - 3 }, (_, i) => String(10 + i))]);
  });

  it('escapes what the Dockerfile says, so no file can inject markup', async () => {
    const file = await report('svc/<img src=x>|*a*.Dockerfile', lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y "<b>|`x`</b>"', 'HACK <script>alert(1)</script> | [a](javascript:x)'));
    const md = reportText('markdown', [file]);
    // Outside code spans (whose content is shown as is), no tag opens.
    const outsideCode = md.replace(/(`+)(?!`)[^]*?(?<!`)\1(?!`)/g, '');
    expect(outsideCode).not.toMatch(/(?<!\\)<(img|script|b)\b/);
    expect(outsideCode).not.toMatch(/(?<!\\)\[a\]/);
    expect(md).toContain('svc/\\<img src=x\\>\\|\\*a\\*.Dockerfile');
    expect(md).toContain('unknown instruction "HACK"');
    // Instruction text in the layer table is a code span whose fence outlasts the backticks inside, with pipes escaped.
    expect(md).toContain('``RUN apt-get update && apt-get install -y "<b>\\|`x`</b>"``');
    expect(text('- [x](y) <a> & #1')).toBe('\\- \\[x\\](y) \\<a\\> &amp; \\#1');
    expect(code('a `b` c|d')).toBe('``a `b` c\\|d``');
    expect(code('`')).toBe('`` ` ``');
  });

  it('stays under the size limit and says what it left out', async () => {
    const files = [];
    for (let i = 0; i < 300; i++) files.push(await report(`svc${i}/Dockerfile`, lines('FROM node:22', 'RUN apt-get update && apt-get install -y curl', 'COPY . .', 'RUN npm ci')));
    const full = reportText('markdown', files);
    const max = 64 * 1024;
    expect(Buffer.byteLength(full)).toBeGreaterThan(max);
    const cut = reportText('markdown', files, { maxMarkdownBytes: max });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(max);
    expect(cut).toMatch(/> The report was cut to stay under 66 kB: the details of \d+ of the 300 files are not shown\./);
    expect(cut).toContain('| svc0/Dockerfile | **');
    expect(reportText('markdown', files.slice(0, 1), { maxMarkdownBytes: max })).not.toContain('was cut');
  });
});
