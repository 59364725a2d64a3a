/** The fleet view in the terminal: shared bases, bytes one host pulls, what aligning would save. */
import type { FileReport } from '../analyze.js';
import { formatBytes } from '../model/bytes.js';
import { fleetView } from '../score/fleet.js';
import { sanitize, type Colors } from './color.js';

export function ttyFleet(reports: readonly FileReport[], c: Colors): string[] {
  const fleet = fleetView(reports);
  if (!fleet) return [];
  const out = [c.bold(`fleet: ${fleet.images} images on ${fleet.bases.length} base image${fleet.bases.length === 1 ? '' : 's'}`)];
  for (const b of fleet.bases) {
    out.push(`  ${sanitize(b.ref).padEnd(40)} ${formatBytes(b.bytes).padStart(8)}  used by ${b.files.length}`);
  }
  out.push(`  one host pulls ~${formatBytes(fleet.sharedBytes)} to run them all (~${formatBytes(fleet.separateBytes)} counted image by image)`);
  for (const a of fleet.alignments) {
    out.push(`  align ${sanitize(a.from.join(', '))} on ${sanitize(a.onto)}: ~${formatBytes(a.savedBytes)} less to pull`);
  }
  return out;
}
