import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_IMAGES } from '../../rules/data/official-images.js';
import { buildGraph } from '../../src/graph/build.js';
import { parseImageRef } from '../../src/graph/image-ref.js';
import { baseImageSize, lookupTag, nearestTag } from '../../src/model/base-images.js';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import { decodeSource } from '../../src/parse/source.js';
import { corpusFiles, corpusPresent } from '../helpers/corpus.js';

const size = (ref: string) => baseImageSize(parseImageRef(ref)!);

describe('base image sizes', () => {
  it('gives the measured size of a known tag, and its source', () => {
    expect(size('node:22-slim')).toMatchObject({ tag: '22-slim', bytes: 79_350_916, exact: true, family: 'slim', libc: 'glibc' });
    expect(size('node:22-slim')!.source).toMatch(/docker-library\/repo-info/);
    expect(size('docker.io/library/debian:bookworm-slim')).toMatchObject({ bytes: 28_232_590, exact: true });
  });

  it('copies the size of the same image to its alias tags', () => {
    expect(size('node:jod')).toMatchObject({ bytes: size('node:22')!.bytes, exact: true });
    expect(size('node:jod')!.basis).toMatch(/same image as node:22/);
  });

  it('stands in the nearest known tag of the same variant, marked approximate', () => {
    expect(size('python:3.11-slim')).toMatchObject({ tag: '3.12-slim', exact: false, family: 'slim' });
    expect(size('node:18-alpine')).toMatchObject({ exact: false, family: 'alpine' });
    expect(size('debian:sid-slim')).toMatchObject({ exact: false, family: 'slim' });
    expect(size('centos:8')).toMatchObject({ tag: '7', exact: false });
    expect(size('erlang:26')).toMatchObject({ tag: '27', family: 'full' });
  });

  it('knows nothing of Windows tags, unknown images or unknown variants', () => {
    expect(size('golang:1.26-windowsservercore-ltsc2022')).toBeNull();
    expect(size('example.com/team/app:1')).toBeNull();
    expect(lookupTag('ubuntu', '24.04-slim')).toBeNull();
  });

  it('matches versions nearest first, preferring the same major', () => {
    expect(nearestTag(['20', '22', '24', '22.1'], '21')).toBe('20');
    expect(nearestTag(['20', '22', '24', '22.1'], '22.3')).toBe('22.1');
    expect(nearestTag(['3.12-slim', '3.13-slim', 'slim'], 'slim')).toBe('slim');
  });
});

const present = corpusPresent();

describe.skipIf(!present)('corpus FROM coverage', () => {
  it('resolves at least 90% of the FROM lines that name a Docker Official Image to a known size', () => {
    let official = 0;
    let known = 0;
    let exact = 0;
    for (const path of corpusFiles('files')) {
      const decoded = decodeSource(readFileSync(path));
      if (!decoded.ok) continue;
      for (const stage of buildGraph(parseDockerfile(decoded.source), null).stages) {
        if (stage.base.kind !== 'image' || !OFFICIAL_IMAGES.has(stage.base.ref.name)) continue;
        official++;
        const s = baseImageSize(stage.base.ref);
        if (s) known++;
        if (s?.exact) exact++;
      }
    }
    const share = known / official;
    console.log(`corpus FROM coverage: ${known} of ${official} official-image references resolve to a size (${(share * 100).toFixed(1)}%, ${exact} exact tags)`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
