/**
 * Image references as written in FROM and `COPY --from`: `[registry/]path[:tag][@digest]`,
 * with Docker Hub's implied `docker.io/library/` removed so that `node`, `library/node` and
 * `docker.io/library/node` are the same image.
 */
export interface ImageRef {
  /** As written (after variable expansion). */
  readonly raw: string;
  /** Repository without Docker Hub's prefix: `node`, `bitnami/node`, `mcr.microsoft.com/dotnet/sdk`. */
  readonly name: string;
  /** Tag, or null when none is written (Docker then pulls `latest`). */
  readonly tag: string | null;
  readonly digest: string | null;
}

export function parseImageRef(raw: string): ImageRef | null {
  const text = raw.trim();
  if (text === '' || /\s/.test(text)) return null;
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  // A colon after the last slash separates the tag; before it, it is a registry port.
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (rest === '') return null;
  let name = rest;
  for (const prefix of ['docker.io/library/', 'index.docker.io/library/', 'registry-1.docker.io/library/', 'library/']) {
    if (name.startsWith(prefix)) {
      name = name.slice(prefix.length);
      break;
    }
  }
  for (const prefix of ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/']) {
    if (name.startsWith(prefix)) {
      name = name.slice(prefix.length);
      break;
    }
  }
  return { raw: text, name, tag: tag === '' ? null : tag, digest };
}

/** `name:tag` for display, with the implied `latest`. */
export function displayRef(ref: ImageRef): string {
  return `${ref.name}:${ref.tag ?? 'latest'}`;
}

/**
 * Whether `text` is a reference Docker accepts (the grammar of distribution/reference):
 * `[host[:port]/]path[:tag][@digest]`, path components lower case.
 */
export function isValidReference(text: string): boolean {
  const m = /^(?:((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?|\[[0-9a-fA-F:]+\](?::[0-9]+)?)\/)?([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$/.exec(text);
  return m !== null;
}

/** The registry an image is pulled from: its first path part when that names a host, else Docker Hub. */
export function registryOf(ref: ImageRef): string {
  const first = ref.raw.split('/')[0]!;
  const isHost = ref.raw.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!isHost) return 'docker.io';
  return first === 'index.docker.io' || first === 'registry-1.docker.io' ? 'docker.io' : first;
}
