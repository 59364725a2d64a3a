/**
 * The bundle (dist/dfscan.cjs) beside an entry, with the SHA-1 the build computed for it: the
 * entries are built after the bundle, with the hash written in (scripts/build.mjs).
 */
import { fileURLToPath } from 'node:url';
import type { BundleFile } from './compile-cache.js';

declare const DFSCAN_BUNDLE_SHA1: string;

export function bundleFile(entryUrl: string): BundleFile {
  return { path: fileURLToPath(new URL('dfscan.cjs', entryUrl)), sha1: DFSCAN_BUNDLE_SHA1 };
}
