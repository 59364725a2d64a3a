import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EAGER_WASM_FLAG } from '../../src/cli/early-wasm.js';
import { setV8Flags, V8_FLAGS } from '../../src/cli/v8-flags.js';

describe('setV8Flags', () => {
  it('sets every flag, in order, through the setter it is given', () => {
    const set: string[] = [];
    setV8Flags((flag) => set.push(flag));
    expect(set).toEqual([...V8_FLAGS]);
    expect(set).toContain('--liftoff-only');
    expect(set).toContain(EAGER_WASM_FLAG);
  });

  it("lowers the inlining budget below V8's default of 920 bytes", () => {
    const budget = V8_FLAGS.map((f) => /^--max-inlined-bytecode-size-cumulative=(\d+)$/.exec(f)?.[1]).find(Boolean);
    expect(Number(budget)).toBeGreaterThan(0);
    expect(Number(budget)).toBeLessThan(920);
  });

  it('names only flags this V8 knows: an unknown one is printed to stderr at every start', () => {
    const script = `const v8 = require('node:v8'); for (const f of ${JSON.stringify(V8_FLAGS)}) v8.setFlagsFromString(f);`;
    const known = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(known.status).toBe(0);
    expect(known.stderr).toBe('');
    // The check itself sees an unknown flag.
    const unknown = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--no-such-v8-flag')"], { encoding: 'utf8' });
    expect(unknown.stderr).toMatch(/unrecognized flag/);
  });
});
