/**
 * Output injection: text from a Dockerfile (comments, arguments, image and stage names) and the
 * names of the files themselves reach every report format. None of it may start a GitHub
 * workflow command, break a JSON, SARIF or XML document, inject markup into the Markdown report,
 * or drive the terminal: control characters are shown escaped (`\x1b`).
 *
 * The CLI runs as users run it (dist/cli.cjs), once per format in FORMATS, so a format added later
 * fails here until it has a check.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FORMATS, type Format } from '../../src/report/formats.js';
import { dfscan, type CliResult } from '../helpers/cli.js';

/** Tests that start the CLI several times: generous on a loaded 2-core machine. */
const SLOW = 180_000;

/** Sequences that would act on a terminal or a CI runner if they reached it raw. */
const ESC_LINK = '\u001b]8;;https:evil.example\u0007click\u001b]8;;\u0007';
const CLEAR = '\u001b[2J';
const RED = '\u001b[31m';
const C1_CSI = '\u009b2J';
const LS = '\u2028';
const RLO = '\u202e';

/**
 * Hostile file names (Linux takes any byte but `/` and NUL in a name, so NUL is tried in file
 * contents only). Each is a Dockerfile that a directory scan finds.
 */
const NAMES: Readonly<Record<string, string>> = {
  newline: 'Dockerfile.nl\n::set-output name=pwned::1',
  percent: 'Dockerfile.pct%0A::add-mask::s3cret%25',
  cr: 'Dockerfile.cr\r::error file=x::pwned',
  escape: `Dockerfile.esc${ESC_LINK}${CLEAR}`,
  xml: 'Dockerfile.xml"<&]]><!--\'',
  separators: `Dockerfile.ls${LS}::notice::x${RLO},a:b`,
  c1: `Dockerfile.c1${C1_CSI}`,
  stop: 'Dockerfile.stop::stop-commands::tok',
};

/** A file that cannot be analysed (binary), under a hostile name: its path reaches stderr and error entries. */
const BINARY_NAME = `Dockerfile.bin\n::error::pwned${CLEAR}`;

/**
 * A Dockerfile whose every user-controlled piece carries a payload: image and stage names,
 * package names, an unknown instruction, LABEL/ENV/ARG values, comments and pragmas.
 */
const HOSTILE = [
  `# ${ESC_LINK} %0A::set-output name=x::y ${RED}`,
  `# dfscan ignore=bogus${CLEAR},::add-mask::x`,
  `FROM node:22${CLEAR}x AS Build${RED}::stop-commands::t`,
  `ARG V="%0A::add-mask::${ESC_LINK}"`,
  `RUN apt-get update && apt-get install -y curl${CLEAR}%0D%0A::error::pwned pkg${C1_CSI}x`,
  `LABEL org.opencontainers.image.url="x${LS}::error::bad${RLO}" other="]]><x>&amp;"`,
  `ENV P="a\r::warning::cr"`,
  'COPY . .',
  'RUN npm ci',
  `FROM Build${RED}::stop-commands::t`,
  `RUN apk add tool${ESC_LINK}`,
  `UNKNOWN${CLEAR}\u0007 x`,
  `RUN ["/bin/sh", "-c", "echo \\n::set-output name=z::1 \\u001b[2J"]`,
  '',
].join('\n');

let dir: string;
const runs = new Map<string, CliResult>();

