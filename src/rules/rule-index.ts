/**
 * Finds a rule by its id or by one of its aliases (a hadolint code, a BuildKit check name), the
 * way configuration files, command-line options and `dfscan explain` name rules. Names compare
 * without regard to case; an unknown name gets the closest known one as a suggestion.
 */
import type { Rule } from './types.js';

export class RuleIndex {
  private readonly byName = new Map<string, Rule>();

  constructor(readonly rules: readonly Rule[]) {
    for (const rule of rules) {
      for (const name of [rule.id, ...rule.aliases]) this.byName.set(name.toUpperCase(), rule);
    }
  }

  find(name: string): Rule | undefined {
    return this.byName.get(name.trim().toUpperCase());
  }

  /** "unknown rule "x"", with the closest id or alias when one is near enough to be a typo. */
  unknown(name: string): string {
    const near = this.closest(name);
    return `unknown rule "${name}"${near ? `; did you mean "${near}"?` : ''} (dfscan rules lists them)`;
  }

  /** The id or alias nearest to `name`, when near enough to be a typo of it. */
  closest(name: string): string | null {
    const wanted = name.toUpperCase();
    let best: string | null = null;
    let bestDistance = Math.max(2, Math.floor(wanted.length / 4)) + 1;
    for (const rule of this.rules) {
      for (const candidate of [rule.id, ...rule.aliases]) {
        const d = editDistance(wanted, candidate.toUpperCase(), bestDistance);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    return best;
  }
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return Math.min(prev[b.length]!, limit);
}
