/**
 * Reads the text of a configuration file (dfscan's `.dfscan.yaml` or hadolint's `.hadolint.yaml`)
 * into checked settings. Every problem is reported with the file, line and column the yaml
 * package gives for the offending node; unknown keys name the valid ones, unknown rule names the
 * nearest rule. Nothing is half-read: a file with any problem yields only its problems.
 */
import picomatch from 'picomatch';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode, type ParsedNode, type Pair } from 'yaml';
import { editDistance, type RuleIndex } from '../rules/rule-index.js';
import { SEVERITIES, type LabelType, type Severity } from '../rules/types.js';
import type { ConfigFile, PathOverride, SettingsLayer, Threshold } from './types.js';

/** hadolint's label types (its `label-schema`). */
export const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email'];

const THRESHOLDS: readonly Threshold[] = [...SEVERITIES, 'none'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Layer = Mutable<SettingsLayer>;
type Handler = (r: Reader, value: YamlNode, out: Layer) => void;

/** The settings both formats share, under dfscan's names. */
const SETTINGS: Record<string, Handler> = {
  ignore: (r, v, out) => void (out.ignore = r.rules(v, 'ignore')),
  override: (r, v, out) => void (out.severities = r.severities(v)),
  'failure-threshold': (r, v, out) => void (out.failureThreshold = r.threshold(v)),
  'trusted-registries': (r, v, out) => void (out.trustedRegistries = r.strings(v, 'trusted-registries', false)),
  'label-schema': (r, v, out) => void (out.labelSchema = r.labelSchema(v)),
  'strict-labels': (r, v, out) => void (out.strictLabels = r.boolean(v, 'strict-labels')),
  'report-unused-pragmas': (r, v, out) => void (out.reportUnusedPragmas = r.boolean(v, 'report-unused-pragmas')),
};

/** hadolint's keys (Hadolint.Config.Configuration), mapped onto dfscan's settings. */
const HADOLINT: Record<string, Handler> = {
  ignored: (r, v, out) => void (out.ignore = r.rules(v, 'ignored')),
  override: SETTINGS.override!,
  'failure-threshold': SETTINGS['failure-threshold']!,
  trustedRegistries: (r, v, out) => void (out.trustedRegistries = r.strings(v, 'trustedRegistries', true)),
  'trusted-registries': (r, v, out) => void (out.trustedRegistries = r.strings(v, 'trusted-registries', true)),
  'label-schema': SETTINGS['label-schema']!,
  'strict-labels': SETTINGS['strict-labels']!,
  'no-fail': (r, v, out) => {
    if (r.boolean(v, 'no-fail')) out.failureThreshold = 'none';
  },
  // Output and pragma switches of hadolint itself: accepted so that its files read, not applied.
  format: (r, v) => void r.string(v, 'format'),
  'output-format': (r, v) => void r.string(v, 'output-format'),
  'no-color': (r, v) => void r.boolean(v, 'no-color'),
  verbose: (r, v) => void r.boolean(v, 'verbose'),
  'disable-ignore-pragma': (r, v) => void r.boolean(v, 'disable-ignore-pragma'),
};

export interface ConfigSource {
  /** As shown in messages. */
  readonly path: string;
  /** Absolute folder of the file. */
  readonly dir: string;
  readonly dialect: 'dfscan' | 'hadolint';
}

export type ParseResult = { readonly config: ConfigFile } | { readonly errors: readonly string[] };

export function parseConfig(text: string, source: ConfigSource, rules: RuleIndex): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const r = new Reader(source, lineCounter, rules);
  // One line for a syntax error: the parser's later errors mostly follow from the first (an
  // unclosed bracket is also a bad indent on every line after it). A key given twice and a second
  // document are problems of their own.
  const own = (code: string) => code === 'DUPLICATE_KEY' || code === 'MULTIPLE_DOCS';
  const problems = [...doc.errors, ...doc.warnings];
  const syntax = problems.find((e) => !own(e.code));
  for (const e of problems) if (e === syntax || own(e.code)) r.failAt(e.pos[0], yamlMessage(e.code, e.message));
  if (r.errors.length > 0) return { errors: r.errors };
  // Aliases are refused before anything else is read, and once: an alias bomb ("billion laughs",
  // nine aliases of nine aliases of ...) would otherwise give a line per alias, or one per key
  // that holds them. The document is never expanded, so it costs no memory either way.
  let alias: YamlNode | null = null;
  try {
    visit(doc, {
      Alias: (_, node) => {
        alias = node;
        return visit.BREAK;
      },
    });
  } catch (err) {
    // The parser stops first (it takes more stack a level), but a stack is a stack.
    if (!(err instanceof RangeError)) throw err;
    r.failAt(0, 'invalid YAML: nested too deeply');
    return { errors: r.errors };
  }
  if (alias) {
    r.fail(alias, ALIAS_REFUSED);
    return { errors: r.errors };
  }

  const base: Layer = {};
  const overrides: PathOverride[] = [];
  const root = doc.contents;
  if (root !== null && !(isScalar(root) && root.value === null)) {
    const handlers = source.dialect === 'hadolint' ? HADOLINT : { ...SETTINGS, overrides: null };
    r.fields(root, handlers, base, 'a configuration file', (value) => overrides.push(...r.overrides(value)));
  }
  if (r.errors.length > 0) return { errors: r.errors };
  return { config: { path: source.path, dir: source.dir, dialect: source.dialect, base, overrides } };
}

