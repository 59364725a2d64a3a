/**
 * A build context's .dockerignore, read as Docker reads it (`#` comment lines, blank lines
 * skipped, `!` re-includes, the last matching pattern wins), matched with @balena/dockerignore,
 * which follows Docker's own matcher; case-sensitive, as on Linux.
 */
import ignore from '@balena/dockerignore';

export interface ContextIgnore {
  /** Whether a path relative to the context root (`src/app.js`) is left out of the context. */
  ignores(path: string): boolean;
}

export function parseDockerignore(text: string): ContextIgnore {
  const patterns = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const matcher = ignore({ ignorecase: false }).add(patterns);
  return { ignores: (path) => path !== '' && path !== '.' && matcher.ignores(path) };
}
