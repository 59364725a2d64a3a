/**
 * Inline suppressions, and which of them suppressed something:
 * - `# dfscan ignore=RULE[,RULE]` in the comment lines directly above an instruction;
 * - `# dfscan stage ignore=...` from the next instruction to the end of its stage (the next FROM);
 * - `# dfscan global ignore=...` anywhere, for the whole file;
 * - hadolint's `# hadolint ignore=` and `# hadolint global ignore=`, for rules that alias its codes;
 * - BuildKit's `# check=skip=NAME[,NAME]|all` directive, for rules that alias those check names.
 * Rule names are ids or aliases, compared without case, except BuildKit's check names, which
 * BuildKit compares with their case.
 */
import { BUILDKIT_CHECKS } from '../../rules/data/buildkit-checks.js';
import { countAtOrBefore } from '../graph/lists.js';
import type { ParsedDockerfile } from '../parse/dockerfile.js';
import { RuleIndex } from './rule-index.js';
import type { Rule } from './types.js';

type Tool = 'dfscan' | 'hadolint' | 'check';
type Scope = 'next' | 'stage' | 'global';

interface PragmaName {
  /** As written. */
  readonly text: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
  used: boolean;
}

interface Pragma {
  readonly tool: Tool;
  readonly scope: Scope;
  /** Instruction start lines covered, both ends included. */
  readonly fromLine: number;
  readonly toLine: number;
  readonly names: readonly PragmaName[];
}

/** A pragma name that suppressed nothing, for the unused-pragma rule. */
export interface UnusedPragma {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** What rules see of the pragmas: the ones that have suppressed nothing so far. */
export interface PragmaUsage {
  unused(): readonly UnusedPragma[];
}

const PRAGMA = /^#[ \t]*(dfscan|hadolint)[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*/;
/** Names separated by commas (spaces allowed around them); whatever follows is a remark. */
const NAME_LIST = /^[A-Za-z0-9_.-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_.-]+)*/;
const NAME = /[A-Za-z0-9_.-]+/g;

export function isBuildKitCheckRule(rule: Rule): boolean {
  return rule.aliases.some((a) => BUILDKIT_CHECKS.has(a));
}

export class Pragmas implements PragmaUsage {
  /** Pragmas for one instruction, by its line; the others (stage, global, check) in a list. */
  private readonly byLine = new Map<number, Pragma[]>();
  private readonly ranged: Pragma[] = [];

  private constructor(
    private readonly pragmas: readonly Pragma[],
    /** `# check=error=true`: findings of BuildKit checks count as errors. */
    readonly checkErrors: boolean,
    private readonly ran: readonly Rule[],
    private readonly registry: readonly Rule[],
  ) {
    for (const p of pragmas) {
      if (p.scope !== 'next') this.ranged.push(p);
      else if (p.fromLine > 0) this.byLine.set(p.fromLine, [...(this.byLine.get(p.fromLine) ?? []), p]);
    }
  }

  /**
   * Reads the pragmas of a file. `ran` are the rules being run, `registry` every rule there is:
   * a name that matches a rule which did not run cannot be judged unused.
   */
  static read(file: ParsedDockerfile, ran: readonly Rule[], registry: readonly Rule[]): Pragmas {
    const text = file.source.text;
    const lines = file.source.lines;
    // Where the instructions and comments are, found once a comment is a pragma (few files have one).
    let layout: { instructionLines: number[]; fromLines: number[]; commentLines: Set<number> } | null = null;
    const pragmas: Pragma[] = [];

    for (const c of file.comments) {
      const raw = text.slice(c.start, c.end);
      const head = PRAGMA.exec(raw);
      if (!head) continue;
      layout ??= {
        instructionLines: file.instructions.map((i) => lines.lineOf(i.start)),
        fromLines: file.instructions.filter((i) => i.keyword === 'FROM').map((i) => lines.lineOf(i.start)),
        commentLines: new Set(file.comments.map((x) => x.line)),
      };
      const { instructionLines, fromLines, commentLines } = layout;
      const tool = head[1] as 'dfscan' | 'hadolint';
      const scope: Scope = head[2] === 'global' ? 'global' : head[2] === 'stage' ? 'stage' : 'next';
      if (scope === 'stage' && tool !== 'dfscan') continue;
      const list = NAME_LIST.exec(raw.slice(head[0].length));
      if (!list) continue;
      const listStart = c.start + head[0].length;
      const names = [...list[0].matchAll(NAME)].map((m) => ({
        text: m[0],
        key: m[0].toUpperCase(),
        start: listStart + m.index,
        end: listStart + m.index + m[0].length,
        used: false,
      }));
      const next = firstAfter(instructionLines, c.line);
      let fromLine = 1;
      let toLine = Infinity;
      if (scope === 'next') {
        // Only the run of comment lines directly above an instruction applies to it.
        let l = c.line + 1;
        while (commentLines.has(l)) l++;
        fromLine = toLine = next === l ? l : -1;
      } else if (scope === 'stage') {
        fromLine = next ?? -1;
        toLine = next === undefined ? -1 : (firstAfter(fromLines, next) ?? Infinity) - 1;
      }
      pragmas.push({ tool, scope, fromLine, toLine, names });
    }

    const check = file.check;
    if (check) {
      pragmas.push({
        tool: 'check',
        scope: 'global',
        fromLine: 1,
        toLine: Infinity,
        names: check.skip.map((n) => ({ text: n.name, key: n.name, start: n.start, end: n.end, used: false })),
      });
    }
    return new Pragmas(pragmas, check?.error ?? false, ran, registry);
  }

