/**
 * The final image's estimated size, layer by layer: the base image from the measured table,
 * then what each layer adds (packages, dependencies, caches left behind). Every figure carries
 * its basis. Files copied from the build context are not measured here, so they count as zero.
 */
import { DEPENDENCY_INSTALL_SIZES, OS_PACKAGE_AVERAGE } from '../../rules/data/install-sizes.js';
import { TOOLCHAIN_PACKAGES } from '../../rules/data/toolchains.js';
import { imageHistory } from '../graph/image-history.js';
import { displayRef } from '../graph/image-ref.js';
import { runFacts } from '../graph/run-facts.js';
import type { Base, Graph, Node, RunNode } from '../graph/types.js';
import { baseImageSize } from '../model/base-images.js';

/** Assumed for a base image the table does not know, so that the other figures stay comparable. */
export const UNKNOWN_BASE_BYTES = 100_000_000;

export type Basis = 'measured' | 'nearest-tag' | 'table' | 'average' | 'assumed' | 'not-measured';

export interface LayerEstimate {
  readonly node: Node;
  readonly bytes: number;
  readonly basis: Basis;
}

export interface ImageEstimate {
  readonly base: { readonly ref: string | null; readonly bytes: number; readonly basis: Basis };
  readonly layers: readonly LayerEstimate[];
  readonly imageBytes: number;
  /** Bytes in the image that serve nothing: caches left behind, files deleted in a later layer. */
  readonly wastedBytes: number;
}

export function estimateImage(graph: Graph): ImageEstimate {
  const history = imageHistory(graph);
  const base = baseEstimate(history.base?.base);
  const layers: LayerEstimate[] = [];
  for (const stage of history.chain) {
    for (const node of stage.nodes) {
      if (node.kind === 'run') layers.push(runEstimate(node));
      else if (node.kind === 'copy') layers.push({ node, bytes: 0, basis: 'not-measured' });
    }
  }
  const cacheBytes = history.cachesLeft.reduce((n, c) => n + c.cache.bytes, 0);
  const splitBytes = history.splitCleanups.reduce((n, s) => n + (s.cache?.bytes ?? 0), 0);
  const imageBytes = base.bytes + layers.reduce((n, l) => n + l.bytes, 0) + cacheBytes + splitBytes;
  return { base, layers, imageBytes, wastedBytes: cacheBytes + splitBytes };
}

function baseEstimate(base: Base | undefined): ImageEstimate['base'] {
  if (!base) return { ref: null, bytes: 0, basis: 'assumed' };
  if (base.kind === 'scratch') return { ref: 'scratch', bytes: 0, basis: 'measured' };
  if (base.kind !== 'image') return { ref: null, bytes: UNKNOWN_BASE_BYTES, basis: 'assumed' };
  const size = baseImageSize(base.ref);
  if (!size) return { ref: displayRef(base.ref), bytes: UNKNOWN_BASE_BYTES, basis: 'assumed' };
  return { ref: displayRef(base.ref), bytes: size.bytes, basis: size.exact ? 'measured' : 'nearest-tag' };
}

function runEstimate(node: RunNode): LayerEstimate {
  const facts = runFacts(node);
  let bytes = 0;
  let basis: Basis = 'average';
  for (const install of facts.osInstalls) {
    for (const pkg of install.packages) {
      if (install.removedLater.includes(pkg)) continue;
      const toolchain = TOOLCHAIN_PACKAGES.find((t) => (t.names[install.manager.id] ?? []).includes(pkg));
      bytes += toolchain ? toolchain.bytes : OS_PACKAGE_AVERAGE.bytes;
    }
  }
  for (const d of facts.dependencyInstalls) {
    if (d.kind === 'install') bytes += DEPENDENCY_INSTALL_SIZES[d.ecosystem.id]?.bytes ?? 0;
  }
  if (bytes === 0) basis = 'not-measured';
  return { node, bytes, basis };
}
