/** Byte counts for people: decimal units, as registries and `docker images` show them. */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs >= 1e9) return `${(bytes / 1e9).toFixed(abs >= 1e10 ? 0 : 1)} GB`;
  if (abs >= 1e6) return `${(bytes / 1e6).toFixed(abs >= 1e8 ? 0 : 1)} MB`;
  if (abs >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} B`;
}

/** Seconds for people: `45 s`, `3 min`. */
export function formatSeconds(seconds: number): string {
  if (seconds >= 90) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds)} s`;
}