const ALIAS_REFUSED = 'YAML aliases (*name) are not supported in a configuration file';

function yamlMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'a configuration file holds one YAML document (found a second one after ---)';
  if (code === 'DUPLICATE_KEY') return 'this key is given twice';
  // The parser recurses per level of nesting and reports running out of stack as an error.
  if (/Maximum call stack size exceeded/.test(message)) return 'invalid YAML: nested too deeply';
  return `invalid YAML: ${message.split('\n')[0]}`;
}

class Reader {
  readonly errors: string[] = [];

  constructor(
    private readonly source: ConfigSource,
    private readonly lines: LineCounter,
    private readonly index: RuleIndex,
  ) {}

  failAt(offset: number, message: string): void {
    const { line, col } = this.lines.linePos(offset);
    this.errors.push(`${this.source.path}:${line}:${col}: ${message}`);
  }

  fail(node: YamlNode | null | undefined, message: string): void {
    this.failAt(node?.range?.[0] ?? 0, message);
  }

  /**
   * Reads a mapping whose keys are known settings. `overrides` (null in `handlers`) is handed to
   * `onOverrides`, so that it is only read at the top of a dfscan file.
   */
  fields(node: YamlNode, handlers: Record<string, Handler | null>, out: Layer, what: string, onOverrides?: (value: YamlNode) => void): void {
    const pairs = this.map(node, `${what} must be a mapping of settings`);
    if (!pairs) return;
    const valid = Object.keys(handlers).sort();
    for (const pair of pairs) {
      const key = this.key(pair);
      if (key === null) continue;
      // Own keys only: `__proto__`, `constructor` or `toString` in the file are unknown keys, not
      // the handlers' inherited properties.
      if (!Object.hasOwn(handlers, key.text)) {
        if (key.text === 'overrides') {
          this.fail(key.node, 'overrides cannot be nested: give each glob its settings at the top level');
          continue;
        }
        const near = valid.find((k) => editDistance(k, key.text, 3) < 3);
        this.fail(key.node, `unknown key "${key.text}"${near ? ` (did you mean "${near}"?)` : ''}; valid keys: ${valid.join(', ')}`);
        continue;
      }
      const value = pair.value as YamlNode | null;
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (this.alias(value)) continue;
      const handler = handlers[key.text];
      if (handler) handler(this, value, out);
      else onOverrides?.(value);
    }
  }

  overrides(node: YamlNode): PathOverride[] {
    const pairs = this.map(node, 'overrides must map a glob to settings, e.g. "legacy/**": { ignore: [fat-base] }');
    if (!pairs) return [];
    const out: PathOverride[] = [];
    for (const pair of pairs) {
      const key = this.key(pair);
      if (key === null) continue;
      const glob = key.text.trim().replace(/^(\.\/|\/)+/, '');
      if (glob === '') {
        this.fail(key.node, 'an overrides glob is empty');
        continue;
      }
      const layer: Layer = {};
      const value = pair.value as YamlNode | null;
      if (value !== null && !this.alias(value)) this.fields(value, SETTINGS, layer, `the settings for "${key.text}"`);
      // A glob without a slash matches the file name in any folder, as in .gitignore. (picomatch's
      // `basename` option is only right for those: with it, globs with a slash never match.)
      const match = picomatch(glob, { dot: true, basename: !glob.includes('/') });
      out.push({ glob: key.text, matches: (path) => match(path), layer });
    }
    return out;
  }

  rules(node: YamlNode, key: string): string[] {
    const ids = new Set<string>();
    for (const item of this.strings(node, key, false, true)) {
      const id = this.rule(item);
      if (id) ids.add(id);
    }
    return [...ids];
  }

