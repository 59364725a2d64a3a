/**
 * CI gates: a minimum overall score, a maximum estimated image size, a maximum of wasted bytes.
 * Each file is checked against each gate given; a missed gate makes the run exit 1.
 */
import type { FileReport } from '../analyze.js';
import { formatBytes } from '../model/bytes.js';

export interface Gates {
  readonly minScore?: number;
  readonly maxImageSize?: number;
  readonly maxWaste?: number;
}

export interface GateResult {
  readonly gate: 'min-score' | 'max-image-size' | 'max-waste';
  readonly path: string;
  readonly limit: number;
  readonly value: number;
  readonly pass: boolean;
}

const UNITS: Readonly<Record<string, number>> = {
  b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, t: 1e12, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40,
};

/** `200MB`, `1.5GB`, `300MiB`, `5000` (bytes); decimal units as registries show sizes. */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!m) return null;
  const unit = UNITS[(m[2] || 'b').toLowerCase()];
  return unit === undefined ? null : Math.round(Number(m[1]) * unit);
}

export function checkGates(reports: readonly FileReport[], gates: Gates): GateResult[] {
  const out: GateResult[] = [];
  for (const r of reports) {
    if (!r.score || !r.estimate) continue;
    if (gates.minScore !== undefined) out.push({ gate: 'min-score', path: r.path, limit: gates.minScore, value: r.score.overall, pass: r.score.overall >= gates.minScore });
    if (gates.maxImageSize !== undefined) out.push({ gate: 'max-image-size', path: r.path, limit: gates.maxImageSize, value: r.estimate.imageBytes, pass: r.estimate.imageBytes <= gates.maxImageSize });
    if (gates.maxWaste !== undefined) out.push({ gate: 'max-waste', path: r.path, limit: gates.maxWaste, value: r.estimate.wastedBytes, pass: r.estimate.wastedBytes <= gates.maxWaste });
  }
  return out;
}

export function gateLine(g: GateResult): string {
  const show = (n: number) => (g.gate === 'min-score' ? String(n) : formatBytes(n));
  const relation = g.gate === 'min-score' ? (g.pass ? '>=' : '<') : g.pass ? '<=' : '>';
  return `${g.pass ? 'PASS' : 'FAIL'} ${g.gate} ${g.path}: ${show(g.value)} ${relation} ${show(g.limit)}`;
}
