/**
 * dfscan reads what it is given as data: it never executes, downloads or evaluates anything from
 * a Dockerfile, a configuration file or the command line.
 *
 * - YAML tags that other loaders turn into code or objects (`!!js/function`, `!!python/object`)
 *   are refused with one clear line; the alias-bomb case is in the bad-input suite.
 * - Names from the files (`constructor`, `__proto__`, `toString`) are strings, never properties
 *   of dfscan's own tables.
 * - `$(...)`, backticks and `${...}` in any instruction, build argument or setting run nothing.
 * - A remote FROM, `ADD https://...` or a `# syntax=` directive makes no network connection.
 * - The code has no eval; the bundle's only eval sites are the WebAssembly loader's, which the
 *   shipped modules never reach.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analyze.js';
import { BIN, ROOT, dfscan } from '../helpers/cli.js';

/** Tests that start the CLI several times: generous on a loaded 2-core machine. */
const SLOW = 180_000;

let dir: string;
/** Where a command from the files would leave its mark if anything ran it. */
let marks: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dfscan-data-'));
  marks = mkdtempSync(join(tmpdir(), 'dfscan-pwned-'));
});

afterAll(() => {
  for (const d of [dir, marks]) if (d) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const d = mkdtempSync(join(dir, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

const DOCKERFILE = 'FROM alpine:3.20\nRUN apk add --no-cache curl\n';

describe('configuration files are data', { timeout: SLOW }, () => {
  const mark = () => join(marks, `yaml-${Math.random().toString(36).slice(2)}`);
  // Each would run code or build an object in a loader that honours the tag.
  const tagged = (m: string): [string, string][] => [
    ['js/function', `ignore: !!js/function "function () { require('fs').writeFileSync('${m}', 'x') }"`],
    ['js/function key', `? !!js/function "function () { require('fs').writeFileSync('${m}', 'x') }"\n: 1`],
    ['js/regexp', 'ignore: [!!js/regexp /fat-base/]'],
    ['js/undefined', 'trusted-registries: [!!js/undefined ""]'],
    ['python/object/apply', `failure-threshold: !!python/object/apply:os.system ["touch ${m}"]`],
    ['python/object/new', `failure-threshold: !!python/object/new:subprocess.Popen [["touch", "${m}"]]`],
    ['python/name', 'failure-threshold: !!python/name:os.system'],
    ['ruby/object', `failure-threshold: !ruby/object:Gem::Installer {i: "touch ${m}"}`],
    ['a local tag', 'failure-threshold: !shell "touch x"'],
  ];

  it.each(['.dfscan.yaml', '.hadolint.yaml'])('%s: a tag that would build code is refused in one line, and runs nothing', (name) => {
    for (const [what, yaml] of tagged(mark())) {
      const m = /(\/[^"' \]]*dfscan-pwned-[^"' \]]*)/.exec(yaml)?.[1];
      const d = folder({ Dockerfile: DOCKERFILE, [name]: `${yaml}\n` });
      const r = dfscan(['-j', '1', '-f', 'json', 'Dockerfile'], { cwd: d });
      expect(r.code, what).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines, what).toHaveLength(1);
      expect(lines[0], what).toMatch(new RegExp(`^dfscan: ${name.replace('.', '\\.')}:\\d+:\\d+: invalid YAML: Unresolved tag: `));
      expect(r.stdout, what).toBe('');
      if (m) expect(existsSync(m), what).toBe(false);
    }
    expect(readdirSync(marks)).toEqual([]);
  });

  it('standard YAML tags give plain values, checked like any other', () => {
    const cases: [string, number, RegExp | null][] = [
      ['failure-threshold: !!str none', 0, null],
      ['ignore: [!!str fat-base]', 0, null],
      ['failure-threshold: !!binary bm9uZQ==', 2, /failure-threshold must be a string/],
      ['failure-threshold: !!timestamp 2001-12-14', 2, /failure-threshold must be a string/],
      ['ignore: !!set {fat-base}', 2, /ignore/],
      ['ignore: !!omap [fat-base: 1]', 2, /ignore/],
      ['strict-labels: !!int 1', 2, /strict-labels must be true or false/],
    ];
    for (const [yaml, code, message] of cases) {
      const d = folder({ Dockerfile: DOCKERFILE, '.dfscan.yaml': `${yaml}\n` });
      const r = dfscan(['-j', '1', '-f', 'json', '--failure-threshold', 'none', 'Dockerfile'], { cwd: d });
      expect(r.code, yaml).toBe(code);
      if (message) {
        expect(r.stderr.trim().split('\n'), yaml).toHaveLength(1);
        expect(r.stderr, yaml).toMatch(message);
      } else {
        expect(r.stderr, yaml).toBe('');
      }
      expect(r.stderr).not.toMatch(/internal error/);
    }
  });

  it('keys named like Object properties are unknown keys, not the parser\'s own functions', () => {
    for (const name of ['.dfscan.yaml', '.hadolint.yaml']) {
      for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
        const d = folder({ Dockerfile: DOCKERFILE, [name]: `${key}: {polluted: 1}\n` });
        const r = dfscan(['-j', '1', '-f', 'json', 'Dockerfile'], { cwd: d });
        expect(r.code, `${name} ${key}`).toBe(2);
        expect(r.stderr, `${name} ${key}`).toMatch(new RegExp(`^dfscan: ${name.replace('.', '\\.')}:1:1: unknown key "${key}"; valid keys: `));
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a label schema naming __proto__ holds a label of that name', () => {
    const d = folder({ Dockerfile: DOCKERFILE, '.dfscan.yaml': 'label-schema: {__proto__: email}\n' });
    const r = dfscan(['-j', '1', '-f', 'json', '--failure-threshold', 'none', 'Dockerfile'], { cwd: d });
    expect(r.stderr).toBe('');
    const messages = JSON.parse(r.stdout).files[0].findings.map((f: { message: string }) => f.message);
    expect(messages).toContain('the final image has no label __proto__ (required by the label schema, email): add LABEL __proto__=...');
  });
});

describe('names from a Dockerfile are data', { timeout: SLOW }, () => {
  const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];

  /** Every place a name goes: images, tags, stages, commands, packages, options, labels, pragmas. */
  function dockerfile(w: string): string {
    return [
      `ARG ${w}=1`,
      `ARG BASE=${w}`,
      `FROM ${w}:${w} AS ${w}`,
      `FROM node:${w}`,
      `FROM python:${w} AS b`,
      `FROM ubuntu:${w}`,
      `FROM docker.io/${w}/${w}:1`,
      `FROM node:\${BASE}`,
      `ENV ${w}=\${${w}}`,
      `RUN apt-get update && apt-get install -y ${w} ${w}=1 && pip install ${w}==1 && npm install ${w} && apk add ${w} && gem install ${w} && go install ${w}@latest && dnf install ${w} && cargo install ${w}`,
      `RUN ${w} --${w} ${w} && sudo ${w} && env ${w}=1 ${w} && ${w} -m 777 x && install -m 777 ${w} y && chown ${w} x && chmod ${w} x`,
      `RUN --mount=type=cache,target=/${w},id=${w} --mount=type=${w} ${w} install ${w}`,
      `RUN curl https://${w}/${w} | ${w} && wget -O- ${w} | sh && tar xf ${w}.tar.gz && rm -rf /var/lib/${w}`,
      `COPY --from=${w} /${w} /${w}`,
      `COPY --chown=${w}:${w} ${w} /${w}`,
      `ADD ${w} /${w}`,
      `USER ${w}`,
      `WORKDIR /${w}`,
      `LABEL ${w}=${w} toString="" constructor=""`,
      `EXPOSE 80/${w}`,
      `SHELL ["${w}"]`,
      `HEALTHCHECK CMD ${w}`,
      `STOPSIGNAL ${w}`,
      `ONBUILD RUN ${w}`,
      `# dfscan ignore=${w}`,
      `RUN ${w}`,
      `# hadolint ignore=${w}`,
      `CMD ["${w}"]`,
      `${w.toUpperCase()} x`,
      '',
    ].join('\n');
  }

  it.each(NAMES)('%s in every position is analysed without an internal error, with finite figures', async (w) => {
    const r = await analyzeFile({ path: 'Dockerfile', text: dockerfile(w) }, {});
    expect(r.error).toBeNull();
    expect(r.findings.length).toBeGreaterThan(5);
    for (const f of r.findings) {
      for (const v of [f.impact.bytes, f.impact.rebuildSeconds]) if (v !== null) expect(Number.isFinite(v), `${f.rule}: ${f.message}`).toBe(true);
      expect(f.message).not.toMatch(/\bNaN\b|\bundefined\b|\[object |function /);
    }
    // An empty label is only reported when a label schema asks for it; no schema here.
    expect(r.findings.filter((f) => f.rule === 'label-empty')).toEqual([]);
    for (const v of Object.values(r.estimate!)) expect(Number.isFinite(v as number)).toBe(true);
  });
});

describe('nothing in the files runs', { timeout: SLOW }, () => {
  it('$(...), backticks and ${...} in instructions, ARG defaults, build args and settings execute nothing', () => {
    const m = (n: number) => join(marks, `shell-${n}`);
    const text = [
      `# syntax=$(touch ${m(1)})`,
      `# check=skip=\`touch ${m(2)}\``,
      `ARG A=$(touch ${m(3)})`,
      `ARG B=\`touch ${m(4)}\``,
      `FROM alpine:\${A:-$(touch ${m(5)})} AS base`,
      `ENV C="$(touch ${m(6)})" D=\`touch ${m(7)}\` E=\${B:+$(touch ${m(8)})}`,
      `RUN touch ${m(9)}; $(touch ${m(10)}); \`touch ${m(11)}\``,
      `RUN ["sh", "-c", "touch ${m(12)}"]`,
      `LABEL x="$(touch ${m(13)})" y=\`touch ${m(14)}\``,
      `WORKDIR /$(touch ${m(15)})`,
      `COPY $(touch ${m(16)}) /x`,
      `ADD \`touch ${m(17)}\` /y`,
      `USER $(touch ${m(18)})`,
      `HEALTHCHECK CMD touch ${m(19)}`,
      `ONBUILD RUN touch ${m(20)}`,
      `RUN <<EOF\ntouch ${m(21)}\n$(touch ${m(22)})\nEOF`,
      `CMD touch ${m(23)}`,
      '',
    ].join('\n');
    // A file named like a command substitution in the context (a name holds no `/`: it would run in the context folder).
    const d = folder({ Dockerfile: text, '.dfscan.yaml': `trusted-registries: ["$(touch ${m(24)})"]\nlabel-schema: {x: text}\n`, '$(touch dfscan-pwned-25)': 'x' });
    const common = ['--build-arg', `X=$(touch ${m(26)})`, '--build-arg', `Y=\`touch ${m(27)}\``, '--changed', `$(touch ${m(28)})`];
    const runs = [
      dfscan(['-j', '1', '-f', 'json', ...common, 'Dockerfile'], { cwd: d }),
      dfscan(['-j', '1', ...common, 'Dockerfile'], { cwd: d }),
      dfscan(['-j', '1', '--diff', '--fix-unsafe', ...common, 'Dockerfile'], { cwd: d }),
      dfscan(['-j', '1', '--changed-since', `$(touch ${m(29)})`, 'Dockerfile'], { cwd: d }),
      dfscan(['-j', '1', '--stdin-filename', `$(touch ${m(30)})`, '-'], { cwd: d, input: text }),
    ];
    // The file was read and reported: the commands in it were seen, not run.
    expect(JSON.parse(runs[0]!.stdout).files[0].findings.length).toBeGreaterThan(3);
    for (const r of runs) expect(r.stderr).not.toMatch(/internal error/);
    expect(runs[3]!.stderr).toMatch(/--changed-since .*: not a git revision/);
    expect(readdirSync(marks).filter((f) => f.startsWith('shell-'))).toEqual([]);
    expect(readdirSync(d).filter((f) => f.startsWith('dfscan-pwned'))).toEqual([]);
  });
});

/**
 * Runs a process without blocking this one, so that the recorder below can answer while it
 * runs; a process that waits on a connection is stopped after `ms`.
 */
function runAsync(args: readonly string[], options: { cwd: string; env: Record<string, string>; ms?: number }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...(process.env as Record<string, string>), ...options.env };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.ms ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Records every TCP connection made to it. */
function recorder(): Promise<{ server: Server; port: number; connections: string[] }> {
  return new Promise((resolve) => {
    const connections: string[] = [];
    const server = createServer((socket) => {
      socket.once('data', (b) => connections.push(b.toString('latin1').split('\r\n')[0]!));
      connections.push('connection');
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0, connections });
    });
  });
}

describe('no network access', { timeout: SLOW }, () => {
  let trap: Awaited<ReturnType<typeof recorder>>;
  let log: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    trap = await recorder();
    log = join(dir, 'net.log');
    // Preloaded into dfscan (and its worker threads): any socket it opens or name it looks up is logged.
    const preload = join(dir, 'net-trap.cjs');
    writeFileSync(
      preload,
      [
        "const fs = require('node:fs'); const net = require('node:net'); const dns = require('node:dns');",
        'const note = (what) => fs.appendFileSync(process.env.DFSCAN_NET_LOG, what + "\\n");',
        'const connect = net.Socket.prototype.connect;',
        // net.connect hands the socket its arguments normalised: [[options, callback]].
        'net.Socket.prototype.connect = function (...args) { const o = Array.isArray(args[0]) ? args[0][0] : args[0]; note("connect " + JSON.stringify(o && typeof o === "object" ? { host: o.host, port: o.port, path: o.path } : args.slice(0, 2))); return connect.apply(this, args); };',
        'for (const name of ["lookup", "resolve", "resolve4", "resolve6"]) { const f = dns[name]; dns[name] = function (...args) { note("dns." + name + " " + args[0]); return f.apply(this, args); }; }',
        '',
      ].join('\n'),
    );
    const proxy = `http://127.0.0.1:${trap.port}`;
    env = {
      HTTP_PROXY: proxy,
      HTTPS_PROXY: proxy,
      http_proxy: proxy,
      https_proxy: proxy,
      ALL_PROXY: proxy,
      NO_PROXY: '',
      // Node 24 sends fetch through these variables only when asked to.
      NODE_USE_ENV_PROXY: '1',
      NODE_OPTIONS: `--require ${preload}`,
      DFSCAN_NET_LOG: log,
    };
  });

  afterAll(() => trap?.server.close());

  it('the traps catch a connection (so their silence below means something)', async () => {
    const r = await runAsync(['-e', `require('node:http').get('http://127.0.0.1:${trap.port}/probe', (res) => res.resume()).on('error', () => {})`], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(readFileSync(log, 'utf8')).toMatch(/connect .*127\.0\.0\.1/);
    // Straight to the trap, or through it as the proxy (Node 24 sends http.get through the
    // proxy variables too, with the whole URL in the request line).
    expect(trap.connections.filter((c) => /^GET (http:\/\/127\.0\.0\.1:\d+)?\/probe HTTP\/1\.1$/.test(c))).toHaveLength(1);
    rmSync(log);
    trap.connections.length = 0;
  });

  it('remote images, ADD from URLs and git, # syntax= and remote COPY --from make no connection', async () => {
    const text = [
      '# syntax=docker/dockerfile:1.7',
      '# check=error=true',
      'FROM registry.example.com/team/base:1.0 AS build',
      'ADD https://example.com/tool-1.2.3.tar.gz /opt/',
      'ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/x.bin /x',
      'ADD git@github.com:moby/buildkit.git#v0.13.0 /src',
      'ADD https://github.com/moby/buildkit.git /src2',
      'RUN curl -fsSL https://example.com/install.sh | sh',
      'FROM ghcr.io/owner/image@sha256:0000000000000000000000000000000000000000000000000000000000000000',
      'COPY --from=docker.io/library/nginx:1.27 /etc/nginx /etc/nginx',
      'COPY --from=build /opt /opt',
      '',
    ].join('\n');
    const d = folder({ Dockerfile: text, 'Dockerfile.two': text, 'Dockerfile.three': text });
    const runs = [
      await runAsync([BIN, '-j', '1', '-f', 'json', 'Dockerfile'], { cwd: d, env }),
      // The default: worker threads for the files of a folder.
      await runAsync([BIN, '-f', 'sarif', '.'], { cwd: d, env }),
      await runAsync([BIN, '-j', '1', '--diff', '--fix-unsafe', 'Dockerfile'], { cwd: d, env }),
    ];
    for (const r of runs) expect(r.code).not.toBeNull();
    const report = JSON.parse(runs[0]!.stdout);
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].findings.length).toBeGreaterThan(2);
    for (const r of runs) expect(r.stderr).not.toMatch(/internal error/);
    expect(trap.connections).toEqual([]);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });
});

/** The WebAssembly global (the project's TypeScript lib has no DOM types, where it is declared). */
const WASM = (globalThis as unknown as { WebAssembly: { Module: { new (bytes: Uint8Array): object; exports(module: object): { name: string }[] } } }).WebAssembly;

describe('no evaluated code', { timeout: SLOW }, () => {
  const sources = (root: string): string[] =>
    readdirSync(join(ROOT, root), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name));

  it('src/ and rules/ hold no eval, Function constructor or vm, and start processes only without a shell', () => {
    const files = [...sources('src'), ...sources('rules')];
    expect(files.length).toBeGreaterThan(100);
    const spawners: string[] = [];
    // The one use of node:vm: the CLI's entries compile their own bundle, the file beside them,
    // with V8's code cache.
    const compileCache = join(ROOT, 'src', 'cli', 'compile-cache.ts');
    expect(readFileSync(join(ROOT, 'src', 'cli', 'bundle-file.ts'), 'utf8')).toMatch(/path: fileURLToPath\(new URL\('dfscan\.cjs', entryUrl\)\)/);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]|from 'vm'|setTimeout\(\s*['"`]/);
      if (file !== compileCache) expect(code, file).not.toMatch(/node:vm/);
      if (/node:child_process/.test(code)) {
        spawners.push(relative(ROOT, file));
        expect(code, file).not.toMatch(/shell:\s*true|[^.\w]exec\(|\bexecSync\(|\bspawn\(\s*['"`](sh|bash)['"`]/);
      }
    }
    // git for --changed-since (an argument vector, no shell); Node itself for the Liftoff relaunch;
    // commander's spawn, loaded when called.
    expect(spawners.sort()).toEqual(['src/cli/changes.ts', 'src/cli/lazy-child-process.ts', 'src/cli/relaunch.ts']);
  });

  it('the bundle\'s only eval sites are the WebAssembly loader\'s, for exports the shipped modules lack', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'dfscan.cjs'), 'utf8');
    const sites = [...bundle.matchAll(/\beval\(/g)].map((m) => bundle.slice(Math.max(0, m.index - 40), m.index + 10));
    // web-tree-sitter's Emscripten loader turns a side module's EM_ASM/EM_JS snippets into functions.
    expect(sites).toHaveLength(2);
    for (const s of sites) expect(s).toMatch(/(ASM_CONSTS\[start\]|moduleExports\[name\])=eval\(func\)/);
    expect(bundle).not.toMatch(/\bnew Function\(/);
    // Those snippets come only from a module that exports them; neither shipped module does.
    for (const wasm of ['tree-sitter.wasm', 'tree-sitter-bash.wasm']) {
      const names = WASM.Module.exports(new WASM.Module(readFileSync(join(ROOT, 'dist', wasm)))).map((e) => e.name);
      expect(names.length, wasm).toBeGreaterThan(0);
      expect(names.filter((n) => /^__start_em_asm|^__em_js__|em_asm/i.test(n)), wasm).toEqual([]);
    }
  });
});
