/**
 * Inline suppressions: `# dfscan ignore=RULE[,RULE]` in the comment lines directly above an
 * instruction, `# dfscan global ignore=...` anywhere for the whole file, and hadolint's
 * `# hadolint ignore=` / `# hadolint global ignore=` for rules that alias its codes.
 */
import type { ParsedDockerfile } from '../parse/dockerfile.js';

export interface Pragmas {
  /** Rule ids or aliases, upper-cased, ignored in the whole file. */
  readonly global: ReadonlySet<string>;
  /** Per instruction start line: ids ignored for findings inside that instruction. */
  readonly byInstruction: ReadonlyMap<number, ReadonlySet<string>>;
}

const PRAGMA = /^(dfscan|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+)/;

export function readPragmas(file: ParsedDockerfile): Pragmas {
  const global = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  for (const c of file.comments) {
    const m = PRAGMA.exec(c.text);
    if (!m) continue;
    const ids = m[3]!.split(/[,\s]+/).filter(Boolean).map((s) => s.toUpperCase());
    if (m[2]) ids.forEach((id) => global.add(id));
    else byLine.set(c.line, new Set(ids));
  }
  const byInstruction = new Map<number, Set<string>>();
  if (byLine.size > 0) {
    const commentLines = new Set(file.comments.map((c) => c.line));
    const lines = file.source.lines;
    for (const ins of file.instructions) {
      const line = lines.lineOf(ins.start);
      const ids = new Set<string>();
      // The run of comment lines directly above the instruction.
      for (let l = line - 1; l >= 1 && commentLines.has(l); l--) byLine.get(l)?.forEach((id) => ids.add(id));
      if (ids.size > 0) byInstruction.set(line, ids);
    }
  }
  return { global, byInstruction };
}

/** Whether a finding of `rule` (with `aliases`) in the instruction starting at `line` is suppressed. */
export function suppressed(pragmas: Pragmas, rule: string, aliases: readonly string[], instructionLine: number): boolean {
  const names = [rule, ...aliases].map((n) => n.toUpperCase());
  if (names.some((n) => pragmas.global.has(n))) return true;
  const local = pragmas.byInstruction.get(instructionLine);
  return local !== undefined && names.some((n) => local.has(n));
}
