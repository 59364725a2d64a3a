/**
 * SARIF 2.1.0 for code-scanning uploads (GitHub's upload-sarif and others): one run, the
 * documentation of every reported rule in `tool.driver.rules`, 1-based regions in UTF-16 code
 * units, and partial fingerprints that survive lines moving. Files that could not be analysed
 * are tool execution notifications, not results.
 */
import type { FileReport } from '../analyze.js';
import type { Finding, Fix, Rule, Severity, TextEdit } from '../rules/types.js';
import { RULES } from '../../rules/index.js';
import { TOOL } from '../version.js';
import { fingerprints } from './fingerprint.js';
import { fileUri } from './paths.js';
import { docsMarkdown, docsText, PROJECT_URL, ruleUrl } from './rule-docs.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The key of our partial fingerprint; the version changes only if the hash does. */
export const FINGERPRINT_KEY = 'dfscan/v1';

export interface SarifOptions {
  /** Folder paths are made relative to (the repository root). */
  readonly root: string;
  /** The rules whose docs describe the findings; every rule by default. */
  readonly rules?: readonly Rule[];
}

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

export function sarifReport(files: readonly FileReport[], options: SarifOptions): string {
  const reported = [...new Set(files.flatMap((f) => f.findings.map((x) => x.rule)))].sort();
  const known = options.rules ?? RULES;
  const ruleIndex = new Map(reported.map((id, i) => [id, i]));

  const results = files.flatMap((file) => {
    const prints = fingerprints(file);
    return file.findings.map((f, i) => result(f, file.path, options.root, ruleIndex.get(f.rule)!, prints[i]!));
  });
  const failed = files.filter((f) => f.error !== null);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            semanticVersion: TOOL.version,
            informationUri: PROJECT_URL,
            rules: reported.map((id) => descriptor(id, known.find((r) => r.id === id))),
          },
        },
        invocations: [
          {
            executionSuccessful: failed.length === 0,
            toolExecutionNotifications: failed.map((f) => ({
              level: 'error',
              message: { text: `${f.path}: ${f.error}` },
              locations: [{ physicalLocation: { artifactLocation: artifact(f.path, options.root) } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptor(id: string, rule: Rule | undefined) {
  // A finding of a rule outside the list (a caller running rules of its own) still gets an entry.
  if (!rule) return { id, shortDescription: { text: id } };
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.docs.what },
    help: { text: docsText(rule), markdown: docsMarkdown(rule) },
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, tags: [rule.category], ...(rule.aliases.length > 0 ? { aliases: rule.aliases } : {}) },
  };
}

function result(f: Finding, path: string, root: string, ruleIndex: number, fingerprint: string) {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(path, root),
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(f.fix && f.edits ? { fixes: [fix(f.fix, f.edits, path, root)] } : {}),
    properties: {
      severity: f.severity,
      category: f.category,
      stage: f.stage,
      impactBytes: f.impact.bytes,
      rebuildSeconds: f.impact.rebuildSeconds,
    },
  };
}

/** A finding's fix as SARIF proposes one: its edits as replacements, an insertion as an empty region. */
function fix(fixOf: Fix, edits: readonly TextEdit[], path: string, root: string) {
  const unsafe = fixOf.safety === 'unsafe' ? ' (unsafe: may change what the image does; dfscan --fix-unsafe)' : '';
  return {
    description: { text: `${fixOf.description}${unsafe}` },
    artifactChanges: [
      {
        artifactLocation: artifact(path, root),
        replacements: edits.map((e) => ({
          deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
          insertedContent: { text: e.newText },
        })),
      },
    ],
  };
}

function artifact(path: string, root: string) {
  const { uri, relative } = fileUri(path, root);
  return relative ? { uri, uriBaseId: '%SRCROOT%' } : { uri };
}
