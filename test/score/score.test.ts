import { describe, expect, it } from 'vitest';
import { simulateChange, typicalChange } from '../../src/score/rebuild.js';
import { grade } from '../../src/score/score.js';
import { analyze, lines } from '../helpers/analyze.js';
import { graphOf } from '../helpers/graph.js';

/** Broken and fixed twins for each dimension: the fixed one must score strictly higher there. */
const TWINS = {
  cache: {
    broken: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci --omit=dev && npm cache clean --force', 'CMD ["node", "server.js"]'),
    fixed: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci --omit=dev && npm cache clean --force', 'COPY . .', 'CMD ["node", "server.js"]'),
  },
  splitCleanup: {
    broken: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl', 'RUN rm -rf /var/lib/apt/lists/*'),
    fixed: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'),
  },
  packageCache: {
    broken: lines('FROM python:3.13-slim', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .'),
    fixed: lines('FROM python:3.13-slim', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .'),
  },
  fatBase: {
    broken: lines('FROM node:22', 'COPY package.json package-lock.json ./', 'RUN npm ci --omit=dev && npm cache clean --force', 'COPY . .'),
    fixed: lines('FROM node:22-slim', 'COPY package.json package-lock.json ./', 'RUN npm ci --omit=dev && npm cache clean --force', 'COPY . .'),
  },
  multiStage: {
    broken: lines('FROM golang:1.27', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN go build -o /app .', 'CMD ["/app"]'),
    fixed: lines(
      'FROM golang:1.27 AS build', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /app .',
      'FROM gcr.io/distroless/static-debian12', 'COPY --from=build /app /app', 'CMD ["/app"]',
    ),
  },
};

describe('scores', () => {
  it('a fixed file scores strictly higher than its broken twin on cache', async () => {
    const [broken, fixed] = await Promise.all([analyze(TWINS.cache.broken), analyze(TWINS.cache.fixed)]);
    expect(broken.findings.map((f) => f.rule)).toEqual(['copy-before-install', 'cache-mount']);
    expect(fixed.score!.cache).toBeGreaterThan(broken.score!.cache);
    expect(fixed.score!.overall).toBeGreaterThan(broken.score!.overall);
    expect(fixed.estimate!.rebuildSecondsPerChange).toBeLessThan(broken.estimate!.rebuildSecondsPerChange);
  });

  for (const name of ['splitCleanup', 'packageCache', 'fatBase', 'multiStage'] as const) {
    it(`a fixed file scores strictly higher than its broken twin on size (${name})`, async () => {
      const [broken, fixed] = await Promise.all([analyze(TWINS[name].broken), analyze(TWINS[name].fixed)]);
      expect(broken.findings.length).toBeGreaterThan(0);
      expect(fixed.findings.filter((f) => f.category === 'size')).toEqual([]);
      expect(fixed.score!.size).toBeGreaterThan(broken.score!.size);
      expect(fixed.estimate!.imageBytes).toBeLessThanOrEqual(broken.estimate!.imageBytes);
    });
  }

  it('counts the waste of caches left and split cleanups', async () => {
    const broken = await analyze(TWINS.splitCleanup.broken);
    expect(broken.estimate!.wastedBytes).toBe(19_872_227);
    expect((await analyze(TWINS.splitCleanup.fixed)).estimate!.wastedBytes).toBe(0);
  });

  it('estimates the image from the measured base size', async () => {
    const r = await analyze(lines('FROM node:22-slim', 'CMD ["node"]'));
    expect(r.estimate).toEqual({ imageBytes: 79_350_916, wastedBytes: 0, savingsBytes: 0, rebuildSecondsPerChange: 0 });
    expect(r.score).toEqual({ cache: 100, size: 100, overall: 100, grade: 'A' });
  });

  it('counts alternative fixes of the base image once in the savings', async () => {
    const r = await analyze(TWINS.multiStage.broken);
    const base = r.findings.filter((f) => f.impact.bytes !== null);
    expect(r.estimate!.savingsBytes).toBe(Math.max(...base.map((f) => f.impact.bytes!)));
  });

  it('grades A to F', () => {
    expect([95, 85, 75, 65, 10].map(grade)).toEqual(['A', 'B', 'C', 'D', 'F']);
  });
});

describe('rebuild on a typical source change', () => {
  it('good ordering: only the layers from COPY . . on re-run', async () => {
    const g = await graphOf(TWINS.cache.fixed);
    const [stage] = simulateChange(g, typicalChange);
    expect(stage!.nodes.map((n) => n.keyword)).toEqual(['COPY']);
    expect(stage!.first?.keyword).toBe('COPY');
  });

  it('bad ordering: the install re-runs too', async () => {
    const g = await graphOf(TWINS.cache.broken);
    const [stage] = simulateChange(g, typicalChange);
    expect(stage!.nodes.map((n) => n.keyword)).toEqual(['COPY', 'RUN']);
    expect(stage!.seconds).toBeGreaterThanOrEqual(30);
  });

  it('a rebuilt stage invalidates the COPY --from that reads it', async () => {
    const g = await graphOf(TWINS.multiStage.fixed);
    const rebuilds = simulateChange(g, typicalChange);
    expect(rebuilds.map((r) => r.nodes.map((n) => n.keyword))).toEqual([['COPY', 'RUN'], ['COPY']]);
  });

  it('bind-mounted manifests do not change on a source edit', async () => {
    const g = await graphOf(lines('FROM node:22-slim', 'RUN --mount=type=bind,source=package.json,target=package.json npm ci', 'COPY . .'));
    expect(simulateChange(g, typicalChange)[0]!.nodes.map((n) => n.keyword)).toEqual(['COPY']);
  });
});
