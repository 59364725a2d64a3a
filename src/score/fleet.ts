/**
 * Several Dockerfiles scanned together, seen as the images one host runs: which base images they
 * share, the bytes a host pulls to run them all (a base shared by several images is pulled once),
 * and what moving the images of one base repository onto a single tag would save.
 */
import type { FileReport } from '../analyze.js';

export interface FleetBase {
  /** The base as the size table knows it (`node:22-slim`), or as written when unknown. */
  readonly ref: string;
  readonly bytes: number;
  readonly files: readonly string[];
}

export interface FleetAlignment {
  /** The image repository (`node`), the tag to align on, and the tags that would move. */
  readonly image: string;
  readonly onto: string;
  readonly from: readonly string[];
  readonly savedBytes: number;
}

export interface Fleet {
  readonly images: number;
  readonly bases: readonly FleetBase[];
  /** Each image pulled on its own. */
  readonly separateBytes: number;
  /** One host pulling them all: shared bases once. */
  readonly sharedBytes: number;
  readonly alignments: readonly FleetAlignment[];
  readonly alignmentSavings: number;
}

export function fleetView(reports: readonly FileReport[]): Fleet | null {
  const analysed = reports.filter((r) => r.details && r.estimate);
  if (analysed.length < 2) return null;
  const bases = new Map<string, { bytes: number; files: string[] }>();
  let separate = 0;
  let layers = 0;
  for (const r of analysed) {
    const { base, chart } = r.details!;
    separate += chart.totalBytes;
    layers += chart.totalBytes - base.bytes;
    const ref = base.ref === null ? '(unknown)' : base.tag ? `${base.ref.slice(0, base.ref.lastIndexOf(':'))}:${base.tag}` : base.ref;
    const entry = bases.get(ref) ?? { bytes: base.bytes, files: [] };
    entry.files.push(r.path);
    bases.set(ref, entry);
  }
  const list = [...bases].map(([ref, b]) => ({ ref, bytes: b.bytes, files: b.files })).sort((a, b) => b.files.length - a.files.length || b.bytes - a.bytes || (a.ref < b.ref ? -1 : 1));
  const shared = list.reduce((n, b) => n + b.bytes, 0) + layers;

  const byImage = new Map<string, FleetBase[]>();
  for (const b of list) {
    if (b.ref === '(unknown)' || b.ref === 'scratch') continue;
    const image = b.ref.slice(0, b.ref.lastIndexOf(':'));
    byImage.set(image, [...(byImage.get(image) ?? []), b]);
  }
  const alignments: FleetAlignment[] = [];
  for (const [image, group] of byImage) {
    if (group.length < 2) continue;
    // Align on the tag most images already use (the smaller one on a tie); the others' base
    // bytes are pulled no more.
    const [onto, ...rest] = [...group].sort((a, b) => b.files.length - a.files.length || a.bytes - b.bytes);
    alignments.push({ image, onto: onto!.ref, from: rest.map((b) => b.ref), savedBytes: rest.reduce((n, b) => n + b.bytes, 0) });
  }
  return {
    images: analysed.length,
    bases: list,
    separateBytes: Math.round(separate),
    sharedBytes: Math.round(shared),
    alignments,
    alignmentSavings: alignments.reduce((n, a) => n + a.savedBytes, 0),
  };
}
