/**
 * The final image's estimated size, layer by layer: the base image from the measured table,
 * then what each layer adds — files from the build context measured on disk, system packages
 * from the Debian package table, dependency installs, artefacts copied from build stages, and
 * caches left behind. Every figure carries its basis, so a reader knows which ones to trust.
 */
import { COMPILED_INSTALL, DEPENDENCY_INSTALL_SIZES, REMOTE_DOWNLOAD, STAGE_ARTIFACT, UNPACKED_DOWNLOAD } from '../../rules/data/install-sizes.js';
import { TOOLCHAIN_PACKAGES } from '../../rules/data/toolchains.js';
import { selectFiles, type BuildContext } from '../context/build-context.js';
import { hasFlag } from '../graph/commands.js';
import { flatten } from '../graph/lists.js';
import { imageHistory } from '../graph/image-history.js';
import { trimTrailingSlashes } from '../graph/paths.js';
import { displayRef } from '../graph/image-ref.js';
import { runFacts } from '../graph/run-facts.js';
import { isRemote, sourceKind } from '../graph/source-kind.js';
import type { Base, CopyNode, Graph, Node, RunNode } from '../graph/types.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import { baseImageSize } from '../model/base-images.js';
import { compressedTotal } from '../model/compressed.js';
import { packageSetSize } from '../model/package-sizes.js';

/** Assumed for a base image the table does not know, so that the other figures stay comparable. */
export const UNKNOWN_BASE_BYTES = 100_000_000;

/**
 * Where a figure comes from, most trusted first: measured (on disk, or the registry's figure for
 * that tag), table (the package table), nearest-tag (a neighbouring tag's measured size),
 * average (a documented average per package or install), assumed (nothing known).
 */
export type Basis = 'measured' | 'table' | 'nearest-tag' | 'average' | 'assumed';

const BASIS_ORDER: readonly Basis[] = ['measured', 'table', 'nearest-tag', 'average', 'assumed'];

export interface SizePart {
  readonly label: string;
  readonly bytes: number;
  readonly basis: Basis;
}

export interface LayerEstimate {
  readonly node: Node;
  readonly bytes: number;
  /** The least trusted basis among its parts; null for a layer that adds nothing known. */
  readonly basis: Basis | null;
  readonly parts: readonly SizePart[];
  /** Bytes of this layer that serve nothing (caches, files deleted by a later layer). */
  readonly wastedBytes: number;
}

export interface ImageEstimate {
  readonly base: { readonly ref: string | null; readonly tag: string | null; readonly bytes: number; readonly basis: Basis };
  readonly layers: readonly LayerEstimate[];
  readonly imageBytes: number;
  readonly wastedBytes: number;
}

export function estimateImage(graph: Graph, buildContext: () => BuildContext | null = () => null): ImageEstimate {
  const history = imageHistory(graph);
  const base = baseEstimate(history.base?.base);
  const wasted = new Map<Node, SizePart[]>();
  const addWaste = (node: Node, part: SizePart): void => {
    const list = wasted.get(node) ?? [];
    list.push(part);
    wasted.set(node, list);
  };
  for (const c of history.cachesLeft) addWaste(c.node, { label: `${c.cache.id} cache left`, bytes: c.cache.bytes, basis: 'table' });
  for (const s of history.splitCleanups) {
    if (s.cache) addWaste(s.createdBy, { label: `${s.cache.id} cache deleted later`, bytes: s.cache.bytes, basis: 'table' });
    else if (s.createdBy.kind === 'copy' && s.path) {
      const bytes = deletedCopyBytes(s.createdBy, s.target.path, buildContext);
      if (bytes !== null) addWaste(s.createdBy, { label: `${s.target.path} deleted later`, bytes, basis: 'measured' });
    }
  }

  const layers: LayerEstimate[] = [];
  for (const stage of history.chain) {
    for (const node of stage.nodes) {
      if (!node.createsLayer) continue;
      const parts = node.kind === 'run' ? runParts(node) : node.kind === 'copy' ? copyParts(node, buildContext) : [];
      const waste = wasted.get(node) ?? [];
      // Bytes deleted later belong to this layer's files already counted; caches are extra.
      const extra = waste.filter((w) => w.label.endsWith('cache left') || w.label.endsWith('cache deleted later'));
      const all = [...parts, ...extra];
      layers.push({
        node,
        bytes: all.reduce((n, p) => n + p.bytes, 0),
        basis: weakest(all),
        parts: all,
        wastedBytes: waste.reduce((n, w) => n + w.bytes, 0),
      });
    }
  }
  const imageBytes = base.bytes + layers.reduce((n, l) => n + l.bytes, 0);
  return { base, layers, imageBytes, wastedBytes: layers.reduce((n, l) => n + l.wastedBytes, 0) };
}

