import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/parse/mapped-text.js';
import { nextWord, parseExecForm, parseKeyValues, splitFlags, splitWords } from '../../src/parse/words.js';

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

  it('splits words on white space, keeping quoted runs and escaped characters, one at a time as all at once', () => {
    const text = '  apt-get install "two words" it\\ s \'a "b\' x\\\n y  ';
    expect(splitWords(text, '\\').map((w) => w.raw)).toEqual(['apt-get', 'install', '"two words"', 'it\\ s', '\'a "b\'', 'x\\\n', 'y']);
    const one: string[] = [];
    for (let w = nextWord(text, 0, '\\'); w !== null; w = nextWord(text, w.end, '\\')) {
      expect(text.slice(w.start, w.end)).toBe(w.raw);
      one.push(w.raw);
    }
    expect(one).toEqual(splitWords(text, '\\').map((w) => w.raw));
    // From the middle of a word, the rest of it; past the last, none.
    expect(nextWord(text, 4, '\\')?.raw).toBe('t-get');
    expect(nextWord(text, text.length - 2, '\\')).toBeNull();
    // Without quote handling a quote is a character like any other.
    expect(splitWords('"a b"', '\\', false).map((w) => w.raw)).toEqual(['"a', 'b"']);
  });

  it('reads key=value pairs with quotes, and the legacy `ENV key value` form', () => {
    expect(parseKeyValues('A=1 B="two words" C', '\\', true).map((k) => [k.key, k.rawValue])).toEqual([['A', '1'], ['B', '"two words"'], ['C', null]]);
    expect(parseKeyValues('PATH /usr/bin:/bin extra', '\\', false)).toEqual([
      { key: 'PATH', rawValue: '/usr/bin:/bin extra', start: 0, end: 24, legacy: true },
    ]);
  });
});
