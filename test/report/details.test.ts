/**
 * A report holds plain data only (no graph): it survives structured cloning, which is how it
 * crosses from a worker thread, and every format renders the clone exactly as the original.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile, type FileReport } from '../../src/analyze.js';
import { FORMATS, render } from '../../src/report/formats.js';
import { lines } from '../helpers/analyze.js';
import { report, reportFile, unreadable } from '../helpers/reports.js';

async function reports(): Promise<FileReport[]> {
  return [
    await reportFile('examples/node-app/Dockerfile'),
    await reportFile('examples/go-service/Dockerfile'),
    // Non-ASCII text before findings (rdjson's UTF-8 columns) and two findings of a rule on equal text (fingerprints).
    await report('svc/Dockerfile', lines('FROM debian:bookworm', 'RUN echo "héllo 𝄞" && apt-get update && apt-get install -y curl', 'RUN echo "héllo 𝄞" && apt-get update && apt-get install -y curl')),
    unreadable('gone/Dockerfile', 'no such file or directory'),
  ];
}

describe('file reports', () => {
  it('are plain data that clone to equal reports', async () => {
    for (const r of await reports()) expect(structuredClone(r)).toStrictEqual(r);
  });

  it('render the same in every format after cloning', async () => {
    const original = await reports();
    const cloned = structuredClone(original);
    const context = { root: '/', color: false, width: 80 };
    for (const format of FORMATS) expect(render(format, cloned, context), format).toBe(render(format, original, context));
  });

  it('carry the layer chart, one fingerprint per finding, and UTF-8 columns only where text before a position is not ASCII', async () => {
    const [node, , unicode] = await reports();
    expect(node!.details!.chart.rows.length).toBeGreaterThan(1);
    expect(node!.details!.chart.rows[0]!.line).toBeNull();
    expect(node!.details!.fingerprints).toHaveLength(node!.findings.length);
    expect(node!.details!.utf8Columns.size).toBe(0);
    const prints = unicode!.details!.fingerprints!;
    expect(new Set(prints).size).toBe(prints.length);
    expect([...unicode!.details!.utf8Columns.values()].length).toBeGreaterThan(0);
    for (const [key, column] of unicode!.details!.utf8Columns) expect(column, key).toBeGreaterThan(Number(key.split(':')[1]));
  });

  it('skip the fingerprints when the run asks for none, and nothing else changes', async () => {
    const text = lines('FROM debian:bookworm', 'RUN apt-get update && apt-get install -y curl');
    const withPrints = await analyzeFile({ path: 'Dockerfile', text });
    const without = await analyzeFile({ path: 'Dockerfile', text }, { fingerprints: false });
    expect(withPrints.details!.fingerprints).toHaveLength(withPrints.findings.length);
    expect(without.details!.fingerprints).toBeNull();
    expect({ ...without, details: { ...without.details, fingerprints: withPrints.details!.fingerprints } }).toStrictEqual(withPrints);
  });
});
