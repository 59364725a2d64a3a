/**
 * BuildKit's `# check=` parser directive, read as BuildKit reads it: options separated by `;`
 * (`skip=NAME[,NAME...]` or `skip=all`, `error=BOOL`, `experimental=...`), each `key=value`.
 * An option BuildKit does not know fails the build, so it is a problem of the file.
 */
import type { Directive, Problem } from './dockerfile.js';
import type { SourceText } from './source.js';

export interface CheckName {
  /** As written: BuildKit compares check names with their case. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface CheckDirective {
  readonly line: number;
  /** `skip=all`; its `all` word is the only entry of `skip`. */
  readonly skipAll: boolean;
  readonly skip: readonly CheckName[];
  /** `error=true`: the checks' warnings fail the build. */
  readonly error: boolean;
}

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function readCheckDirective(source: SourceText, directives: readonly Directive[], problems: Problem[]): CheckDirective | null {
  const found = directives.filter((d) => d.name === 'check');
  if (found.length === 0) return null;
  for (const extra of found.slice(1)) {
    problems.push({ message: 'only one check parser directive can be used', ...lineRange(source, extra.line) });
  }
  const line = found[0]!.line;
  const { start: lineStart, end: lineEnd } = lineRange(source, line);
  const text = source.text.slice(lineStart, lineEnd);
  // dockerfile-ast stops the value at a space; BuildKit takes the rest of the line.
  const eq = /^#[ \t]*check[ \t]*=[ \t]*/i.exec(text);
  if (!eq) return null;
  const valueStart = lineStart + eq[0].length;
  const value = source.text.slice(valueStart, lineEnd);

  let skipAll = false;
  let error = false;
  const skip: CheckName[] = [];
  // BuildKit splits into at most three options; a fourth stays inside the third's value.
  const parts = splitN(value, ';', 3);
  let offset = valueStart;
  for (const part of parts) {
    const partStart = offset;
    offset += part.length + 1;
    const at = part.indexOf('=');
    const key = (at === -1 ? part : part.slice(0, at)).trim();
    const where = { start: partStart, end: partStart + part.length };
    if (at === -1) {
      problems.push({ message: `invalid check option "${part.trim()}": expected key=value`, ...where });
      continue;
    }
    const raw = part.slice(at + 1);
    const rawStart = partStart + at + 1;
    if (key === 'skip') {
      if (raw.trim() === 'all') {
        skipAll = true;
        const s = rawStart + raw.indexOf('all');
        skip.push({ name: 'all', start: s, end: s + 3 });
      } else {
        let o = rawStart;
        for (const item of raw.split(',')) {
          const name = item.trim();
          if (name) {
            const s = o + item.indexOf(name);
            skip.push({ name, start: s, end: s + name.length });
          }
          o += item.length + 1;
        }
      }
    } else if (key === 'error') {
      const v = raw.trim();
      if (TRUE.has(v)) error = true;
      else if (!FALSE.has(v)) problems.push({ message: `check option error=${v}: expected true or false`, ...where });
    } else if (key !== 'experimental') {
      problems.push({ message: `invalid check option "${key}": BuildKit knows skip, error and experimental`, ...where });
    }
  }
  return { line, skipAll, skip, error };
}

function lineRange(source: SourceText, line: number): { start: number; end: number } {
  return { start: source.lines.lineStart(line), end: source.lines.lineEnd(line) };
}

function splitN(text: string, sep: string, n: number): string[] {
  const parts = text.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}
