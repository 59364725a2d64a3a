/**
 * What a COPY/ADD source brings in, judged from its name: dependency manifests (which change
 * rarely), source code and folders (which change with most edits), other single files, remote
 * URLs, or inline heredoc content.
 */
import { CONFIG_FOLDERS, ECOSYSTEMS, EXECUTABLE_DESTINATIONS, EXTENSIONLESS_FILES, SOURCE_EXTENSIONS } from '../../rules/data/ecosystems.js';
import { cachedPathGlob, pathGlob, type Glob } from './glob.js';
import { basenameOf, trimTrailingSlashes } from './paths.js';
import type { CopyNode, CopySource } from './types.js';

export type SourceKind = 'manifest' | 'source' | 'other' | 'remote' | 'heredoc';

interface ManifestName {
  /** As listed in the data: a file name or a glob (`*.csproj`). */
  readonly name: string;
  readonly pattern: Glob | null;
}

const MANIFESTS: readonly ManifestName[] = [...new Set(ECOSYSTEMS.flatMap((e) => e.manifests))].map((name) => ({
  name,
  pattern: name.includes('*') ? pathGlob(name) : null,
}));

/** `package*.json`, `*.csproj`: a glob that names only manifests. */
function globNamesManifests(name: string): boolean {
  const prefix = name.slice(0, name.search(/[*?[]/));
  const glob = cachedPathGlob(name);
  return MANIFESTS.some((m) => (m.pattern ? m.name === name : prefix.length >= 3 && glob.matches(m.name)));
}

/** The plain names, looked up at once; only the few globs are matched one by one. */
const MANIFEST_NAMES = new Set(MANIFESTS.filter((m) => !m.pattern).map((m) => m.name));

/**
 * The globs (`*.csproj`, `requirements*.txt`), each with the literal text after its last `*`,
 * which a matching name must end with: most names are ruled out by that alone, without
 * stepping the glob's automaton over them.
 */
const MANIFEST_GLOBS = MANIFESTS.flatMap((m) => {
  if (!m.pattern) return [];
  const tail = m.name.slice(m.name.lastIndexOf('*') + 1);
  return [{ pattern: m.pattern, ending: /[*?[\\]/.test(tail) ? '' : tail }];
});

export function isManifestName(name: string): boolean {
  return MANIFEST_NAMES.has(name) || MANIFEST_GLOBS.some((g) => name.endsWith(g.ending) && g.pattern.matches(name));
}

/** Kinds worked out, per source: several rules and the image estimate ask for each source's. */
const kinds = new WeakMap<CopySource, SourceKind>();

export function sourceKind(source: CopySource, node: CopyNode): SourceKind {
  let kind = kinds.get(source);
  if (kind === undefined) kinds.set(source, (kind = findSourceKind(source, node)));
  return kind;
}

function findSourceKind(source: CopySource, node: CopyNode): SourceKind {
  if (source.heredoc) return 'heredoc';
  if (node.isAdd && isRemote(source.value)) return 'remote';
  return pathKind(source.value, node.dest);
}

export function isRemote(value: string): boolean {
  if (/^(https?|ftp|git):\/\/|^git@/.test(value)) return true;
  // A git repository, with or without a `#ref`: `\.git(#.*)?$`, read without a regular
  // expression, which would retry at every `.git#` of a long word.
  return value.endsWith('.git') || value.slice(value.lastIndexOf('\n') + 1).includes('.git#');
}

/**
 * What a path in the build context holds, judged from its name (and, when known, where it is
 * copied to: files copied into a `bin` folder are scripts and executables).
 */
export function pathKind(value: string, dest = ''): 'manifest' | 'source' | 'other' {
  const trimmed = trimTrailingSlashes(value).replace(/^\.\//, '');
  if (trimmed === '' || trimmed === '.' || trimmed === '*' || trimmed === '/') return 'source';
  const name = basenameOf(trimmed);
  if (isManifestName(name)) return 'manifest';
  if (EXECUTABLE_DESTINATIONS.test(dest) || CONFIG_FOLDERS.has(trimmed.split('/')[0]!)) return 'other';
  const dot = name.lastIndexOf('.');
  if (/[*?[]/.test(name) && dot > 0 && !/[*?[]/.test(name.slice(dot))) {
    // A glob with an extension (`*.patch`, `*.py`): its extension tells.
    if (isManifestName(name.replace(/[*?]/g, 'x'))) return 'manifest';
    if (!SOURCE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase())) return globNamesManifests(name) ? 'manifest' : 'other';
  }
  if (/[*?[]/.test(name)) {
    // `package*.json`, `*.csproj`: a glob that names only manifests.
    return globNamesManifests(name) ? 'manifest' : 'source';
  }
  if (dot > 0) return SOURCE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase()) ? 'source' : 'other';
  if (value.endsWith('/')) return 'source';
  if (EXTENSIONLESS_FILES.has(name) || /^[A-Z0-9_]+$/.test(name) || name.startsWith('.')) return 'other';
  // An extension-less lower-case name is most often a folder of code (src, app, lib).
  return 'source';
}
