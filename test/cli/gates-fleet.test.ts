import { describe, expect, it } from 'vitest';
import { parseSize } from '../../src/cli/gates.js';
import { dfscan } from '../helpers/cli.js';

const BAD = 'examples/node-app/Dockerfile';
const GOOD = 'examples/node-app-fixed/Dockerfile';

describe('gates', () => {
  it('parses sizes with decimal and binary units', () => {
    expect([parseSize('200MB'), parseSize('1.5GB'), parseSize('300MiB'), parseSize('5000'), parseSize('2 kb'), parseSize('x')]).toEqual([
      200e6, 1.5e9, 300 * 2 ** 20, 5000, 2000, null,
    ]);
  });

  it('prints PASS/FAIL lines and exits 1 when a gate is missed', () => {
    const r = dfscan([GOOD, BAD, '--min-score', '70', '--max-image-size', '200MB', '--max-waste', '10MB', '--failure-threshold', 'none', '--no-color']);
    expect(r.code).toBe(1);
    const gates = r.stdout.split('\n').filter((l) => /^(PASS|FAIL) /.test(l));
    expect(gates).toEqual([
      `PASS min-score ${GOOD}: 100 >= 70`,
      `PASS max-image-size ${GOOD}: 104 MB <= 200 MB`,
      `PASS max-waste ${GOOD}: 0 B <= 10.0 MB`,
      expect.stringMatching(new RegExp(`^FAIL min-score ${BAD}: \\d+ < 70$`)),
      expect.stringMatching(new RegExp(`^FAIL max-image-size ${BAD}: \\d+ MB > 200 MB$`)),
      expect.stringMatching(new RegExp(`^FAIL max-waste ${BAD}: [\\d.]+ MB > 10.0 MB$`)),
    ]);
  });

  it('exits 0 when every gate passes, and reports gates in JSON', () => {
    const r = dfscan([GOOD, '--min-score', '90', '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gates).toEqual([{ gate: 'min-score', path: GOOD, limit: 90, value: 100, pass: true }]);
  });

  it('refuses a malformed gate with one line and exit 2', () => {
    for (const args of [['--max-waste', '10XB'], ['--min-score', '101']]) {
      const r = dfscan([GOOD, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('fleet view', () => {
  it('shows shared bases, the bytes one host pulls and what aligning saves', () => {
    const r = dfscan([GOOD, BAD, GOOD, '--no-color', '--failure-threshold', 'none']);
    expect(r.stdout).toMatch(/fleet: 3 images on 2 base images/);
    expect(r.stdout).toMatch(/node:22-slim\s+79\.4 MB\s+used by 2/);
    expect(r.stdout).toMatch(/align node:22 on node:22-slim: ~408 MB less to pull/);
    const doc = JSON.parse(dfscan([GOOD, BAD, GOOD, '-f', 'json']).stdout);
    expect(doc.fleet.sharedBytes).toBeLessThan(doc.fleet.separateBytes);
    expect(doc.fleet.separateBytes - doc.fleet.sharedBytes).toBe(79_350_916);
  });
});
