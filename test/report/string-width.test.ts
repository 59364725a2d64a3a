import realStringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { stringWidth } from '../../src/report/string-width.js';

describe('stringWidth (the width cli-table3 gets in the bundle)', () => {
  it('gives the width string-width gives, on its fast path and off it', () => {
    const samples = [
      '',
      ' ',
      'DL3008',
      'apt-get install without --no-install-recommends: ~ 120 MB',
      '~!@#$%^&*()_+{}|:"<>?`-=[]\\;\',./',
      'tab\there',
      'line\nbreak',
      '\u001b[1mbold\u001b[22m',
      '\u001b[31merror\u001b[39m and plain',
      'größe',
      'ｆｕｌｌｗｉｄｔｈ',
      '日本語のメッセージ',
      'emoji 🐳 whale',
      'combining e\u0301',
      'zero\u200bwidth',
      '\u007f delete',
      '\u0085 next line',
    ];
    for (const s of samples) expect(stringWidth(s), JSON.stringify(s)).toBe(realStringWidth(s));
  });

  it('counts the ellipsis, box drawing and block elements (its fast path) as string-width does', () => {
    const table = ['…'];
    for (let c = 0x2500; c <= 0x259f; c++) table.push(String.fromCharCode(c));
    for (const c of table) expect(stringWidth(`│ ${c} ─`), c).toBe(realStringWidth(`│ ${c} ─`));
    expect(stringWidth('┌──┬──┐ ██▌ …')).toBe(13);
  });

  it('measures wide characters as two columns', () => {
    expect(stringWidth('日本')).toBe(4);
    expect(stringWidth('ab')).toBe(2);
  });
});
