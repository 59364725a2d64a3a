import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import { decodeSource, sourceFromText } from '../../src/parse/source.js';

const parse = (text: string) => parseDockerfile(sourceFromText(text));
const keywords = (text: string) => parse(text).instructions.map((i) => i.keyword);

describe('parseDockerfile', () => {
  it('joins continuation lines and drops comment and empty lines inside them, as Docker does', () => {
    const p = parse('FROM alpine\nRUN apk add \\\n  # the client\n  curl \\\n\n  git\n');
    expect(p.instructions[1]!.args.text).toBe('apk add   curl   git');
    expect(p.instructions[1]!.emptyContinuationLines).toHaveLength(1);
  });

  it('maps argument offsets back to the source across continuation lines', () => {
    const text = 'FROM alpine\nRUN apk add \\\n  curl\n';
    const args = parse(text).instructions[1]!.args;
    const at = args.text.indexOf('curl');
    expect(text.slice(args.toSource(at), args.toSource(at) + 4)).toBe('curl');
  });

  it('reads heredoc bodies, including `<< \'EOF\'` with a space that dockerfile-ast misses', () => {
    const text = "FROM alpine\nRUN cat << 'EOF' > /etc/motd\nFROM nothing\nhello\nEOF\nRUN echo done\n";
    const p = parse(text);
    expect(p.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'RUN']);
    const h = p.instructions[1]!.heredocs[0]!;
    expect(h.name).toBe('EOF');
    expect(h.quoted).toBe(true);
    expect(h.content.text).toBe('FROM nothing\nhello\n');
    expect(p.problems).toEqual([]);
  });

  it('strips leading tabs for <<- and reads several heredocs in order', () => {
    const p = parse('FROM alpine\nCOPY <<-A <<B /x/\n\tone\n\tA\ntwo\nB\nCMD ["x"]\n');
    const [a, b] = p.instructions[1]!.heredocs;
    expect(a!.content.text).toBe('one\n');
    expect(b!.content.text).toBe('two\n');
    expect(keywords('FROM alpine\nCOPY <<-A <<B /x/\n\tone\n\tA\ntwo\nB\nCMD ["x"]\n')).toEqual(['FROM', 'COPY', 'CMD']);
  });

  it('reports an unterminated heredoc and keeps going', () => {
    const p = parse('FROM alpine\nRUN <<EOF\necho hi\n');
    expect(p.problems.map((x) => x.message)).toEqual([expect.stringMatching(/heredoc <<EOF is never closed/)]);
  });

  it('does not take a here-string or an arithmetic shift for a heredoc', () => {
    expect(parse('FROM alpine\nRUN cat <<<"x"; echo $((1<<2))\nRUN true\n').instructions[1]!.heredocs).toEqual([]);
  });

  it('honours # escape=` (backtick continuations)', () => {
    const p = parse('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hi\n');
    expect(p.escape).toBe('`');
    expect(p.instructions[1]!.args.text).toBe('powershell -Command     Write-Host hi');
  });

  it('handles CRLF line endings', () => {
    const p = parse('FROM alpine\r\nRUN apk add \\\r\n  curl\r\nCMD ["sh"]\r\n');
    expect(p.instructions.map((i) => i.args.text)).toEqual(['alpine', 'apk add   curl', '["sh"]']);
  });

  it('reports unknown instructions as problems', () => {
    expect(parse('FROM alpine\nFOO bar\n').problems.map((p) => p.message)).toEqual(['unknown instruction "FOO"']);
  });

  it('collects comments with their lines, not heredoc lines that look like comments', () => {
    const p = parse('# top\nFROM alpine\nRUN <<EOF\n# inside\nEOF\n# after\n');
    expect(p.comments.map((c) => [c.line, c.text])).toEqual([[1, 'top'], [6, 'after']]);
  });
});

describe('decodeSource', () => {
  it('removes a UTF-8 byte-order mark and keeps line numbers', () => {
    const d = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('FROM alpine\n')]));
    expect(d.ok && d.source.hadBom).toBe(true);
    expect(d.ok && d.source.text).toBe('FROM alpine\n');
  });

  it('refuses binary data and UTF-16 with a reason', () => {
    const bin = decodeSource(new Uint8Array([0x46, 0x00, 0x01]));
    expect(bin).toEqual({ ok: false, error: expect.stringMatching(/binary file/) });
    const utf16 = decodeSource(new Uint8Array([0xff, 0xfe, 0x46, 0x00]));
    expect(utf16).toEqual({ ok: false, error: expect.stringMatching(/UTF-16/) });
  });

  it('decodes invalid UTF-8 with replacement characters and remembers the line', () => {
    const d = decodeSource(new Uint8Array([...Buffer.from('FROM alpine\n# caf'), 0xe9, 0x0a]));
    expect(d.ok && d.source.invalidUtf8Line).toBe(2);
  });
});
