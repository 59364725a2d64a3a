/**
 * What a COPY brings in from the build context that does not belong in an image: dependency
 * folders, version control data, build output, large data files (rules/data/context-leaks.ts),
 * and files holding credentials (rules/data/context-secrets.ts).
 */
import { CONTEXT_LEAKS, type ContextLeak } from '../../rules/data/context-leaks.js';
import { SECRET_FILES, SECRET_TEMPLATES, type SecretFile } from '../../rules/data/context-secrets.js';
import { cachedPathGlob } from '../graph/glob.js';
import { trimTrailingSlashes } from '../graph/paths.js';
import type { CopyNode } from '../graph/types.js';
import type { BuildContext, ContextFile } from './build-context.js';

export interface CopiedFile extends ContextFile {
  /** The path relative to the COPY source folder (how it lands under the destination). */
  readonly within: string;
}

/** The context files a COPY/ADD brings in, each with its path inside the copied folder. */
export function copiedFiles(node: CopyNode, context: BuildContext): CopiedFile[] {
  const out: CopiedFile[] = [];
  const seen = new Set<string>();
  for (const source of node.sources) {
    if (source.heredoc) continue;
    const folder = trimTrailingSlashes(source.value.replace(/^\.?\/+/, ''));
    for (const f of context.select(source.value)) {
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      const within = folder === '' || folder === '.' ? f.path : f.path.startsWith(`${folder}/`) ? f.path.slice(folder.length + 1) : f.path.slice(f.path.lastIndexOf('/') + 1);
      out.push({ ...f, within });
    }
  }
  return out;
}

export interface LeakGroup {
  readonly leak: ContextLeak;
  readonly files: readonly CopiedFile[];
  /** Top-level entries found, for messages (`node_modules`, `services/a/node_modules`). */
  readonly roots: readonly string[];
}

export function findLeaks(files: readonly CopiedFile[]): LeakGroup[] {
  const groups = new Map<ContextLeak, { files: CopiedFile[]; roots: Set<string> }>();
  for (const f of files) {
    const hit = matchLeak(f);
    if (!hit) continue;
    const g = groups.get(hit.leak) ?? { files: [], roots: new Set<string>() };
    g.files.push(f);
    g.roots.add(hit.root);
    groups.set(hit.leak, g);
  }
  return CONTEXT_LEAKS.filter((l) => groups.has(l)).map((leak) => ({ leak, files: groups.get(leak)!.files, roots: [...groups.get(leak)!.roots].sort() }));
}

function matchLeak(f: CopiedFile): { leak: ContextLeak; root: string } | null {
  const parts = f.within.split('/');
  for (const leak of CONTEXT_LEAKS) {
    for (const folder of leak.folders) {
      const segs = folder.split('/');
      const last = leak.rootOnly ? 1 : parts.length - segs.length;
      for (let i = 0; i < last && i + segs.length < parts.length; i++) {
        if (segs.every((s, j) => parts[i + j] === s)) return { leak, root: parts.slice(0, i + segs.length).join('/') };
      }
    }
    const name = parts[parts.length - 1]!;
    if (leak.files.some((p) => nameMatches(p, name)) && (!leak.rootOnly || parts.length === 1)) return { leak, root: f.within };
    if (leak.minBytes !== undefined && f.bytes >= leak.minBytes) return { leak, root: f.within };
  }
  return null;
}

export interface SecretHit {
  readonly file: CopiedFile | { readonly path: string; readonly within: string };
  readonly secret: SecretFile;
}

/** Credentials among the copied files (content-checked where the pattern says so). */
export function findSecrets(files: readonly CopiedFile[], context: BuildContext): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const f of files) {
    const secret = secretFor(f.path);
    if (!secret) continue;
    if (secret.content) {
      const text = context.read(f.path);
      if (text === null || !secret.content.test(text)) continue;
    }
    hits.push({ file: f, secret });
  }
  return hits;
}

export function secretFor(path: string): SecretFile | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (SECRET_TEMPLATES.test(name)) return null;
  return SECRET_FILES.find((s) => (s.pattern.includes('/') ? path === s.pattern || path.endsWith(`/${s.pattern}`) : nameMatches(s.pattern, name))) ?? null;
}

/** A file name against a name pattern of the data (`*.pem`, `.env.*`). */
function nameMatches(pattern: string, name: string): boolean {
  return cachedPathGlob(pattern).matches(name);
}
