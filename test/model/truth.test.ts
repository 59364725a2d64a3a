/**
 * Truth check: dfscan's estimates for Docker Official Image Dockerfiles of the corpus against the
 * sizes of the images those Dockerfiles built, as docker-library/repo-info recorded them (the
 * measured rows of rules/data/base-images.json). The figures are printed for the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analyze.js';
import { lookupTag } from '../../src/model/base-images.js';
import { CORPUS, corpusPresent } from '../helpers/corpus.js';

/** Corpus Dockerfile → the official image tag it builds (with a measured size in the table). */
const BUILT: readonly [file: string, image: string, tag: string][] = [
  ['docker-library__python/3.13__trixie__Dockerfile', 'python', '3.13-trixie'],
  ['docker-library__python/3.13__slim-trixie__Dockerfile', 'python', '3.13-slim-trixie'],
  ['docker-library__python/3.12__slim-trixie__Dockerfile', 'python', '3.12-slim-trixie'],
  ['docker-library__python/3.14__slim-trixie__Dockerfile', 'python', '3.14-slim-trixie'],
  ['docker-library__python/3.13__alpine3.24__Dockerfile', 'python', '3.13-alpine3.24'],
  ['docker-library__python/3.14__alpine3.24__Dockerfile', 'python', '3.14-alpine3.24'],
  ['nodejs__docker-node/22__bookworm__Dockerfile', 'node', '22-bookworm'],
  ['nodejs__docker-node/22__bookworm-slim__Dockerfile', 'node', '22-bookworm-slim'],
  ['nodejs__docker-node/24__bookworm-slim__Dockerfile', 'node', '24-bookworm-slim'],
  ['nodejs__docker-node/26__trixie-slim__Dockerfile', 'node', '26-trixie-slim'],
  ['nodejs__docker-node/24__trixie__Dockerfile', 'node', '24-trixie'],
  ['nodejs__docker-node/22__alpine3.24__Dockerfile', 'node', '22-alpine'],
  ['nodejs__docker-node/24__alpine3.24__Dockerfile', 'node', '24-alpine'],
  ['nodejs__docker-node/26__alpine3.24__Dockerfile', 'node', '26-alpine3.24'],
  ['docker-library__golang/1.27__trixie__Dockerfile', 'golang', '1.27-trixie'],
  ['docker-library__golang/1.27__alpine3.24__Dockerfile', 'golang', '1.27-alpine3.24'],
  ['docker-library__php/8.5__trixie__cli__Dockerfile', 'php', '8.5-cli-trixie'],
  ['docker-library__php/8.5__trixie__apache__Dockerfile', 'php', '8.5-apache-trixie'],
  ['docker-library__php/8.5__alpine3.24__cli__Dockerfile', 'php', '8.5-cli-alpine3.24'],
  ['docker-library__php/8.5__alpine3.24__fpm__Dockerfile', 'php', '8.5-fpm-alpine3.24'],
  ['docker-library__ruby/4.0__slim-trixie__Dockerfile', 'ruby', '4.0-slim-trixie'],
  ['docker-library__postgres/18__trixie__Dockerfile', 'postgres', '18-trixie'],
  ['docker-library__postgres/17__bookworm__Dockerfile', 'postgres', '17-bookworm'],
  ['erlang__docker-erlang-otp/27__Dockerfile', 'erlang', '27'],
  ['erlang__docker-erlang-otp/27__slim__Dockerfile', 'erlang', '27-slim'],
];

interface Row {
  readonly file: string;
  readonly truth: number;
  readonly base: number;
  readonly estimate: number;
  readonly error: number;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

describe.skipIf(!corpusPresent())('truth check against recorded official-image sizes', () => {
  it('estimates the final size of 20+ official images; prints the median and worst error', async () => {
    const rows: Row[] = [];
    for (const [file, image, tag] of BUILT) {
      const truth = lookupTag(image, tag);
      expect(truth?.exact, `${image}:${tag} must have a measured size`).toBe(true);
      const report = await analyzeFile({ path: file, bytes: readFileSync(join(CORPUS, 'files', file)) });
      const details = report.details!;
      // The base-size estimate is the FROM image's measured size, so it must be exact.
      expect(details.base.basis, file).toBe('measured');
      const estimate = report.estimate!.imageBytes;
      rows.push({ file, truth: truth!.bytes, base: details.base.bytes, estimate, error: (estimate - truth!.bytes) / truth!.bytes });
    }
    const abs = rows.map((r) => Math.abs(r.error));
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`.padStart(9);
    console.log(
      [
        'truth check (estimated final image vs recorded size):',
        ...rows.map((r) => `  ${r.file.padEnd(56)} truth ${mb(r.truth)}  base ${mb(r.base)}  estimate ${mb(r.estimate)}  ${(r.error * 100).toFixed(0).padStart(4)}%`),
        `  ${rows.length} images: median absolute error ${(median(abs) * 100).toFixed(0)}%, worst ${(Math.max(...abs) * 100).toFixed(0)}%`,
      ].join('\n'),
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    // An estimate, not a measurement: it must stay within the same order of magnitude.
    expect(median(abs)).toBeLessThan(0.5);
    for (const r of rows) expect(r.estimate / r.truth, r.file).toBeGreaterThan(0.2);
  }, 60_000);
});
