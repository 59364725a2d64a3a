/**
 * The unified diff `--diff` prints: `a/PATH` and `b/PATH` headers as git writes them, three lines
 * of context. Line breaks stay as they are in the file (a CRLF file's lines end in `\r`).
 */
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  // jsdiff starts with an `Index:`-less "===" separator line; drop it to read like `git diff`.
  return patch.replace(/^={10,}\r?\n/, '');
}
