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

/**
 * Answers for the images of the table, by image and tag: fat-base, no-multi-stage and the image
 * estimate each ask for the same base, and many Dockerfiles start from the same one.
 */
const LOOKUPS = new Map<string, BaseImageSize | null>();

export function lookupTag(image: string, tag: string): BaseImageSize | null {
  // Own keys only: an image named `constructor` is not in the table.
  const tags = Object.hasOwn(IMAGES, image) ? IMAGES[image] : undefined;
  if (!tags) return null;
  const key = `${image}\0${tag}`;
  let found = LOOKUPS.get(key);
  if (found === undefined) {
    found = findTag(image, tag, tags);
    LOOKUPS.set(key, found);
  }
  return found;
}

function findTag(image: string, tag: string, tags: Record<string, Row>): BaseImageSize | null {
  const exact = Object.hasOwn(tags, tag) ? tags[tag] : undefined;
  if (exact) return toSize(image, tag, exact, true);
  const nearest = nearestTag(Object.keys(tags), tag, (t) => tags[t]?.family);
  return nearest ? toSize(image, nearest, tags[nearest]!, false) : null;
}

/** Tags of an image in the table. */
export function tagsOf(image: string): readonly string[] {
  return Object.hasOwn(IMAGES, image) ? Object.keys(IMAGES[image]!) : [];
}

function toSize(image: string, tag: string, row: Row, exact: boolean): BaseImageSize {
  const source = SOURCES[row.source] ?? 'unknown';
  const basis = row.basis === 'alias' ? `same image as ${image}:${row.of}; ${source}` : source;
  return { tag, family: row.family, libc: row.libc, bytes: row.bytes, exact, basis, source };
}

export interface TagShape {
  /** Leading version numbers (`3.12.1` → [3, 12, 1]); empty when the tag has none. */
  readonly version: readonly number[];
  /** The rest, with distribution versions and build dates dropped (`alpine3.20` → `alpine`). */
  readonly variant: string;
  /** The variant without the distribution release name. */
  readonly flavour: string;
  /** The image family the tag names (alpine, slim, jre ...), or null for the image's default. */
  readonly family: string | null;
  /** A Windows tag: no Linux size applies. */
  readonly windows: boolean;
}

const DEFAULT_ALIASES = new Set(['latest', 'lts', 'current', 'stable', 'mainline', 'testing', 'sid', 'unstable', 'experimental', 'edge', 'rolling', 'devel']);

export function tagShape(tag: string): TagShape {
  const tokens = tag.toLowerCase().split('-');
  const version: number[] = [];
  let i = 0;
  if (tokens[0] && /^v?\d+(\.\d+)*$/.test(tokens[0])) {
    for (const n of tokens[0].replace(/^v/, '').split('.')) version.push(Number(n));
    i = 1;
  }
  const rest = tokens
    .slice(i)
    .map((t) => t.replace(/^(alpine|windowsservercore|nanoserver|ubi)[\d.]+$/, '$1'))
    .filter((t) => !/^\d{8}(\.\d+)?$/.test(t));
  const named = rest.filter((t) => !DEFAULT_ALIASES.has(t));
  const windows = rest.some((t) => t === 'windowsservercore' || t === 'nanoserver' || t.startsWith('ltsc'));
  const family = named.includes('alpine') ? 'alpine' : named.includes('slim') ? 'slim' : named.includes('jre') ? 'jre' : named.includes('jdk') ? 'jdk' : null;
  return {
    version,
    variant: named.join('-'),
    flavour: named.filter((t) => !CODENAMES.has(t)).join('-'),
    family,
    windows,
  };
}

/**
 * The known tag closest to `tag`: same variant first, then same variant without the release
 * name, then the same family (alpine, slim, or the image's default), each at the nearest version.
 */
export function nearestTag(known: readonly string[], tag: string, familyOf: (t: string) => string | undefined = () => undefined): string | null {
  const want = tagShape(tag);
  if (want.windows) return null;
  const shapes = known.map((t) => ({ tag: t, shape: knownShape(t) })).filter((s) => !s.shape.windows);
  const defaultFamily = familyOf('latest') ?? mostCommonFamily(shapes.map((s) => familyOf(s.tag)));
  const wantFamily = want.family ?? defaultFamily;
  const pools = [
    shapes.filter((s) => s.shape.variant === want.variant),
    shapes.filter((s) => s.shape.flavour === want.flavour),
    shapes.filter((s) => familyOf(s.tag) === wantFamily),
  ];
  const pool = pools.find((p) => p.length > 0);
  if (!pool) return null;
  let best = pool[0]!;
  for (const s of pool.slice(1)) if (closer(s.shape.version, best.shape.version, want.version, s.tag, best.tag)) best = s;
  return best.tag;
}

/** Shapes of the table's tags, worked out once rather than on every look-up of a tag not in it. */
const KNOWN_SHAPES = new Map<string, TagShape>();

function knownShape(tag: string): TagShape {
  let shape = KNOWN_SHAPES.get(tag);
  if (shape === undefined) {
    shape = tagShape(tag);
    KNOWN_SHAPES.set(tag, shape);
  }
  return shape;
}

function mostCommonFamily(families: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of families) if (f && f !== 'alpine') counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
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

