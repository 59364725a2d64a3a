import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/parse/mapped-text.js';
import { parseExecForm, parseKeyValues, splitFlags } from '../../src/parse/words.js';

describe('instruction arguments', () => {
  it('decides the exec form with JSON.parse, keeping the spaces inside strings', () => {
    expect(parseExecForm('["sh", "-c", "echo hi && ls"]')).toEqual(['sh', '-c', 'echo hi && ls']);
    expect(parseExecForm('[not json]')).toBeNull();
    expect(parseExecForm('["a", 1]')).toBeNull();
    expect(parseExecForm('echo [x]')).toBeNull();
  });

  it('splits leading --flags, values unquoted, and stops at the first argument', () => {
    const text = '--mount=type=cache,target=/root/.npm --network="none" npm ci --flag';
    const args = MappedText.fromSource(text, 0, text.length);
    const { flags, rest } = splitFlags(args, '\\');
    expect(flags.map((f) => [f.name, f.value])).toEqual([['mount', 'type=cache,target=/root/.npm'], ['network', 'none']]);
    expect(rest.text).toBe('npm ci --flag');
  });

  it('reads key=value pairs with quotes, and the legacy `ENV key value` form', () => {
    expect(parseKeyValues('A=1 B="two words" C', '\\', true).map((k) => [k.key, k.rawValue])).toEqual([['A', '1'], ['B', '"two words"'], ['C', null]]);
    expect(parseKeyValues('PATH /usr/bin:/bin extra', '\\', false)).toEqual([
      { key: 'PATH', rawValue: '/usr/bin:/bin extra', start: 0, end: 24, legacy: true },
    ]);
  });
});
