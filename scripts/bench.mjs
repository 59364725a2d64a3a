#!/usr/bin/env node
// `npm run bench`: dfscan's speed over the shared corpus, every figure a ratio against a
// baseline measured in the same run, each program run as its users run it (whole processes).
// Writes bench/results.json and prints a table; says plainly which targets are missed.
//
//   node scripts/bench.mjs [--corpus DIR] [--rounds N] [--cold N] [--lint-sample N] [--no-peers] [--no-scaling]
//
// Needs the built CLI (npm run build) and, for the peers, the npm registry: dockerfilelint and
// dockerlinter are installed into a temporary folder with --ignore-scripts (dockerlinter's
// install script downloads ShellCheck, which its `-s none` mode does not use).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, devNull, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HERE = join(ROOT, 'scripts', 'bench');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus', 'files') },
    rounds: { type: 'string', default: '3' },
    cold: { type: 'string', default: '15' },
    'lint-sample': { type: 'string', default: '60' },
    'no-peers': { type: 'boolean', default: false },
    'no-scaling': { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'bench', 'results.json') },
  },
});
const ROUNDS = Number(args.rounds);
const COLD_RUNS = Number(args.cold);

if (!existsSync(CLI)) fail(`${CLI} is missing: run npm run build first`);
if (!existsSync(args.corpus)) fail(`corpus not found: ${args.corpus}`);

