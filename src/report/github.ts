/**
 * GitHub Actions workflow commands: one `::error|warning|notice ...::message` line per finding,
 * which the runner turns into annotations on the pull request. GitHub shows at most 10 of each
 * kind per step and drops the rest silently, so the most severe come first and, when some are
 * left out, one last notice says how many and where the full report is.
 */
import { gateLine } from '../cli/gates.js';
import type { RunWriter } from './formats.js';
import { severityRank, type Severity } from '../rules/types.js';
import { TOOL } from '../version.js';
import { sanitize } from './color.js';
import { detached } from './detached.js';
import { reportPath } from './paths.js';

/** Annotations GitHub shows per kind and step. */
export const ANNOTATION_LIMIT = 10;

export interface GithubOptions {
  /** Folder paths are made relative to (the repository root). */
  readonly root: string;
  /** Where to find the findings left out, completing "see ...". */
  readonly fullReport?: string | undefined;
}

type Kind = 'error' | 'warning' | 'notice';

const KIND: Readonly<Record<Severity, Kind>> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

interface Annotation {
  readonly kind: Kind;
  readonly rank: number;
  readonly properties: readonly (readonly [string, string | number])[];
  readonly message: string;
}

/**
 * The annotations, chosen over the whole run: each file's are made as the file is done, and the
 * run keeps them (their messages detached from the file's text) instead of its report; the most
 * severe are written at the end, with the gates each file missed (errors too).
 */
export function githubWriter(write: (text: string) => void, options: GithubOptions): RunWriter {
  const all: Annotation[] = [];
  return {
    file(file) {
      const path = reportPath(file.path, options.root);
      if (file.error !== null) {
        all.push({ kind: 'error', rank: severityRank('error'), properties: [['file', path], ['title', `${TOOL.name}: file not analysed`]], message: file.error });
      }
      for (const f of file.findings) {
        const position: [string, number][] = [['line', f.line], ['endLine', f.endLine]];
        // GitHub places columns only within one line; its end column is inclusive.
        if (f.endLine === f.line) position.push(['col', f.column], ['endColumn', Math.max(f.column, f.endColumn - 1)]);
        else position.push(['col', f.column]);
        all.push({ kind: KIND[f.severity], rank: severityRank(f.severity), properties: [['file', path], ...position, ['title', `${TOOL.name}: ${f.rule}`]], message: detached(f.message) });
      }
    },
    end(_files, gates) {
      for (const g of gates) {
        if (g.pass) continue;
        all.push({ kind: 'error', rank: severityRank('error'), properties: [['file', reportPath(g.path, options.root)], ['title', `${TOOL.name}: ${g.gate} gate`]], message: gateLine(g) });
      }
      write(annotations(all, options.fullReport));
    },
  };
}

function annotations(all: Annotation[], fullReport: string | undefined): string {
  // Stable sort: within a severity, files and lines keep their report order.
  all.sort((a, b) => b.rank - a.rank);

  const shown: Annotation[] = [];
  const left: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const count: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const overflow = (['error', 'warning', 'notice'] as const).some((k) => all.filter((a) => a.kind === k).length > ANNOTATION_LIMIT);
  for (const a of all) {
    // The closing notice takes one of the notice slots.
    const limit = a.kind === 'notice' && overflow ? ANNOTATION_LIMIT - 1 : ANNOTATION_LIMIT;
    if (count[a.kind] < limit) {
      count[a.kind]++;
      shown.push(a);
    } else {
      left[a.kind]++;
    }
  }
  const lines = shown.map(command);
  const dropped = left.error + left.warning + left.notice;
  if (dropped > 0) {
    const parts = (['error', 'warning', 'notice'] as const).filter((k) => left[k] > 0).map((k) => `${left[k]} ${k}${left[k] === 1 ? '' : 's'}`);
    const where = fullReport ?? `the full report (${TOOL.name} -f markdown, or run ${TOOL.name} locally)`;
    lines.push(
      command({
        kind: 'notice',
        rank: 0,
        properties: [['title', `${TOOL.name}: ${dropped} more finding${dropped === 1 ? '' : 's'}`]],
        message: `${dropped} more finding${dropped === 1 ? ' is' : 's are'} not shown as annotations (${parts.join(', ')}): GitHub shows ${ANNOTATION_LIMIT} of each kind per step. See ${where}.`,
      }),
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function command(a: Annotation): string {
  const props = a.properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${a.kind} ${props}::${escapeData(a.message)}`;
}

/**
 * The message of a workflow command: `%` first, then the line breaks, so nothing can start a new
 * command; then the other control characters shown escaped (`\x1b`), since the runner's log and a
 * terminal running dfscan locally would otherwise act on escape sequences from the file.
 */
export function escapeData(s: string): string {
  return sanitize(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value: as a message, plus the separators `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
