/**
 * The short hashes reports carry as fingerprints: 32 hex digits of a SHA-256. node:crypto is
 * loaded on the first call, since most runs (the terminal and JSON reports) never make one.
 */
export function shortHash(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex').slice(0, 32);
}
