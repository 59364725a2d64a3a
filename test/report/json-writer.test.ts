/**
 * The JSON report written file by file must be the very text of the whole document printed at
 * once (JSON.stringify with two-space indents), with and without files, gates and a fleet view.
 */
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/analyze.js';
import { checkGates } from '../../src/cli/gates.js';
import { report, reportFile, reportText, unreadable } from '../helpers/reports.js';

const pretty = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;

describe('the JSON report, written file by file', () => {
  it('is JSON.stringify of the document, for no file, one file and several', async () => {
    const files: FileReport[] = [
      await reportFile('examples/node-app/Dockerfile'),
      unreadable('gone/Dockerfile', 'no such file or directory'),
      await report('svc/Dockerfile', 'FROM node:22-slim\nRUN npm ci\n'),
    ];
    for (const set of [[], files.slice(0, 1), files.slice(1, 2), files]) {
      const text = reportText('json', set);
      expect(text).toBe(pretty(text));
      expect(JSON.parse(text).files).toHaveLength(set.length);
    }
    expect(JSON.parse(reportText('json', files)).fleet.images).toBe(2);
    const gates = checkGates(files, { minScore: 90, maxWaste: 1 });
    const withGates = reportText('json', files, { gates });
    expect(withGates).toBe(pretty(withGates));
    expect(JSON.parse(withGates).gates).toEqual(gates);
    expect(reportText('json', [], { gates })).toBe(pretty(reportText('json', [], { gates })));
  });
});