function baseEstimate(base: Base | undefined): ImageEstimate['base'] {
  if (!base) return { ref: null, tag: null, bytes: 0, basis: 'assumed' };
  if (base.kind === 'scratch') return { ref: 'scratch', tag: null, bytes: 0, basis: 'measured' };
  if (base.kind !== 'image') return { ref: null, tag: null, bytes: UNKNOWN_BASE_BYTES, basis: 'assumed' };
  const size = baseImageSize(base.ref);
  if (!size) return { ref: displayRef(base.ref), tag: null, bytes: UNKNOWN_BASE_BYTES, basis: 'assumed' };
  return { ref: displayRef(base.ref), tag: size.tag, bytes: size.bytes, basis: size.exact ? 'measured' : 'nearest-tag' };
}

function runParts(node: RunNode): SizePart[] {
  const facts = runFacts(node);
  const parts: SizePart[] = [];
  for (const install of facts.osInstalls) {
    const kept = install.packages.filter((p) => !install.removedLater.includes(p));
    if (kept.length === 0) continue;
    if (install.manager.id === 'apt') {
      const set = packageSetSize('apt', kept);
      parts.push({ label: `${kept.length} apt package${kept.length === 1 ? '' : 's'}`, bytes: set.bytes, basis: set.averaged > 0 ? 'average' : 'table' });
      const withRecommends = !hasFlag(install.command, '--no-install-recommends') && !install.command.args.some((a) => /Install-Recommends=(false|0|no)/i.test(a.value ?? ''));
      if (withRecommends && set.recommendsBytes > 0) parts.push({ label: 'recommended packages', bytes: set.recommendsBytes, basis: 'table' });
      continue;
    }
    let bytes = 0;
    let averaged = 0;
    for (const pkg of kept) {
      const toolchain = TOOLCHAIN_PACKAGES.find((t) => (t.names[install.manager.id] ?? []).includes(pkg));
      if (toolchain) bytes += toolchain.bytes;
      else {
        bytes += packageSetSize(install.manager.id, [pkg]).bytes;
        averaged++;
      }
    }
    parts.push({ label: `${kept.length} ${install.manager.id} package${kept.length === 1 ? '' : 's'}`, bytes, basis: averaged > 0 ? 'average' : 'table' });
  }
  for (const d of facts.dependencyInstalls) {
    const size = d.kind === 'install' ? DEPENDENCY_INSTALL_SIZES[d.ecosystem.id] : undefined;
    if (size) parts.push({ label: `${d.ecosystem.label} dependencies`, bytes: size.bytes, basis: 'average' });
  }
  const software = softwareInstall(facts.commands);
  if (software) parts.push(software);
  return parts;
}

