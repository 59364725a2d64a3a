/**
 * `dfscan rules` lists every rule (id, category, default severity, aliases, summary) and
 * `dfscan explain RULE` prints one rule's documentation, both from the rules' own metadata.
 */
import { Command, Option } from 'commander';
import { KNOWN_KEYWORDS } from '../parse/dockerfile.js';
import { sanitize } from '../report/color.js';
import { RuleIndex } from '../rules/rule-index.js';
import type { Rule } from '../rules/types.js';
import { TOOL } from '../version.js';

interface Output {
  readonly stdout: { write(s: string): unknown; columns?: number };
  readonly stderr: { write(s: string): unknown };
}

export function addRuleCommands(program: Command, rules: readonly Rule[], io: Output, setCode: (code: number) => void): void {
  const format = () => new Option('-f, --format <format>', 'output format').choices(['tty', 'json']).default('tty');
  // `dfscan --format json rules` means the same as `dfscan rules --format json`.
  // The scan's -f is repeatable (a list); the last one given counts here.
  const formatOf = (command: Command): string =>
    command.getOptionValueSource('format') === 'cli' ? command.opts().format : ([program.opts().format].flat().at(-1) ?? 'tty');
  program
    .command('rules')
    .description('list every rule: id, category, severity, aliases, summary')
    .addOption(format())
    .action((_opts: unknown, command: Command) => {
      io.stdout.write(formatOf(command) === 'json' ? rulesJson(rules) : rulesText(rules));
      setCode(0);
    });
  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule>', 'rule id or alias (a hadolint code, a BuildKit check name)')
    .addOption(format())
    .action((name: string, _opts: unknown, command: Command) => {
      const index = new RuleIndex(rules);
      const rule = index.find(name);
      if (!rule) {
        // The name is the user's: shown escaped, on one line.
        io.stderr.write(`dfscan: explain: ${sanitize(index.unknown(name))}\n`);
        setCode(2);
        return;
      }
      io.stdout.write(formatOf(command) === 'json' ? `${JSON.stringify(ruleJson(rule), null, 2)}\n` : explainText(rule, io.stdout.columns ?? 80));
      setCode(0);
    });
}

export function ruleJson(rule: Rule) {
  const d = rule.docs;
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    aliases: rule.aliases,
    summary: rule.summary,
    fixable: rule.fixable,
    programs: rule.programs ?? null,
    docs: { what: d.what, why: d.why, example: d.example, fix: d.fix, impact: d.impact ?? null, notes: d.notes ?? null },
  };
}

export function rulesJson(rules: readonly Rule[]): string {
  return `${JSON.stringify({ version: 1, tool: { name: TOOL.name, version: TOOL.version }, rules: rules.map(ruleJson) }, null, 2)}\n`;
}

/** One rule per two lines: id, category, severity, `fix` when `--fix` repairs it, and aliases; then the summary. */
export function rulesText(rules: readonly Rule[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length)) + 2;
  const out: string[] = [];
  for (const r of rules) {
    const head = `${r.id.padEnd(idWidth)}${r.category.padEnd(13)}${r.severity.padEnd(9)}${(r.fixable ? 'fix' : '').padEnd(5)}${r.aliases.join(' ')}`;
    out.push(head.trimEnd(), `    ${r.summary}`);
  }
  out.push('', `${rules.length} rules, ${rules.filter((r) => r.fixable).length} with a fix. \`dfscan explain RULE\` prints one rule's documentation.`);
  return `${out.join('\n')}\n`;
}

const SECTIONS: readonly [keyof Rule['docs'], string][] = [
  ['what', 'What it does'],
  ['why', 'Why it matters'],
  ['example', 'Example'],
  ['fix', 'Fix'],
  ['impact', 'How the impact is estimated'],
  ['notes', 'Notes'],
];

export function explainText(rule: Rule, width: number): string {
  const w = Math.max(40, width);
  const out = [...wrap(`${rule.id}: ${rule.summary}`, w), `category ${rule.category}, default severity ${rule.severity}`];
  if (rule.aliases.length) out.push(...wrap(`aliases ${rule.aliases.join(', ')}`, w));
  if (rule.programs) out.push(...wrap(`programs ${rule.programs.join(', ')} (a file whose RUNs run none of them is not checked)`, w));
  for (const [key, title] of SECTIONS) {
    const text = rule.docs[key];
    if (!text) continue;
    out.push('', title);
    for (const [i, paragraph] of text.trim().split(/\n\s*\n/).entries()) {
      if (i > 0) out.push('');
      out.push(...(isCode(paragraph) ? paragraph.split('\n').map((l) => `    ${l}`.trimEnd()) : wrap(joinLines(paragraph), w - 2).map((l) => `  ${l}`)));
    }
  }
  return `${out.join('\n')}\n`;
}

/** The lines of a paragraph as one line (split, not a `\s*\n\s*` search that retries at every space). */
function joinLines(paragraph: string): string {
  return paragraph.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ');
}

/** A paragraph of Dockerfile lines (an instruction or a comment first) rather than prose. */
function isCode(paragraph: string): boolean {
  const first = paragraph.trimStart();
  return first.startsWith('#') || KNOWN_KEYWORDS.has(first.split(/\s/, 1)[0]!);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
