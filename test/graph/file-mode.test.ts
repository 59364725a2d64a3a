import { describe, expect, it } from 'vitest';
import { modeGrant } from '../../src/graph/file-mode.js';

describe('modeGrant', () => {
  it.each([
    ['777', true, false],
    ['0775', false, false],
    ['1777', true, true],
    ['666', true, false],
    ['2', true, false],
    ['a+rwX', true, false],
    ['o+w', true, false],
    ['+w', false, false],
    ['ug+w', false, false],
    ['a+rwx,o-w', false, false],
    ['o=r', false, false],
    ['a+rwxt', true, true],
    ['u=rwx,go=rx', false, false],
  ])('%s', (mode, worldWritable, sticky) => {
    expect(modeGrant(mode)).toEqual({ worldWritable, sticky });
  });

  it('reads neither variables nor words as modes', () => {
    expect(modeGrant('$MODE')).toBeNull();
    expect(modeGrant('/app')).toBeNull();
    expect(modeGrant('8')).toBeNull();
  });
});
