/**
 * The rows of the layer chart: the base image and each layer of the final image, with its
 * estimated size and how often it is expected to rebuild — on every source edit, when the
 * dependency manifests change, or rarely (base image, system packages).
 */
import { flatten } from '../graph/lists.js';
import { pathKind } from '../graph/source-kind.js';
import type { Graph, Node } from '../graph/types.js';
import type { Basis, ImageEstimate } from './image-estimate.js';
import { simulateChange, type StageRebuild } from './rebuild.js';

export type Rebuilds = 'every edit' | 'deps change' | 'rarely';

export interface ChartRow {
  /** 1-based line of the instruction; null for the base image. */
  readonly line: number | null;
  readonly label: string;
  readonly bytes: number;
  readonly basis: Basis | null;
  readonly rebuilds: Rebuilds;
}

export interface LayerChart {
  readonly rows: readonly ChartRow[];
  readonly totalBytes: number;
}

/** Made when the file is analysed, from its graph; the reports read only the rows. */
export function layerChart(graph: Graph, image: ImageEstimate, rebuilds: readonly StageRebuild[]): LayerChart {
  const often = new Set(flatten(rebuilds, (r) => r.nodes));
  const deps = manifestChange(graph);
  const lines = graph.file.source.lines;
  const rows: ChartRow[] = [
    {
      line: null,
      label: image.base.ref === null ? 'base (unknown)' : `FROM ${image.base.ref}`,
      bytes: image.base.bytes,
      basis: image.base.basis,
      rebuilds: 'rarely',
    },
  ];
  for (const layer of image.layers) {
    rows.push({
      line: lines.lineOf(layer.node.raw.start),
      label: `${layer.node.keyword} ${layer.node.args.text}`.replace(/\s+/g, ' '),
      bytes: layer.bytes,
      basis: layer.basis,
      rebuilds: often.has(layer.node) ? 'every edit' : deps.has(layer.node) ? 'deps change' : 'rarely',
    });
  }
  return { rows, totalBytes: image.imageBytes };
}

/**
 * Layers that re-run when a dependency manifest or lockfile changes: a COPY of a manifest, or of
 * a folder or the context root that holds one, is touched.
 */
function manifestChange(graph: Graph): Set<Node> {
  return new Set(flatten(simulateChange(graph, (path) => pathKind(path) !== 'other'), (r) => r.nodes));
}
