/**
 * The JSON report of a run, written as files are analysed: the same document as the whole
 * report, handed to the output in a few pieces rather than one per file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonStream } from '../../src/cli/json-stream.js';
import { jsonReport } from '../../src/report/json.js';
import { analyze } from '../helpers/analyze.js';
import { ROOT } from '../helpers/cli.js';

describe('the JSON stream', () => {
  it('writes the document jsonReport makes, in fewer writes than files', async () => {
    const text = readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8');
    const one = await analyze(text);
    const reports = Array.from({ length: 60 }, (_, i) => ({ ...one, path: `svc-${i}/Dockerfile` }));
    const writes: string[] = [];
    const stream = jsonStream([{ format: 'json', file: null }], { write: (s: string) => writes.push(s) }, { write: () => true })!;
    const kept = reports.map((r) => stream.file(r, 'warning'));
    expect(stream.end(kept, [])).toBe(true);
    expect(writes.join('')).toBe(jsonReport(reports));
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(reports.length / 4);
  });
});
