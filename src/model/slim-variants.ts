/**
 * The slimmer variant of a base image: the same image with less in it (`node:22` →
 * `node:22-slim`, `eclipse-temurin:21-jdk` → `21-jre`), found by the tag conventions of the
 * official images and kept only when the size table knows it and it is smaller. Alpine (musl
 * libc) is offered only where no glibc variant exists, and says so.
 */
import { CODENAMES, lookupTag, type BaseImageSize } from './base-images.js';

export interface SlimmerVariant {
  readonly tag: string;
  readonly size: BaseImageSize;
  /** Compressed bytes saved by switching. */
  readonly saved: number;
  /** The variant uses musl instead of glibc: binaries and some packages behave differently. */
  readonly libcChange: boolean;
}

const SLIM_FAMILIES = new Set(['slim', 'jre', 'runtime', 'minimal', 'distroless']);

/**
 * `jdkToJre`: a JDK may become a JRE only where nothing in the image compiles Java (a build
 * tool image needs its JDK).
 */
export function slimmerVariant(image: string, tag: string, current: BaseImageSize, jdkToJre: boolean): SlimmerVariant | null {
  if (current.family !== 'full' && !(current.family === 'jdk' && jdkToJre)) return null;
  for (const candidate of slimCandidates(tag)) {
    const size = lookupTag(image, candidate);
    if (!size || !SLIM_FAMILIES.has(size.family) || size.libc !== current.libc) continue;
    if (size.bytes >= current.bytes) continue;
    // Named as the user would write it; the size may come from a neighbouring tag.
    return { tag: candidate, size, saved: current.bytes - size.bytes, libcChange: false };
  }
  const alpine = alpineCandidate(tag);
  const size = lookupTag(image, alpine);
  if (size && size.libc === 'musl' && size.bytes < current.bytes) {
    return { tag: alpine, size, saved: current.bytes - size.bytes, libcChange: true };
  }
  return null;
}

/** Tags that name the slim form of `tag`, most likely first. */
export function slimCandidates(tag: string): string[] {
  const tokens = tag.split('-');
  const out: string[] = [];
  const codename = tokens.findIndex((t) => CODENAMES.has(t.toLowerCase()));
  if (tokens.includes('jdk')) out.push(tokens.map((t) => (t === 'jdk' ? 'jre' : t)).join('-'));
  if (codename >= 0) {
    // node writes 22-bookworm-slim, python 3.12-slim-bookworm, debian bookworm-slim.
    out.push([...tokens.slice(0, codename + 1), 'slim', ...tokens.slice(codename + 1)].join('-'));
    out.push([...tokens.slice(0, codename), 'slim', ...tokens.slice(codename)].join('-'));
  }
  out.push(tag === 'latest' ? 'slim' : `${tag}-slim`);
  return out;
}

/** `22-bookworm` → `22-alpine`, `latest` → `alpine`, `8-fpm` → `8-fpm-alpine`. */
function alpineCandidate(tag: string): string {
  const kept = tag.split('-').filter((t) => !CODENAMES.has(t.toLowerCase()) && t !== 'latest');
  return kept.length === 0 ? 'alpine' : `${kept.join('-')}-alpine`;
}
