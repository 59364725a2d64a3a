/** The whole text of a report that is written a file at a time (see cli/report-stream.ts). */
import type { FileReport } from '../analyze.js';

export interface FileWriter {
  file(report: FileReport): void;
  end(): void;
}

/** What `make`'s writer writes for `files`, as one string. */
export function wholeText(files: readonly FileReport[], make: (write: (text: string) => void) => FileWriter): string {
  let out = '';
  const writer = make((text) => (out += text));
  for (const file of files) writer.file(file);
  writer.end();
  return out;
}
