/**
 * The file's scores and estimate. Each dimension starts at 100 and loses, per finding, the
 * larger of a fixed amount for its severity and a share proportional to what it costs: for
 * cache, its rebuild seconds against the seconds a typical change re-runs; for size, its bytes
 * against the estimated image. Other categories feed a hygiene part of the overall score.
 */
import type { Finding, Severity } from '../rules/types.js';
import type { BuildContext } from '../context/build-context.js';
import type { Graph } from '../graph/types.js';
import { estimateImage, type ImageEstimate } from './image-estimate.js';
import { rebuildSeconds, typicalRebuilds, type StageRebuild } from './rebuild.js';

export interface Score {
  readonly cache: number;
  readonly size: number;
  readonly overall: number;
  readonly grade: 'A' | 'B' | 'C' | 'D' | 'F';
}

export interface Estimate {
  readonly imageBytes: number;
  readonly wastedBytes: number;
  readonly savingsBytes: number;
  readonly rebuildSecondsPerChange: number;
}

export interface Scored {
  readonly score: Score;
  readonly estimate: Estimate;
  readonly image: ImageEstimate;
  readonly rebuilds: readonly StageRebuild[];
}

/** Points a finding costs at least, by severity. */
export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = { error: 20, warning: 8, info: 3, style: 1 };

/** Points a finding that costs the whole of its dimension would take. */
const PROPORTIONAL_POINTS = 60;

/** A cache finding is weighed against at least this many seconds, so tiny builds are not all-or-nothing. */
const MIN_REBUILD_SECONDS = 30;

/** Weights of the overall score. */
const WEIGHTS = { cache: 0.4, size: 0.4, hygiene: 0.2 };

export function scoreFile(graph: Graph, findings: readonly Finding[], buildContext: () => BuildContext | null = () => null): Scored {
  const image = estimateImage(graph, buildContext);
  const rebuilds = typicalRebuilds(graph);
  const perChange = rebuildSeconds(rebuilds);
  const savingsBytes = Math.min(image.imageBytes, countedSavings(findings));

  const cache = dimension(findings.filter((f) => f.category === 'cache'), (f) => (f.impact.rebuildSeconds ?? 0) / Math.max(perChange, MIN_REBUILD_SECONDS));
  const largest = largestInGroups(findings);
  const size = dimension(findings.filter((f) => f.category === 'size'), (f) =>
    image.imageBytes > 0 && largest.has(f) ? (f.impact.bytes ?? 0) / image.imageBytes : 0,
  );
  const hygiene = dimension(findings.filter((f) => f.category !== 'cache' && f.category !== 'size'), () => 0);
  const overall = Math.round(WEIGHTS.cache * cache + WEIGHTS.size * size + WEIGHTS.hygiene * hygiene);
  return {
    score: { cache, size, overall, grade: grade(overall) },
    estimate: {
      imageBytes: Math.round(image.imageBytes),
      wastedBytes: Math.round(image.wastedBytes),
      savingsBytes: Math.round(savingsBytes),
      rebuildSecondsPerChange: Math.round(perChange),
    },
    image,
    rebuilds,
  };
}

function dimension(findings: readonly Finding[], share: (f: Finding) => number): number {
  let points = 0;
  for (const f of findings) points += Math.max(SEVERITY_POINTS[f.severity], PROPORTIONAL_POINTS * Math.min(1, share(f)));
  return Math.max(0, Math.min(100, Math.round(100 - points)));
}

/** Findings that are the largest of their savings group (alternatives to one another). */
function largestInGroups(findings: readonly Finding[]): Set<Finding> {
  const best = new Map<string, Finding>();
  const out = new Set<Finding>();
  for (const f of findings) {
    if (f.savingsGroup === null) {
      out.add(f);
      continue;
    }
    const cur = best.get(f.savingsGroup);
    if (!cur || (f.impact.bytes ?? 0) > (cur.impact.bytes ?? 0)) best.set(f.savingsGroup, f);
  }
  best.forEach((f) => out.add(f));
  return out;
}

function countedSavings(findings: readonly Finding[]): number {
  let total = 0;
  for (const f of largestInGroups(findings)) if (f.category === 'size' || f.category === 'cache') total += f.impact.bytes ?? 0;
  return total;
}

export function grade(overall: number): Score['grade'] {
  if (overall >= 90) return 'A';
  if (overall >= 80) return 'B';
  if (overall >= 70) return 'C';
  if (overall >= 60) return 'D';
  return 'F';
}
