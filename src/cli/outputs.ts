/**
 * `-f FORMAT` and `-o FILE` are paired by position: the first format goes to the first file, the
 * second to the second, and a format without a file (or with `-o -`) to standard output, which
 * takes at most one.
 */
import { resolve } from 'node:path';
import type { Format } from '../report/formats.js';

export interface Output {
  readonly format: Format;
  /** null: standard output. */
  readonly file: string | null;
}

export function pairOutputs(formats: readonly Format[], files: readonly string[]): Output[] | string {
  const wanted: readonly Format[] = formats.length === 0 ? ['tty'] : formats;
  if (files.length > wanted.length) {
    return `${files.length} -o/--output files for ${wanted.length} -f/--format: give each file its format (-f FORMAT -o FILE)`;
  }
  const outputs = wanted.map((format, i) => ({ format, file: files[i] === undefined || files[i] === '-' ? null : files[i]! }));
  const toStdout = outputs.filter((o) => o.file === null);
  if (toStdout.length > 1) {
    return `${toStdout.length} formats would go to standard output (${toStdout.map((o) => o.format).join(', ')}): give all but one of them -o FILE`;
  }
  const seen = new Map<string, Format>();
  for (const o of outputs) {
    if (o.file === null) continue;
    const key = resolve(o.file);
    const other = seen.get(key);
    if (other) return `${o.file}: both ${other} and ${o.format} would be written to this file`;
    seen.set(key, o.format);
  }
  return outputs;
}
