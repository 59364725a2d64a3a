/**
 * Turns the bytes of a file into the text every later step reads, and refuses what is not a
 * Dockerfile at all (binary data, UTF-16) with a one-line reason.
 */
import { LineIndex } from './line-index.js';

export interface SourceText {
  /** Decoded text without the byte-order mark. */
  readonly text: string;
  readonly hadBom: boolean;
  readonly lines: LineIndex;
  /** 1-based line of the first byte sequence that is not valid UTF-8, if any. */
  readonly invalidUtf8Line: number | null;
}

export type DecodeResult = { ok: true; source: SourceText } | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, error: 'file is UTF-16 encoded; Docker reads Dockerfiles as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, error: `binary file (NUL byte at offset ${nul}), not a Dockerfile` };
  }
  const hadBom = startsWith(bytes, UTF8_BOM);
  const body = hadBom ? bytes.subarray(3) : bytes;
  const valid = isUtf8(body);
  const text = new TextDecoder('utf-8').decode(body);
  const lines = new LineIndex(text);
  const invalidUtf8Line = valid ? null : lines.lineOf(text.indexOf('\uFFFD'));
  return { ok: true, source: { text, hadBom, lines, invalidUtf8Line } };
}

/** Text given directly (stdin already decoded, tests): same shape, no byte checks. */
export function sourceFromText(text: string): SourceText {
  const hadBom = text.charCodeAt(0) === 0xfeff;
  const body = hadBom ? text.slice(1) : text;
  return { text: body, hadBom, lines: new LineIndex(body), invalidUtf8Line: null };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