  severities(node: YamlNode): Map<string, Severity> {
    const out = new Map<string, Severity>();
    const pairs = this.map(node, `override must map severities (${SEVERITIES.join(', ')}) to lists of rules`);
    if (!pairs) return out;
    for (const pair of pairs) {
      const key = this.key(pair);
      if (key === null) continue;
      if (!(SEVERITIES as readonly string[]).includes(key.text)) {
        this.fail(key.node, `unknown severity "${key.text}" under override; valid keys: ${SEVERITIES.join(', ')}`);
        continue;
      }
      const severity = key.text as Severity;
      const value = pair.value as YamlNode | null;
      if (value === null || (isScalar(value) && value.value === null) || this.alias(value)) continue;
      for (const item of this.strings(value, `override.${severity}`, false, true)) {
        const id = this.rule(item);
        if (!id) continue;
        const before = out.get(id);
        if (before && before !== severity) this.fail(item.node, `rule ${id} is given two severities under override (${before} and ${severity})`);
        out.set(id, severity);
      }
    }
    return out;
  }

  threshold(node: YamlNode): Threshold | undefined {
    const text = this.string(node, 'failure-threshold');
    if (text === undefined) return undefined;
    if ((THRESHOLDS as readonly string[]).includes(text)) return text as Threshold;
    // hadolint spells "none" also "ignore".
    if (text === 'ignore' && this.source.dialect === 'hadolint') return 'none';
    this.fail(node, `failure-threshold "${text}" is not one of ${THRESHOLDS.join(', ')}`);
    return undefined;
  }

  labelSchema(node: YamlNode): Record<string, LabelType> {
    // Gathered as entries: Object.fromEntries makes a label named `__proto__` an own key like any other.
    const entries: [string, LabelType][] = [];
    const out = () => Object.fromEntries(entries) as Record<string, LabelType>;
    const pairs = this.map(node, 'label-schema must map label names to types, e.g. maintainer: email');
    if (!pairs) return out();
    for (const pair of pairs) {
      const key = this.key(pair);
      if (key === null) continue;
      const value = pair.value as YamlNode | null;
      if (value === null || (isScalar(value) && value.value === null)) {
        this.fail(key.node, `label-schema: label "${key.text}" needs a type (${LABEL_TYPES.join(', ')})`);
        continue;
      }
      if (this.alias(value)) continue;
      const type = this.string(value, `label-schema: the type of "${key.text}"`);
      if (type === undefined) continue;
      if ((LABEL_TYPES as readonly string[]).includes(type)) entries.push([key.text, type as LabelType]);
      else this.fail(value, `label-schema: "${type}" is not a label type; valid types: ${LABEL_TYPES.join(', ')}`);
    }
    return out();
  }

  boolean(node: YamlNode, key: string): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.fail(node, `${key} must be true or false`);
    return undefined;
  }

  string(node: YamlNode, what: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    this.fail(node, `${what} must be a string`);
    return undefined;
  }

  /** A list of strings (or, where hadolint allows it, one string). */
  strings(node: YamlNode, key: string, scalarAllowed: boolean): string[];
  strings(node: YamlNode, key: string, scalarAllowed: boolean, withNodes: true): { text: string; node: YamlNode }[];
  strings(node: YamlNode, key: string, scalarAllowed: boolean, withNodes = false): (string | { text: string; node: YamlNode })[] {
    const items: YamlNode[] = isSeq(node) ? (node.items as YamlNode[]) : scalarAllowed && isScalar(node) ? [node] : [];
    if (!isSeq(node) && items.length === 0) {
      this.fail(node, `${key} must be a list, e.g. ${key}: [a, b]`);
      return [];
    }
    const out: (string | { text: string; node: YamlNode })[] = [];
    for (const item of items) {
      if (this.alias(item)) continue;
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        this.fail(item, `each item of ${key} must be a non-empty string`);
        continue;
      }
      out.push(withNodes ? { text: item.value.trim(), node: item } : item.value.trim());
    }
    return out;
  }

  /** The rule id a name (id or alias) stands for; ShellCheck codes in hadolint's file stand for none. */
  private rule(item: { text: string; node: YamlNode }): string | null {
    const rule = this.index.find(item.text);
    if (rule) return rule.id;
    if (this.source.dialect === 'hadolint' && /^SC\d{4}$/i.test(item.text)) return null;
    this.fail(item.node, this.index.unknown(item.text));
    return null;
  }

  private map(node: YamlNode, message: string): Pair<ParsedNode, ParsedNode | null>[] | null {
    if (isMap(node)) return node.items as Pair<ParsedNode, ParsedNode | null>[];
    this.fail(node, message);
    return null;
  }

  private key(pair: Pair<ParsedNode, ParsedNode | null>): { text: string; node: YamlNode } | null {
    const k = pair.key;
    if (isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) return { text: String(k.value), node: k };
    this.fail(k, 'a key must be a plain word');
    return null;
  }

  private alias(node: YamlNode): boolean {
    if (!isAlias(node)) return false;
    this.fail(node, ALIAS_REFUSED);
    return true;
  }
}