const work = mkdtempSync(join(tmpdir(), 'dfscan-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const log = (s) => process.stderr.write(`${s}\n`);

// ---- the corpus, as a list for the floor and as folders of Dockerfiles for dfscan --------
const files = listFiles(args.corpus);
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const listFile = join(work, 'files.txt');
writeFileSync(listFile, `${files.join('\n')}\n`);
/** `times` copies of the corpus, each file as `<copy>/<n>/Dockerfile` (hard links where possible). */
function corpusTree(times) {
  const dir = join(work, `corpus-${times}x`);
  for (let t = 0; t < times; t++) {
    files.forEach((file, i) => {
      const sub = join(dir, String(t), String(i).padStart(5, '0'));
      mkdirSync(sub, { recursive: true });
      try {
        linkSync(file, join(sub, 'Dockerfile'));
      } catch {
        copyFileSync(file, join(sub, 'Dockerfile'));
      }
    });
  }
  return dir;
}
log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
const tree1 = corpusTree(1);

// ---- measuring a whole process ------------------------------------------------------------
const sink = openSync(devNull, 'w');
/**
 * Runs a command to completion: its wall time in ms and, for a Node process started with
 * --import rss.mjs, its peak memory and CPU time (which other load on the machine inflates less).
 */
function timed(cmd, argv, { expect = [0, 1], stdout = sink, env = {} } = {}) {
  const rss = join(work, 'rss');
  rmSync(rss, { force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, ...env, DFSCAN_BENCH_RSS: rss }, maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!expect.includes(r.status)) fail(`${cmd} ${argv.slice(0, 4).join(' ')} ... exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  const usage = existsSync(rss) ? JSON.parse(readFileSync(rss, 'utf8')) : { rss: null, cpuMs: null };
  return { ms, rss: usage.rss, cpuMs: usage.cpuMs };
}
const measured = (script) => ['--import', join(HERE, 'rss.mjs'), script];
const node = process.execPath;
/** The whole CLI as users run it: both cores (this thread and a worker), or one thread with -j 1. */
const dfscan = (dir, jobs = []) => timed(node, [...measured(CLI), ...jobs, '-f', 'json', '--failure-threshold', 'none', dir]);
const floor = (list = listFile) => timed(node, [...measured(join(HERE, 'floor.mjs')), list], { expect: [0] });

// ---- peers --------------------------------------------------------------------------------
let peers = null;
if (!args['no-peers']) {
  const dir = join(work, 'peers');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), '{"name":"bench-peers","private":true}\n');
  log('installing dockerfilelint and dockerlinter (npm install --ignore-scripts) ...');
  const npm = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', 'dockerfilelint', 'dockerlinter'], { cwd: dir, encoding: 'utf8' });
  if (npm.status !== 0) {
    log(`peers not installed (npm exited ${npm.status}): ${npm.stderr.trim().split('\n').pop()}`);
  } else {
    const mod = (name) => join(dir, 'node_modules', name);
    const version = (name) => JSON.parse(readFileSync(join(mod(name), 'package.json'), 'utf8')).version;
    const probe = spawnSync(node, [join(HERE, 'dockerfilelint-probe.cjs'), join(mod('dockerfilelint'), 'lib', 'index.js'), listFile], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const crashed = new Set(JSON.parse(probe.stdout));
    const lintable = files.filter((f) => !crashed.has(f));
    const lintList = join(work, 'lintable.txt');
    writeFileSync(lintList, lintable.join('\n'));
    // dockerlinter takes one file per process: a sample spread over the corpus.
    const step = Math.max(1, Math.floor(files.length / Number(args['lint-sample'])));
    const sample = files.filter((_, i) => i % step === 0).slice(0, Number(args['lint-sample']));
    peers = {
      dockerfilelint: { version: version('dockerfilelint'), bin: join(mod('dockerfilelint'), 'bin', 'dockerfilelint'), files: lintable, crashed: crashed.size },
      dockerlinter: { version: version('dockerlinter'), bin: join(mod('dockerlinter'), 'bin', 'dockerfilelinter'), sample },
    };
    log(`dockerfilelint ${peers.dockerfilelint.version}: crashes on ${crashed.size} files, left out; dockerlinter ${peers.dockerlinter.version}: ${sample.length} files, one process each`);
  }
}
const dockerfilelint = () => timed(node, [...measured(peers.dockerfilelint.bin), '-o', 'json', ...peers.dockerfilelint.files], { expect: [...Array(256).keys()] });
function dockerlinter() {
  let ms = 0;
  for (const f of peers.dockerlinter.sample) ms += timed(node, [peers.dockerlinter.bin, '-f', f, '-s', 'none'], { expect: [0, 1] }).ms;
  return { ms, rss: null, cpuMs: null };
}

// ---- rounds: every measurement once per round, interleaved, medians ------------------------
const coldFile = join(ROOT, 'examples', 'node-app', 'Dockerfile');
const samples = {};
const record = (name, r) => (samples[name] ??= []).push(r);
const load = [loadavg()[0]];
for (let round = 1; round <= ROUNDS; round++) {
  log(`round ${round}/${ROUNDS}`);
  record('floor', floor());
  record('dfscan', dfscan(tree1));
  record('dfscan-j1', dfscan(tree1, ['-j', '1']));
  record('dfscan-j2', dfscan(tree1, ['-j', '2']));
  if (peers) record('dockerfilelint', dockerfilelint());
  for (let i = 0; i < COLD_RUNS; i++) {
    record('node-e-0', timed(node, ['-e', '0'], { expect: [0] }));
    record('cold', timed(node, [CLI, coldFile], { expect: [0, 1] }));
  }
}
if (peers) {
  log('dockerlinter, one process per file ...');
  record('dockerlinter', dockerlinter());
}
let scaling = null;
if (!args['no-scaling']) {
  log('scaling: the corpus 4 and 16 times over ...');
  const t4 = dfscan(corpusTree(4));
  const t16 = dfscan(corpusTree(16));
  // The floor over the same repeats: the cost of 12 more copies, once each program is warm.
  const repeated = (times) => {
    const list = join(work, `files-${times}x.txt`);
    writeFileSync(list, `${Array.from({ length: times }, () => files.join('\n')).join('\n')}\n`);
    return list;
  };
  const floor4 = floor(repeated(4));
  const floor16 = floor(repeated(16));
  scaling = { '1x': median(samples.dfscan.map((s) => s.ms)), '4x': t4.ms, '16x': t16.ms, floor4x: floor4.ms, floor16x: floor16.ms };
}
load.push(loadavg()[0]);

// ---- figures and targets ------------------------------------------------------------------
const ms = (name) => median(samples[name].map((s) => s.ms));
const cpu = (name) => median(samples[name].map((s) => s.cpuMs));
const perSecond = (n, t) => n / (t / 1000);
const floorMs = ms('floor');
const one = ms('dfscan');
const oneThread = ms('dfscan-j1');
const twoThreads = ms('dfscan-j2');
const figures = {
  files: files.length,
  bytes,
  floor: { ms: floorMs, cpuMs: cpu('floor'), filesPerSecond: perSecond(files.length, floorMs) },
  dfscan: { ms: one, cpuMs: cpu('dfscan'), filesPerSecond: perSecond(files.length, one), mbPerSecond: perSecond(bytes / 1e6, one), peakRssBytes: Math.max(...samples.dfscan.map((s) => s.rss ?? 0)) },
  dfscanOneThread: { ms: oneThread, cpuMs: cpu('dfscan-j1'), filesPerSecond: perSecond(files.length, oneThread), peakRssBytes: Math.max(...samples['dfscan-j1'].map((s) => s.rss ?? 0)) },
  dfscanTwoThreads: { ms: twoThreads, cpuMs: cpu('dfscan-j2'), filesPerSecond: perSecond(files.length, twoThreads), peakRssBytes: Math.max(...samples['dfscan-j2'].map((s) => s.rss ?? 0)) },
  coldStart: { nodeMs: ms('node-e-0'), dfscanMs: ms('cold'), file: 'examples/node-app/Dockerfile' },
  scaling,
  peers: peers && {
    dockerfilelint: { version: peers.dockerfilelint.version, files: peers.dockerfilelint.files.length, crashedOn: peers.dockerfilelint.crashed, ms: ms('dockerfilelint'), cpuMs: cpu('dockerfilelint'), filesPerSecond: perSecond(peers.dockerfilelint.files.length, ms('dockerfilelint')) },
    dockerlinter: { version: peers.dockerlinter.version, files: peers.dockerlinter.sample.length, ms: ms('dockerlinter'), filesPerSecond: perSecond(peers.dockerlinter.sample.length, ms('dockerlinter')) },
  },
};
const ratios = {
  analysisOverFloor: oneThread / floorMs,
  analysisOverFloorCpu: cpu('dfscan-j1') / cpu('floor'),
  twoThreadsOverOne: oneThread / twoThreads,
  coldStartOverNode: figures.coldStart.dfscanMs / figures.coldStart.nodeMs,
  scaling16x: scaling && scaling['16x'] / scaling['1x'],
  scaling4x: scaling && scaling['4x'] / scaling['1x'],
  // Not a target: the analysis against the floor once both have run long enough for V8 to have
  // optimised their code (the 12 copies from 4x to 16x), which one pass over the corpus is not.
  warmAnalysisOverFloor: scaling && (scaling['16x'] - scaling['4x']) / (scaling.floor16x - scaling.floor4x),
  overDockerfilelint: peers && figures.dfscan.filesPerSecond / figures.peers.dockerfilelint.filesPerSecond,
  overDockerlinter: peers && figures.dfscan.filesPerSecond / figures.peers.dockerlinter.filesPerSecond,
};
const MiB = 2 ** 20;
const targets = [
  ['full analysis (one thread, -j 1) against the parser floor', ratios.analysisOverFloor, '<=', 1.5],
  ['whole corpus against dockerfilelint (throughput)', ratios.overDockerfilelint, '>=', 1],
  ['whole corpus against dockerlinter (throughput)', ratios.overDockerlinter, '>=', 20],
  ['cold start against node -e 0', ratios.coldStartOverNode, '<=', 1.8],
  ['peak memory, whole corpus (MiB)', figures.dfscan.peakRssBytes / MiB, '<=', 120],
  ['16x the corpus against 1x (time)', ratios.scaling16x, '<=', 17],
  ['two threads against one (throughput)', ratios.twoThreadsOverOne, '>=', 1.6],
].map(([what, value, op, limit]) => ({ what, value, op, limit, met: value === null ? null : op === '<=' ? value <= limit : value >= limit }));

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryBytes: totalmem(), node: process.version, platform: `${process.platform}-${process.arch}`, loadAverage: load };
const results = { date: new Date().toISOString(), machine, rounds: ROUNDS, coldRuns: ROUNDS * COLD_RUNS, figures, ratios, targets, samples };
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);

const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);
const rows = [
  ['parser floor (dockerfile-ast + walk)', `${f1(figures.floor.ms / 1000)} s`, `${f1(figures.floor.cpuMs / 1000)} s`, `${Math.round(figures.floor.filesPerSecond)} files/s`, '1.00'],
  ['dfscan -j 1 (one thread)', `${f1(oneThread / 1000)} s`, `${f1(figures.dfscanOneThread.cpuMs / 1000)} s`, `${Math.round(figures.dfscanOneThread.filesPerSecond)} files/s`, f2(oneThread / floorMs)],
  ['dfscan -j 2 (main thread and one worker)', `${f1(twoThreads / 1000)} s`, `${f1(figures.dfscanTwoThreads.cpuMs / 1000)} s`, `${Math.round(figures.dfscanTwoThreads.filesPerSecond)} files/s`, f2(twoThreads / floorMs)],
  ['dfscan as installed (all rules, scores, JSON report)', `${f1(one / 1000)} s`, `${f1(figures.dfscan.cpuMs / 1000)} s`, `${Math.round(figures.dfscan.filesPerSecond)} files/s, ${f1(figures.dfscan.mbPerSecond)} MB/s`, f2(one / floorMs)],
];
if (peers) {
  const p = figures.peers;
  rows.push([`dockerfilelint ${p.dockerfilelint.version} (${p.dockerfilelint.files} files)`, `${f1(p.dockerfilelint.ms / 1000)} s`, `${f1(p.dockerfilelint.cpuMs / 1000)} s`, `${Math.round(p.dockerfilelint.filesPerSecond)} files/s`, f2(perSecond(files.length, floorMs) / p.dockerfilelint.filesPerSecond)]);
  rows.push([`dockerlinter ${p.dockerlinter.version} (${p.dockerlinter.files} files)`, `${f1(p.dockerlinter.ms / 1000)} s`, '-', `${f1(p.dockerlinter.filesPerSecond)} files/s`, f2(perSecond(files.length, floorMs) / p.dockerlinter.filesPerSecond)]);
}
const out = [
  `dfscan bench, ${results.date.slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 2 ** 30).toFixed(0)} GiB, Node ${machine.node}, load ${load.map(f2).join(' -> ')}`,
  `corpus: ${files.length} files, ${f1(bytes / 1e6)} MB; medians of ${ROUNDS} rounds (cold start: ${ROUNDS * COLD_RUNS} runs)`,
  '',
  table(['run', 'time', 'CPU time', 'throughput', 'time / floor'], rows),
  '',
  `cold start: node -e 0 ${Math.round(figures.coldStart.nodeMs)} ms, dfscan ${figures.coldStart.file} ${Math.round(figures.coldStart.dfscanMs)} ms`,
  `full analysis against the floor in CPU time (less affected by other load): ${f2(ratios.analysisOverFloorCpu)}`,
  `peak memory, whole corpus: ${f1(figures.dfscan.peakRssBytes / MiB)} MiB as installed (-j 1: ${f1(figures.dfscanOneThread.peakRssBytes / MiB)} MiB, -j 2: ${f1(figures.dfscanTwoThreads.peakRssBytes / MiB)} MiB)`,
  scaling ? `scaling: 1x ${f1(scaling['1x'] / 1000)} s, 4x ${f1(scaling['4x'] / 1000)} s (${f2(ratios.scaling4x)}x), 16x ${f1(scaling['16x'] / 1000)} s (${f2(ratios.scaling16x)}x)` : 'scaling: not measured',
  scaling ? `once warm (the copies from 4x to 16x): dfscan ${f1((scaling['16x'] - scaling['4x']) / 12000)} s per corpus, the floor ${f1((scaling.floor16x - scaling.floor4x) / 12000)} s, ratio ${f2(ratios.warmAnalysisOverFloor)}` : '',
  '',
  table(['target', 'measured', 'limit', ''], targets.map((t) => [t.what, t.value === null ? '-' : f2(t.value), `${t.op} ${t.limit}`, t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED'])),
  '',
  `written to ${args.out}`,
];
process.stdout.write(`${out.join('\n')}\n`);

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}
