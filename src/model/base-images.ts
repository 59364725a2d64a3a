/**
 * Sizes of base images, from the measured table in rules/data/base-images.json. A tag that is
 * not in the table is matched to the nearest known tag of the same image and variant (same
 * suffix, closest version), and the answer says it is approximate.
 */
import table from '../../rules/data/base-images.json' with { type: 'json' };
import type { ImageRef } from '../graph/image-ref.js';

export interface BaseImageSize {
  /** The table tag the figure belongs to. */
  readonly tag: string;
  readonly family: string;
  readonly libc: string;
  /** Compressed bytes (what a pull transfers). */
  readonly bytes: number;
  /** False when the exact tag is not in the table and a neighbour stands in for it. */
  readonly exact: boolean;
  readonly basis: string;
  readonly source: string;
}

interface Row {
  readonly family: string;
  readonly libc: string;
  readonly bytes: number;
  readonly basis: string;
  readonly source: number;
  readonly date: string;
  readonly of?: string;
}

const IMAGES = table.images as unknown as Record<string, Record<string, Row>>;
const SOURCES = table.sources as readonly string[];

/** Distribution release names used in tags: they pick the OS, not the variant. */
export const CODENAMES = new Set([
  'trixie', 'bookworm', 'bullseye', 'buster', 'stretch', 'jessie', 'resolute', 'noble', 'jammy',
  'focal', 'bionic', 'xenial', 'plucky', 'oracular',
]);

export function knownImage(name: string): boolean {
  return Object.hasOwn(IMAGES, name);
}

/** The size of an image reference, exact or from the nearest tag; null for unknown images. */
export function baseImageSize(ref: ImageRef): BaseImageSize | null {
  return lookupTag(ref.name, ref.tag ?? 'latest');
}

export function lookupTag(image: string, tag: string): BaseImageSize | null {
  const tags = IMAGES[image];
  if (!tags) return null;
  const exact = tags[tag];
  if (exact) return toSize(image, tag, exact, true);
  const nearest = nearestShape(shapesOf(image), tag);
  return nearest ? toSize(image, nearest, tags[nearest]!, false) : null;
}

/** The shapes of an image's tags in the table, worked out once per image. */
const tableShapes = new Map<string, readonly { tag: string; shape: TagShape }[]>();

function shapesOf(image: string): readonly { tag: string; shape: TagShape }[] {
  let shapes = tableShapes.get(image);
  if (!shapes) {
    shapes = Object.keys(IMAGES[image] ?? {}).map((t) => ({ tag: t, shape: tagShape(t) }));
    tableShapes.set(image, shapes);
  }
  return shapes;
}

/** Tags of an image in the table. */
export function tagsOf(image: string): readonly string[] {
  return Object.keys(IMAGES[image] ?? {});
}

function toSize(image: string, tag: string, row: Row, exact: boolean): BaseImageSize {
  const source = SOURCES[row.source] ?? 'unknown';
  const basis = row.basis === 'alias' ? `same image as ${image}:${row.of}; ${source}` : source;
  return { tag, family: row.family, libc: row.libc, bytes: row.bytes, exact, basis, source };
}

export interface TagShape {
  /** Leading version numbers (`3.12.1` → [3, 12, 1]); empty when the tag has none. */
  readonly version: readonly number[];
  /** The rest, with distribution versions dropped (`alpine3.20` → `alpine`). */
  readonly variant: string;
  /** The variant without the distribution release name. */
  readonly flavour: string;
}

export function tagShape(tag: string): TagShape {
  const tokens = tag.toLowerCase().split('-');
  const version: number[] = [];
  let i = 0;
  if (tokens[0] && /^v?\d+(\.\d+)*$/.test(tokens[0])) {
    for (const n of tokens[0].replace(/^v/, '').split('.')) version.push(Number(n));
    i = 1;
  }
  const rest = tokens.slice(i).map((t) => t.replace(/^(alpine|windowsservercore|nanoserver|ubi)[\d.]+$/, '$1'));
  const named = rest.filter((t) => !['latest', 'lts', 'current', 'stable', 'mainline'].includes(t));
  return { version, variant: named.join('-'), flavour: named.filter((t) => !CODENAMES.has(t)).join('-') };
}

/** The known tag closest to `tag`: same variant (or flavour) first, then the nearest version. */
export function nearestTag(known: readonly string[], tag: string): string | null {
  return nearestShape(known.map((t) => ({ tag: t, shape: tagShape(t) })), tag);
}

function nearestShape(shapes: readonly { tag: string; shape: TagShape }[], tag: string): string | null {
  const want = tagShape(tag);
  const sameVariant = shapes.filter((s) => s.shape.variant === want.variant);
  const sameFlavour = shapes.filter((s) => s.shape.flavour === want.flavour);
  const pool = sameVariant.length > 0 ? sameVariant : sameFlavour;
  if (pool.length === 0) return null;
  let best = pool[0]!;
  for (const s of pool.slice(1)) if (closer(s.shape.version, best.shape.version, want.version, s.tag, best.tag)) best = s;
  return best.tag;
}

/** Is version `a` closer to `want` than `b`? A tag without a version means the newest. */
function closer(a: readonly number[], b: readonly number[], want: readonly number[], aTag: string, bTag: string): boolean {
  if (want.length === 0) {
    // Unversioned request (`slim`): prefer the unversioned tag, then the newest.
    if ((a.length === 0) !== (b.length === 0)) return a.length === 0;
    const c = compareVersions(a, b);
    return c !== 0 ? c > 0 : aTag < bTag;
  }
  if (a.length === 0 || b.length === 0) {
    if (a.length === 0 && b.length === 0) return aTag < bTag;
    return b.length === 0;
  }
  for (let i = 0; i < Math.max(want.length, a.length, b.length); i++) {
    const w = want[i] ?? 0;
    const da = Math.abs((a[i] ?? 0) - w);
    const db = Math.abs((b[i] ?? 0) - w);
    if (da !== db) return da < db;
  }
  // Equally close: the shorter tag (`22` before `22.1`), then the name.
  return a.length !== b.length ? a.length < b.length : aTag < bTag;
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

