/**
 * Which .dockerignore applies, and Docker's matching of it (via @balena/dockerignore, a port of
 * Docker's own matcher, with case-sensitive matching as on Linux). BuildKit first looks for
 * `<Dockerfile name>.dockerignore` beside the Dockerfile; when it exists it replaces the
 * context's root `.dockerignore`.
 */
import ignore from '@balena/dockerignore';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface IgnoreRules {
  /** The file the patterns came from, or null when there is none. */
  readonly file: string | null;
  readonly patterns: readonly string[];
  /** Whether a path (relative to the context, `/`-separated) is left out of the context. */
  ignores(path: string): boolean;
  /** The patterns re-include something (`!`): an ignored folder may still hold included files. */
  readonly hasExceptions: boolean;
}

export function findIgnoreFile(contextDir: string, dockerfilePath: string | null): string | null {
  if (dockerfilePath) {
    const specific = join(dirname(dockerfilePath), `${basename(dockerfilePath)}.dockerignore`);
    if (existsSync(specific)) return specific;
  }
  const root = join(contextDir, '.dockerignore');
  return existsSync(root) ? root : null;
}

export function loadIgnoreRules(contextDir: string, dockerfilePath: string | null): IgnoreRules {
  const file = findIgnoreFile(contextDir, dockerfilePath);
  return ignoreRules(file === null ? '' : readFileSync(file, 'utf8'), file);
}

export function ignoreRules(text: string, file: string | null): IgnoreRules {
  const patterns = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const matcher = ignore({ ignorecase: false }).add(patterns);
  return {
    file,
    patterns,
    hasExceptions: patterns.some((p) => p.startsWith('!')),
    ignores: (path) => path !== '' && matcher.ignores(path),
  };
}