  /**
   * Whether a finding of `rule` in the instruction starting on `instructionLine` is suppressed.
   * Every pragma name that suppresses it is marked used.
   */
  suppresses(rule: Rule, instructionLine: number): boolean {
    if (this.pragmas.length === 0) return false;
    let hit = false;
    for (const p of [...(this.byLine.get(instructionLine) ?? []), ...this.ranged]) {
      if (instructionLine < p.fromLine || instructionLine > p.toLine) continue;
      for (const n of p.names) {
        if (nameMatches(p.tool, n, rule)) {
          n.used = true;
          hit = true;
        }
      }
    }
    return hit;
  }

  unused(): readonly UnusedPragma[] {
    const ran = new Set(this.ran);
    const out: UnusedPragma[] = [];
    for (const p of this.pragmas) {
      for (const n of p.names) {
        if (n.used) continue;
        const message = p.tool === 'check' ? this.unusedCheck(n, ran) : this.unusedIgnore(p, n, ran);
        if (message) out.push({ start: n.start, end: n.end, message });
      }
    }
    return out;
  }

  private unusedCheck(n: PragmaName, ran: ReadonlySet<Rule>): string | null {
    if (n.text === 'all') {
      return [...ran].some(isBuildKitCheckRule) ? '`# check=skip=all` skips nothing: no BuildKit check reports anything in this file' : null;
    }
    if (!BUILDKIT_CHECKS.has(n.text)) {
      const cased = [...BUILDKIT_CHECKS].find((c) => c.toUpperCase() === n.text.toUpperCase());
      return cased
        ? `\`${n.text}\` skips nothing: BuildKit compares check names with their case, write \`${cased}\``
        : `\`${n.text}\` is not a BuildKit check name, so \`# check=skip\` skips nothing with it`;
    }
    const rules = [...ran].filter((r) => r.aliases.includes(n.text));
    if (rules.length === 0) return null;
    return `\`# check=skip=${n.text}\` skips nothing: no ${rules[0]!.id} finding in this file`;
  }

  private unusedIgnore(p: Pragma, n: PragmaName, ran: ReadonlySet<Rule>): string | null {
    const rule = [...ran, ...this.registry].find((r) => nameMatches(p.tool, n, r));
    if (!rule) {
      if (p.tool !== 'dfscan') return null;
      const near = new RuleIndex(this.registry).closest(n.text);
      return `\`${n.text}\` is no rule id or alias, so it ignores nothing${near ? `; did you mean \`${near}\`?` : ''}`;
    }
    if (!ran.has(rule)) return null;
    const where = p.scope === 'global' ? 'in this file' : p.scope === 'stage' ? 'in the rest of this stage' : 'on the instruction below';
    const pragma = `# ${p.tool} ${p.scope === 'next' ? '' : `${p.scope} `}ignore=${n.text}`;
    const label = n.key === rule.id.toUpperCase() ? rule.id : `${rule.id} (${n.text})`;
    return `\`${pragma}\` suppresses nothing: no ${label} finding ${where}`;
  }
}

function nameMatches(tool: Tool, n: PragmaName, rule: Rule): boolean {
  if (tool === 'check') return n.text === 'all' ? isBuildKitCheckRule(rule) : BUILDKIT_CHECKS.has(n.text) && rule.aliases.includes(n.text);
  return rule.id.toUpperCase() === n.key || rule.aliases.some((a) => a.toUpperCase() === n.key);
}

/** The first of the sorted `lines` after `line` (binary search: files can hold many pragmas). */
function firstAfter(lines: readonly number[], line: number): number | undefined {
  return lines[countAtOrBefore(lines, (l) => l, line)];
}
