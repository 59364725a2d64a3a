import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EAGER_WASM_FLAG } from '../../src/cli/early-wasm.js';
import { needsLiftoffRelaunch, relaunchFlags, YOUNG_SEMI_SPACE_MB } from '../../src/cli/relaunch.js';
import { BIN, ROOT, dfscan } from '../helpers/cli.js';

describe('needsLiftoffRelaunch', () => {
  it('starts again on Node 22 and later, unless the flag is on the command line', () => {
    expect(needsLiftoffRelaunch('v20.19.0', [], {})).toBe(false);
    expect(needsLiftoffRelaunch('v21.7.3', [], {})).toBe(false);
    expect(needsLiftoffRelaunch('v22.0.0', [], {})).toBe(true);
    expect(needsLiftoffRelaunch('v24.11.1', ['--max-old-space-size=200'], {})).toBe(true);
    expect(needsLiftoffRelaunch('v24.11.1', ['--liftoff-only'], {})).toBe(false);
    expect(needsLiftoffRelaunch('v24.11.1', ['--liftoff_only'], {})).toBe(false);
    expect(needsLiftoffRelaunch('v24.11.1', ['--no-liftoff-only'], {})).toBe(false);
  });

  it('never starts a third process', () => {
    expect(needsLiftoffRelaunch('v24.11.1', [], { DFSCAN_LIFTOFF_ONLY: '1' })).toBe(false);
  });
});

describe('relaunchFlags', () => {
  it("gives the new process Node 20's young generation, unless the user chose one", () => {
    const young = `--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`;
    expect(relaunchFlags([], {})).toEqual(['--liftoff-only', EAGER_WASM_FLAG, young]);
    expect(relaunchFlags(['--max-old-space-size=200'], { NODE_OPTIONS: '--enable-source-maps' })).toContain(young);
    expect(relaunchFlags(['--max-semi-space-size=64'], {})).toEqual(['--liftoff-only', EAGER_WASM_FLAG]);
    expect(relaunchFlags(['--max_semi_space_size=2'], {})).not.toContain(young);
    expect(relaunchFlags([], { NODE_OPTIONS: '--enable-source-maps --max-semi-space-size=4' })).not.toContain(young);
  });
});

/**
 * The bundled CLI on this Node, made to report a later version: it must start itself again with
 * the flag, pass standard input, output and the exit code through, and give the same report.
 */
describe('the relaunched CLI', () => {
  const probe = [
    "Object.defineProperty(process, 'version', { value: 'v24.0.0' });",
    "process.stderr.write(`liftoff=${process.execArgv.includes('--liftoff-only')} eager=${process.execArgv.includes('--no-wasm-lazy-compilation')} young=${process.execArgv.includes('--max-semi-space-size=16')}\\n`);",
  ].join('');
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, BIN, ...args], { input, cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });

  it('runs once more with --liftoff-only (and whole-module wasm compiling) and gives the same output and exit code', () => {
    const text = readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8');
    const r = run(['-f', 'json', '-'], text);
    expect(r.stderr.match(/liftoff=\w+ eager=\w+ young=\w+/g)).toEqual(['liftoff=false eager=false young=false', 'liftoff=true eager=true young=true']);
    const direct = dfscan(['-f', 'json', '-'], { input: text });
    expect(r.stdout).toBe(direct.stdout);
    expect(r.status).toBe(direct.code);
    expect(r.status).toBe(1);
    expect(run(['--version'], '').status).toBe(0);
    expect(run(['--no-such-option'], '').status).toBe(2);
  });
});
