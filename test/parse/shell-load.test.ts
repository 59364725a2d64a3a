/**
 * Loading the shell parser holds the event loop open: Node 22 and later may otherwise end the
 * process while V8 compiles the wasm in the background for the pending await (exit code 13).
 * Its own file, so that the parser is loaded here for the first time.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadShellParser } from '../../src/parse/shell/parser.js';

describe('loadShellParser', () => {
  it('holds a timer (which keeps the process alive) while the parser loads, and clears it once the parser is ready', async () => {
    const set = vi.spyOn(globalThis, 'setInterval');
    const clear = vi.spyOn(globalThis, 'clearInterval');
    let cleared = false;
    clear.mockImplementation(((timer: NodeJS.Timeout) => {
      // Still holding the loop when it is let go: made by the loading, referenced.
      expect(timer.hasRef()).toBe(true);
      cleared = true;
      clearTimeout(timer);
    }) as typeof clearInterval);
    const parser = await loadShellParser();
    expect(set).toHaveBeenCalledTimes(1);
    expect(clear).toHaveBeenCalledWith(set.mock.results[0]!.value);
    expect(cleared).toBe(true);
    expect(parser.parse('apt-get update').commands.map((c) => c.name)).toEqual(['apt-get']);
    vi.restoreAllMocks();
  });
});
