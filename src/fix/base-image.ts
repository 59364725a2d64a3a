/**
 * fat-base's fix, unsafe by nature: the FROM of the image's root stage names the slimmer tag of
 * the same image. The slim variant lacks tools and libraries that later steps may use, so it
 * applies only with --fix-unsafe; a change of C library (Alpine's musl) is never offered, nor a
 * base shared with stages outside the final image, nor an image pinned by digest.
 */
import type { ImageRef } from '../graph/image-ref.js';
import type { FromNode, Graph, Stage } from '../graph/types.js';
import { nextWord } from '../parse/words.js';
import type { Fix } from '../rules/types.js';

export function retagFix(graph: Graph, chain: readonly Stage[], from: FromNode, ref: ImageRef, tag: string): Fix | null {
  if (ref.digest !== null) return null;
  // Another stage built on (or copying from) these layers would change too.
  if (graph.stages.some((s) => !chain.includes(s) && s.dependsOn.some((d) => chain.includes(d)))) return null;
  const word = nextWord(from.args.text, 0, graph.file.escape);
  if (!word || word.raw !== from.image) return null;
  const start = from.args.toSource(word.start);
  const end = from.args.toSourceEnd(word.end);
  if (graph.file.source.text.slice(start, end) !== word.raw) return null;
  const written = word.raw;
  let replacement: string;
  if (!written.includes('$')) {
    const colon = written.lastIndexOf(':');
    replacement = colon > written.lastIndexOf('/') ? `${written.slice(0, colon + 1)}${tag}` : `${written}:${tag}`;
  } else {
    // `node:${NODE_VERSION}` → `node:${NODE_VERSION}-slim`: only a suffix can be added to a variable.
    if (ref.tag === null || !tag.startsWith(ref.tag) || !ref.raw.endsWith(`:${ref.tag}`)) return null;
    replacement = `${written}${tag.slice(ref.tag.length)}`;
  }
  return { description: `use ${ref.name}:${tag}`, safety: 'unsafe', edits: [{ start, end, text: replacement }] };
}
