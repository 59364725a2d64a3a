import { basenameOf, trimTrailingSlashes, withoutQuery } from '../src/graph/paths.js';
import type { Node, Stage } from '../src/graph/types.js';
import { referencesInVars } from '../src/graph/var-refs.js';
import { nodeSeconds } from '../src/model/durations.js';
import { defineRule } from '../src/rules/types.js';
import { REMOTE_SOURCE } from './data/dockerfile.js';
import { MIN_VOLATILE_SECONDS, PINNED_URL, volatileKind } from './data/volatile-values.js';

/** Something whose value changes from build to build, declared at `node`. */
interface Volatile {
  readonly node: Node;
  readonly start: number;
  readonly end: number;
  /** How it reads in messages: `ARG GIT_SHA (the commit)`. */
  readonly label: string;
  /** Whether a later instruction needs it. */
  readonly usedBy: (n: Node) => boolean;
}

/** `$NAME` or `${NAME...}` in a RUN's text (the name is the file's: no regular expression is built from it). */
function mentions(text: string, name: string): boolean {
  if (name === '') return false;
  for (let at = text.indexOf('$'); at !== -1; at = text.indexOf('$', at + 1)) {
    const braced = text[at + 1] === '{';
    const start = at + (braced ? 2 : 1);
    if (!text.startsWith(name, start)) continue;
    const next = text[start + name.length];
    if (next === undefined || !/[A-Za-z0-9_]/.test(next)) return true;
  }
  return false;
}

function runText(n: Node): string {
  if (n.kind !== 'run') return '';
  return n.exec ? n.exec.join(' ') : (n.script?.text ?? n.args.text);
}

function variableUse(name: string): (n: Node) => boolean {
  return (n) => n.references.some((r) => r.name === name) || (n.kind === 'run' && mentions(runText(n), name));
}

function volatilesOf(node: Node, volatileNames: Set<string>): Volatile[] {
  const out: Volatile[] = [];
  if (node.kind === 'arg' || node.kind === 'env') {
    const inside = node.kind === 'env' ? referencesInVars(node) : [];
    for (const [i, v] of node.vars.entries()) {
      // An ARG's value comes from the build command; an ENV is volatile when it copies such an ARG.
      const kind = volatileKind(v.name);
      const argVolatile = node.kind === 'arg' && kind !== null && (!kind.onlyWithoutDefault || v.value === null);
      const derived = node.kind === 'env' && inside[i]!.some((r) => volatileNames.has(r.name));
      if (!argVolatile && !derived) continue;
      volatileNames.add(v.name);
      out.push({ node, start: v.start, end: v.end, label: `${node.keyword} ${v.name}${kind ? ` (${kind.label})` : ''}`, usedBy: variableUse(v.name) });
    }
  }
  if (node.kind === 'copy' && node.isAdd && !node.flags.some((f) => f.name === 'checksum')) {
    for (const s of node.sources) {
      if (!REMOTE_SOURCE.test(s.value) || PINNED_URL.test(s.value)) continue;
      const names = [basenameOf(withoutQuery(s.value)), trimTrailingSlashes(node.dest)].filter((x) => x !== '' && x !== '.');
      out.push({ node, start: s.start, end: s.end, label: `ADD ${s.value} (a download that changes when upstream does)`, usedBy: (n) => names.some((x) => runText(n).includes(x) || n.args.text.includes(x)) });
    }
  }
  return out;
}

export default defineRule({
  id: 'volatile-value-early',
  category: 'cache',
  severity: 'warning',
  aliases: [],
  summary: 'A value that changes every build is set before expensive steps that do not need it',
  fixable: false,
  docs: {
    what:
      'Finds an ARG or ENV carrying a value that changes from build to build (the build date, the commit, the CI build number, the release version; an ENV set from such an ARG) or an `ADD <url>` of an unversioned download, followed in the same stage by expensive steps that do not use it.',
    why:
      'Build arguments are part of the environment of every RUN after their ARG line, and ENV values of every step after them; an ADD\'s download is part of the cache key. When the value changes, which for a commit or a date is every build, every step below re-runs: the dependency install, the compiler, all of it, though none of them reads the value.',
    example:
      'FROM node:22-slim\nARG GIT_SHA\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nLABEL org.opencontainers.image.revision=$GIT_SHA',
    fix:
      'Declare it just before the first instruction that needs it:\n\nFROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nARG GIT_SHA\nLABEL org.opencontainers.image.revision=$GIT_SHA',
    impact:
      'rebuildSeconds: the typical durations (rules/data/durations.ts) of the steps between the declaration and the first instruction that uses the value, which a change of the value re-runs for nothing. Stages built from this one re-run too and are not counted, so the figure is a lower bound.',
    notes:
      'Values are recognised by name (rules/data/volatile-values.ts): `BUILD_DATE`, `GIT_SHA`, `VCS_REF`, `CI_COMMIT_SHA`, `BUILD_NUMBER`, `VERSION`, ...; a tool\'s own version (`NODE_VERSION`) is pinned in the file and is not volatile. A step counts as using the value when it names it (`$GIT_SHA` in a RUN, a COPY, an ENV); a script that reads it from the environment without naming it is not seen. A LABEL changes no step\'s cache under BuildKit, so a LABEL is reported through the ARG it reads. Findings below 10 s of steps are left out.',
  },
  check({ graph, report }) {
    const lines = graph.file.source.lines;
    for (const stage of graph.stages) {
      const volatileNames = new Set<string>();
      stage.nodes.forEach((node, i) => {
        for (const v of volatilesOf(node, volatileNames)) {
          const { wasted, usedAt } = stepsUntilUse(stage, i, v);
          const seconds = wasted.reduce((n, s) => n + nodeSeconds(s), 0);
          if (seconds < MIN_VOLATILE_SECONDS) continue;
          const names = wasted.filter((s) => nodeSeconds(s) >= 5).slice(0, 3).map((s) => `line ${lines.lineOf(s.raw.start)}`);
          const where = usedAt ? `move it just above its first use (line ${lines.lineOf(usedAt.raw.start)})` : 'nothing below uses it: move it to the end of the stage, or drop it';
          report({
            node,
            start: v.start,
            end: v.end,
            message: `${v.label} changes every build, and the ${wasted.length} step${wasted.length > 1 ? 's' : ''} after it re-run each time (~${Math.round(seconds)} s${names.length ? `: ${names.join(', ')}` : ''}); ${where}`,
            impact: { rebuildSeconds: Math.round(seconds) },
          });
        }
      });
    }
  },
});

/** The layer steps after position `i` that come before the first one using `v`. */
function stepsUntilUse(stage: Stage, i: number, v: Volatile): { wasted: Node[]; usedAt: Node | null } {
  const wasted: Node[] = [];
  for (const n of stage.nodes.slice(i + 1)) {
    if (v.usedBy(n)) return { wasted, usedAt: n };
    if (n.createsLayer) wasted.push(n);
  }
  return { wasted, usedAt: null };
}