/** Software built from source, or a downloaded release unpacked, in the RUN. */
function softwareInstall(commands: readonly ShellCommand[]): SizePart | null {
  const args = (c: ShellCommand) => c.args.map((a) => a.value ?? a.text);
  const compiles = commands.some(
    (c) => (c.name === 'make' && args(c).some((a) => /^(install|altinstall|install-\w+)$/.test(a))) || ((c.name === 'cmake' || c.name === 'meson' || c.name === 'ninja') && args(c).includes('install')),
  );
  if (compiles) return { label: 'built from source', bytes: COMPILED_INSTALL.bytes, basis: 'average' };
  const downloads = commands.some((c) => c.name === 'curl' || c.name === 'wget');
  const unpacks = commands.some((c) => (c.name === 'tar' && args(c).some((a) => /^-?-?[a-wyzA-Z]*x|^--extract$/.test(a))) || c.name === 'unzip');
  if (downloads && unpacks) return { label: 'downloaded release', bytes: UNPACKED_DOWNLOAD.bytes, basis: 'average' };
  return null;
}

/** The build context is asked for only by a COPY of its files: a Dockerfile without one never walks it. */
function copyParts(node: CopyNode, buildContext: () => BuildContext | null): SizePart[] {
  if (node.fromStage) {
    // A runtime or tool the build stage downloaded or compiled is copied whole; anything else
    // is taken for a build artefact.
    const software = node.fromStage.nodes.filter((n): n is RunNode => n.kind === 'run').map((n) => softwareInstall(runFacts(n).commands)).find((p) => p !== null);
    if (software) return [{ label: `from ${node.from}: ${software.label}`, bytes: software.bytes, basis: 'average' }];
  }
  if (node.fromStage || node.from !== null) {
    return [{ label: `from ${node.from}`, bytes: STAGE_ARTIFACT.bytes * node.sources.length, basis: 'average' }];
  }
  const parts: SizePart[] = [];
  const local = node.sources.filter((s) => sourceKind(s, node) !== 'heredoc' && !(node.isAdd && isRemote(s.value)));
  const remote = node.sources.filter((s) => node.isAdd && isRemote(s.value));
  if (remote.length > 0) parts.push({ label: 'download', bytes: REMOTE_DOWNLOAD.bytes * remote.length, basis: 'average' });
  const context = local.length > 0 ? buildContext() : null;
  if (context) {
    const seen = new Set<string>();
    const files = flatten(local, (s) => context.select(s.value)).filter((f) => !seen.has(f.path) && seen.add(f.path));
    parts.push({ label: `${files.length} file${files.length === 1 ? '' : 's'} from the context`, bytes: compressedTotal(files), basis: 'measured' });
  }
  return parts;
}

/** Bytes a COPY brought in under a path that a later layer deletes. */
function deletedCopyBytes(node: CopyNode, deletedPath: string, buildContext: () => BuildContext | null): number | null {
  const context = node.from === null ? buildContext() : null;
  if (!context) return null;
  const written = node.dest.startsWith('/') ? node.dest : `${node.workdir}/${node.dest}`;
  const dest = trimTrailingSlashes(written).replace(/\/\.$/, '');
  if (deletedPath !== dest && !deletedPath.startsWith(`${dest}/`)) return null;
  const relative = deletedPath.slice(dest.length).replace(/^\//, '');
  const landed: { path: string; bytes: number }[] = [];
  for (const source of node.sources) {
    // A folder's contents land in the destination; a file or glob match lands by its name.
    const folder = trimTrailingSlashes(source.value.replace(/^\.?\/+/, ''));
    for (const f of context.select(source.value)) {
      const path = folder === '' || folder === '.' ? f.path : f.path.startsWith(`${folder}/`) ? f.path.slice(folder.length + 1) : f.path.slice(f.path.lastIndexOf('/') + 1);
      landed.push({ path, bytes: f.bytes });
    }
  }
  return compressedTotal(relative === '' ? landed : selectFiles(landed, relative));
}

function weakest(parts: readonly SizePart[]): Basis | null {
  let worst = -1;
  for (const p of parts) worst = Math.max(worst, BASIS_ORDER.indexOf(p.basis));
  return worst === -1 ? null : BASIS_ORDER[worst]!;
}