function run(format: Format, ...extra: string[]): CliResult {
  const key = [format, ...extra].join(' ');
  let r = runs.get(key);
  if (!r) {
    r = dfscan(['-j', '1', '--report-unused-pragmas', '--failure-threshold', 'none', '-f', format, ...extra, '.'], { cwd: dir });
    runs.set(key, r);
  }
  return r;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dfscan-inject-'));
  for (const name of Object.values(NAMES)) writeFileSync(join(dir, name), HOSTILE);
  writeFileSync(join(dir, BINARY_NAME), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0xff, 0xfe]));
  mkdirSync(join(dir, 'sub', 'nul'), { recursive: true });
  // C0 characters inside a file that is still text.
  writeFileSync(join(dir, 'sub', 'Dockerfile'), `FROM alpine:3.20\nRUN apk add a\u0001b\u0008c${CLEAR}\nLABEL x="\u000b\u000c\u001f\u007f"\n`);
  // A NUL byte makes a file binary: refused, under its name.
  writeFileSync(join(dir, 'sub', 'nul', `Dockerfile.${RED}`), `FROM alpine:3.20\n# \u0000${CLEAR}\n`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Characters that must never reach a terminal or log raw from user text (line feed aside). */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROL_G = new RegExp(CONTROL.source, 'g');

function controls(text: string): string[] {
  return [...new Set(text.match(CONTROL_G) ?? [])].map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Every file the scan should report, as paths relative to the scanned folder. */
const ALL_PATHS = [...Object.values(NAMES), BINARY_NAME, 'sub/Dockerfile', `sub/nul/Dockerfile.${RED}`];

describe('stderr diagnostics', { timeout: SLOW }, () => {
  it.each(FORMATS)('-f %s: one escaped "dfscan:" line per file not analysed, whatever its name', (format) => {
    const r = run(format);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    // The two binary files, and only they, are refused, each on one line.
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^dfscan: .*: binary file/);
    expect(lines.join('\n')).toContain('dfscan: Dockerfile.bin\\x0a::error::pwned\\x1b[2J: ');
    expect(lines.join('\n')).toContain('dfscan: sub/nul/Dockerfile.\\x1b[31m: ');
    expect(controls(r.stderr)).toEqual([]);
    expect(r.stderr).not.toMatch(/^::/m);
  });

  it('a hostile path given on the command line, a config path and option values come back escaped on one line', () => {
    const cases: [string[], RegExp][] = [
      [[`missing${CLEAR}\n::error::x`], /missing\\x1b\[2J\\x0a::error::x/],
      [['-c', `conf${ESC_LINK}.yaml`, NAMES.stop!], /conf\\x1b\]8;;/],
      [['--build-arg', `${CLEAR}`, NAMES.stop!], /--build-arg \\x1b\[2J/],
      [[`--forma${CLEAR}`], /unknown option '--forma\\x1b\[2J'/],
      [['--min-score', `1${CLEAR}\n::error::x`], /argument '1\\x1b\[2J\\x0a::error::x' is invalid/],
      [['--max-waste', `1${RED}`], /argument '1\\x1b\[31m' is invalid/],
      [['explain', `rule${CLEAR}`], /unknown rule "rule\\x1b\[2J"/],
      [['-f', 'json', '-o', join(dir, 'no-such-dir', `out${CLEAR}.json`), NAMES.stop!], /out\\x1b\[2J\.json: cannot write the report/],
    ];
    for (const [args, shown] of cases) {
      const r = dfscan(['-j', '1', ...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]).toMatch(/^dfscan: /);
      expect(lines[0]).toMatch(shown);
      expect(controls(r.stderr), args.join(' ')).toEqual([]);
    }
  });
});

describe('tty', { timeout: SLOW }, () => {
  it('without colour: no control character at all; the payloads are shown escaped', () => {
    const r = run('tty');
    expect(controls(r.stdout)).toEqual([]);
    // The user text did reach the report, escaped.
    expect(r.stdout).toContain('\\x1b[2J');
    expect(r.stdout).toContain('\\x1b]8;;https:evil.example');
    expect(r.stdout).toContain('\\x9b2J');
    expect(r.stdout).toContain('\\u2028');
    expect(r.stdout).toContain('\\u202e');
  });

  it('in colour: the only escape sequences are dfscan\'s own SGR colours', () => {
    // --color is FORCE_COLOR=1's switch (the CLI helper clears FORCE_COLOR from the environment).
    const r = run('tty', '--color');
    const sgr = r.stdout.match(/\u001b\[[0-9;]*m/g) ?? [];
    expect(sgr.length).toBeGreaterThan(0);
    // Every ESC starts an SGR sequence: ESC [ digits m.
    const escapes = [...r.stdout.matchAll(/\u001b/g)].map((m) => r.stdout.slice(m.index, m.index + 8));
    for (const e of escapes) expect(e).toMatch(/^\u001b\[[0-9;]*m/);
    expect(new Set(sgr)).toEqual(new Set(sgr.filter((s) => /^\u001b\[(1|2|22|31|32|33|34|35|36|39)m$/.test(s))));
    expect(controls(r.stdout.replace(/\u001b\[[0-9;]*m/g, ''))).toEqual([]);
    expect(r.stdout).toContain('\\x1b[31m');
  });
});

/** A workflow command's data and property values may hold `%` only as one of these escapes. */
const DATA_ESCAPES = /%(?!25|0D|0A)/;
const PROPERTY_ESCAPES = /%(?!25|0D|0A|3A|2C)/;
const PROPERTIES = new Set(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);

function unescapeProperty(v: string): string {
  return v.replace(/%(25|0D|0A|3A|2C)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('github', { timeout: SLOW }, () => {
  it('every line is a ::error/::warning/::notice command dfscan wrote, with its values escaped by GitHub\'s rules', () => {
    const r = run('github');
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.slice(0, -1).split('\n');
    expect(lines.length).toBeGreaterThan(10);
    const files = new Set<string>();
    for (const line of lines) {
      // The runner splits on \r too.
      expect(line).not.toContain('\r');
      const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      expect(m, line).not.toBeNull();
      const [, , props, message] = m!;
      expect(message, line).not.toMatch(DATA_ESCAPES);
      for (const prop of props!.split(',')) {
        const eq = prop.indexOf('=');
        expect(PROPERTIES.has(prop.slice(0, eq)), prop).toBe(true);
        const value = prop.slice(eq + 1);
        expect(value, prop).not.toMatch(PROPERTY_ESCAPES);
        expect(value).not.toMatch(/[:,]/);
        if (prop.startsWith('file=')) files.add(unescapeProperty(value));
      }
    }
    expect(controls(r.stdout)).toEqual([]);
    // Names without other control characters come back exactly: the escaping loses nothing.
    for (const key of ['newline', 'percent', 'cr', 'xml', 'stop'] as const) expect(files, key).toContain(NAMES[key]);
    expect(files).toContain(`${BINARY_NAME.replace(CLEAR, '\\x1b[2J')}`);
    // The payloads in messages were escaped, not dropped.
    expect(r.stdout).toContain('curl\\x1b[2J%250D%250A::error::pwned');
  });
});

describe('JSON documents', { timeout: SLOW }, () => {
  it('json: parses, and every path comes back exactly as on disk', () => {
    const r = run('json');
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { path: string }) => f.path).sort()).toEqual([...ALL_PATHS].sort());
    // JSON escapes C0 controls itself; no raw ESC reaches a terminal that prints it.
    expect(r.stdout).not.toContain('\u001b');
    const messages: string[] = doc.files.flatMap((f: { findings: { message: string }[] }) => f.findings.map((x) => x.message));
    // The messages are data: the payload kept as it was in the file.
    expect(messages.some((m) => m.includes(`curl${CLEAR}%0D%0A::error::pwned`))).toBe(true);
  });

  it('sarif: parses and validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const r = run('sarif');
    const log = JSON.parse(r.stdout);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(r.stdout).not.toContain('\u001b');
    expect(log.runs[0].results.length).toBeGreaterThan(10);
  });

  it.each(['gitlab', 'rdjson'] as const)('%s: parses, with the findings of every file', (format) => {
    const r = run(format);
    const doc = JSON.parse(r.stdout);
    const text = JSON.stringify(doc);
    expect(text.length).toBeGreaterThan(1000);
    expect(r.stdout).not.toContain('\u001b');
    for (const key of ['xml', 'stop', 'percent'] as const) expect(text, key).toContain(JSON.stringify(NAMES[key]).slice(1, -1));
  });
});

/** XML 1.0's Char production, for text the parser hands back (after character references). */
const XML_CHAR = /^[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('checkstyle', { timeout: SLOW }, () => {
  it('is well-formed XML 1.0 with no illegal characters; names and messages survive as attribute values', () => {
    const r = run('checkstyle');
    const errors: string[] = [];
    const names: string[] = [];
    const values: string[] = [];
    const parser = new SaxesParser({ xmlns: false });
    parser.on('error', (e) => errors.push(e.message));
    parser.on('opentag', (tag) => {
      for (const [k, v] of Object.entries(tag.attributes)) {
        values.push(String(v));
        if (tag.name === 'file' && k === 'name') names.push(String(v));
      }
    });
    parser.write(r.stdout).close();
    expect(errors).toEqual([]);
    // Raw, the document holds no character XML 1.0 forbids; parsed, no reference brings one in.
    expect(XML_CHAR.test(r.stdout)).toBe(true);
    for (const v of values) expect(XML_CHAR.test(v), v).toBe(true);
    expect(names.sort()).toEqual(expect.arrayContaining([NAMES.xml, NAMES.newline, NAMES.cr, NAMES.percent, NAMES.stop].sort()));
    expect(names).toHaveLength(ALL_PATHS.length);
    expect(values.some((v) => v.includes(']]><x>&amp;'))).toBe(false);
  });
});

describe('markdown', { timeout: SLOW }, () => {
  it('no control characters, no HTML but dfscan\'s own, and every table row keeps its cells', () => {
    const r = run('markdown');
    expect(controls(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('\\x1b');
    // Outside code spans (where Markdown shows `<` as is), every `<` is escaped or opens one of the
    // few tags the report writes itself.
    const prose = r.stdout.replace(/(`+)(?!`)[^\n]*?[^`]\1(?!`)/g, '');
    expect(prose.length).toBeLessThan(r.stdout.length);
    for (const m of prose.matchAll(/(?<!\\)</g)) expect(prose.slice(m.index, m.index + 12)).toMatch(/^<\/?(details|summary|sub)>/);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const cells = row.split(/(?<!\\)\|/).length - 2;
      expect([4, 5, 8], row).toContain(cells);
    }
  });
});

it('every format has its check here', () => {
  expect([...FORMATS].sort()).toEqual(['checkstyle', 'github', 'gitlab', 'json', 'markdown', 'rdjson', 'sarif', 'tty']);
});
