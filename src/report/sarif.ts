/**
 * SARIF 2.1.0 for code-scanning uploads (GitHub's upload-sarif and others): one run, the
 * documentation of every reported rule in `tool.driver.rules`, 1-based regions in UTF-16 code
 * units, and partial fingerprints that survive lines moving. Files that could not be analysed
 * are tool execution notifications, not results.
 */
import type { RunWriter } from './formats.js';
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
}

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

/** A result as text, but for its rule's index, known once the run's reported rules are. */
interface PendingResult {
  readonly rule: string;
  /** The result's text after its `ruleIndex` line. */
  readonly rest: string;
}

/**
 * The SARIF log, written as files come: the log lists the rules reported before the results,
 * which refer to them by index, so each file's results are kept as text (the report itself is
 * not) and the whole log is written when the run ends, the same text as JSON.stringify of the
 * log with two-space indentation (tested).
 */
export function sarifWriter(write: (text: string) => void, options: SarifOptions): RunWriter {
  const results: PendingResult[] = [];
  return {
    file(report) {
      const prints = fingerprints(report);
      report.findings.forEach((f, i) => results.push(pendingResult(result(f, report.path, options.root, prints[i]!))));
    },
    end(files) {
      const reported = [...new Set(results.map((r) => r.rule))].sort();
      const ruleIndex = new Map(reported.map((id, i) => [id, i]));
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
                rules: reported.map((id) => descriptor(id, BY_ID.get(id))),
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
            results: [],
          },
        ],
      };
      const text = JSON.stringify(log, null, 2);
      // The results array is the log's last member: written in its place, one result at a time.
      if (results.length === 0) {
        write(`${text}\n`);
        return;
      }
      write(`${text.slice(0, -NO_RESULTS_END.length)}[\n`);
      results.forEach((r, i) => write(`${i === 0 ? '' : ',\n'}${RESULT_START}${JSON.stringify(r.rule)},\n${RESULT_INDENT}"ruleIndex": ${ruleIndex.get(r.rule)!},\n${r.rest}`));
      write(`\n${RESULTS_END}`);
    },
  };
}

/** How JSON.stringify(log, null, 2) ends a log whose results are empty, and ends them otherwise. */
const NO_RESULTS_END = '[]\n    }\n  ]\n}';
const RESULTS_END = '      ]\n    }\n  ]\n}\n';
/** A result's members are written four levels deep (log, runs, run, results): 10 spaces. */
const RESULT_INDENT = ' '.repeat(10);
const RESULT_START = `        {\n${RESULT_INDENT}"ruleId": `;

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** A result without its ruleIndex, as text at its depth in the log, cut after its ruleId line. */
function pendingResult(r: ReturnType<typeof result>): PendingResult {
  const text = JSON.stringify([[[[r]]]], null, 2).slice('[\n  [\n    [\n      [\n'.length, -'\n      ]\n    ]\n  ]\n]'.length);
  const head = `${RESULT_START}${JSON.stringify(r.ruleId)},\n`;
  return { rule: r.ruleId, rest: text.slice(head.length) };
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

function result(f: Finding, path: string, root: string, fingerprint: string) {
  return {
    ruleId: f.rule,
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
