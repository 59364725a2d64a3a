/**
 * The instruction scanner in parseDockerfile against dockerfile-ast, which it replaced: over
 * every corpus file both must find the same instructions (line and keyword), comments and
 * escape character. They may differ only where dockerfile-ast departs from Docker, on lines
 * that show why (see the unit cases below for what Docker does there).
 */
import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, type ParsedDockerfile } from '../../src/parse/dockerfile.js';
import { decodeSource, sourceFromText } from '../../src/parse/source.js';
import { corpusFiles, corpusPresent } from '../helpers/corpus.js';

const parse = (text: string) => parseDockerfile(sourceFromText(text));

describe('the scanner reads lines as Docker does', () => {
  it('continues a line that holds only the escape character into the next, keyword included', () => {
    const p = parse('FROM alpine\n \\\nRUN apk add curl\n');
    expect(p.instructions.map((i) => [i.keyword, i.args.text])).toEqual([['FROM', 'alpine'], ['RUN', 'apk add curl']]);
    expect(p.problems).toEqual([]);
    expect(p.source.lines.lineOf(p.instructions[1]!.start)).toBe(3);
  });

  it('does not continue a line that ends with an escaped escape character', () => {
    const p = parse('FROM alpine\nENV C trailing\\\\\nENV D not appended\n');
    expect(p.instructions.map((i) => i.args.text)).toEqual(['alpine', 'C trailing\\\\', 'D not appended']);
  });

  it('takes `RUN \\` at the end of a line as the keyword and a continuation', () => {
    const p = parse('FROM alpine\nRUN\\\n  apk add curl\n');
    expect(p.instructions[1]).toMatchObject({ keyword: 'RUN', keywordText: 'RUN' });
    expect(p.instructions[1]!.args.text).toBe('apk add curl');
  });

  it('records comment lines inside a continuation, and comments anywhere else', () => {
    const p = parse('# one\nFROM alpine\nRUN apk add \\\n  # two\n  curl\n  # three\n');
    expect(p.comments.map((c) => [c.line, c.text])).toEqual([[1, 'one'], [4, 'two'], [6, 'three']]);
  });

  it('reads parser directives only at the top, and the first valid escape wins', () => {
    const p = parse('# syntax=docker/dockerfile:1\n#Escape = `\n# escape=\\\nFROM alpine\n# escape=\\\n');
    expect(p.directives).toEqual([
      { name: 'syntax', value: 'docker/dockerfile:1', line: 1 },
      { name: 'escape', value: '`', line: 2 },
      { name: 'escape', value: '\\', line: 3 },
    ]);
    expect(p.escape).toBe('`');
    expect(p.comments.map((c) => c.line)).toEqual([5]);
    expect(parse('\n# escape=`\nFROM alpine\n').escape).toBe('\\');
  });

  it('reads the heredoc of an ONBUILD trigger', () => {
    const p = parse('FROM alpine\nONBUILD RUN <<EOF\nFROM nothing\nEOF\nCMD ["x"]\n');
    expect(p.instructions.map((i) => i.keyword)).toEqual(['FROM', 'ONBUILD', 'CMD']);
    expect(p.instructions[1]!.heredocs[0]!.content.text).toBe('FROM nothing\n');
  });
});

/** Lines on which dockerfile-ast reads the file differently from Docker, for an escape character. */
function dockerDiffers(escape: string): RegExp[] {
  const e = escape === '`' ? '`' : '\\\\';
  return [
    new RegExp(`^[ \\t]*${e}[ \\t]*\\r?$`, 'm'), // a line holding only the escape character continues the next one
    new RegExp(`${e}${e}[ \\t]*\\r?$`, 'm'), // an escaped escape character at the end of a line is no continuation
  ];
}

interface Outline {
  readonly escape: string;
  readonly instructions: readonly string[];
  readonly comments: readonly number[];
}

function ours(p: ParsedDockerfile): Outline {
  const { lines } = p.source;
  return {
    escape: p.escape,
    instructions: p.instructions.map((i) => `${lines.lineOf(i.start)} ${i.keywordText}`),
    comments: p.comments.map((c) => c.line),
  };
}

/** dockerfile-ast's view, leaving out the heredoc bodies it misses (`<< 'EOF'`). */
function theirs(p: ParsedDockerfile): Outline {
  const { text, lines } = p.source;
  const ast = DockerfileParser.parse(text);
  const bodies = p.instructions.flatMap((i) => i.heredocs.map((h) => [h.bodyStart, h.bodyEnd] as const));
  const inBody = (offset: number) => bodies.some(([s, e]) => offset >= s && offset < e);
  const offsetOf = (pos: { line: number; character: number }) => lines.offsetAt(pos.line, pos.character);
  return {
    escape: ast.getEscapeCharacter(),
    instructions: ast
      .getInstructions()
      .filter((i) => !inBody(offsetOf(i.getRange().start)))
      .map((i) => `${i.getRange().start.line + 1} ${i.getInstruction()}`),
    comments: ast
      .getComments()
      .filter((c) => !inBody(offsetOf(c.getRange().start)))
      .map((c) => c.getRange().start.line + 1),
  };
}

describe.skipIf(!corpusPresent())('the scanner against dockerfile-ast on the corpus', () => {
  it('finds the same instructions, comments and escape character, except where Docker differs', () => {
    let compared = 0;
    const unexplained: string[] = [];
    for (const path of [...corpusFiles('files'), ...corpusFiles('templates')]) {
      const decoded = decodeSource(readFileSync(path));
      if (!decoded.ok) continue;
      const p = parseDockerfile(decoded.source);
      compared++;
      const a = ours(p);
      const b = theirs(p);
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      if (dockerDiffers(p.escape).some((re) => re.test(decoded.source.text))) continue;
      unexplained.push(path);
    }
    expect(unexplained).toEqual([]);
    expect(compared).toBeGreaterThan(5000);
  }, 120_000);
});
