import { defineRule } from '../src/rules/types.js';
import { SIGNALS } from './data/dockerfile.js';

function isSignal(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) > 0;
  const name = value.toUpperCase().replace(/^SIG/, '');
  if (SIGNALS.has(name)) return true;
  const rt = /^RTMIN\+(\d+)$|^RTMAX-(\d+)$/.exec(name);
  return rt !== null && Number(rt[1] ?? rt[2]) <= 15;
}

export default defineRule({
  id: 'invalid-stopsignal',
  category: 'correctness',
  severity: 'error',
  aliases: [],
  summary: 'STOPSIGNAL names no signal',
  fixable: false,
  docs: {
    what: 'Reports a STOPSIGNAL that is neither a signal name (`SIGTERM`, `TERM`, `SIGRTMIN+3`) nor a positive signal number.',
    why: 'BuildKit refuses the file ("invalid signal"), and older builders store a value that makes `docker stop` fail.',
    example: 'FROM nginx:1.27\nSTOPSIGNAL SIGQUITE',
    fix: 'FROM nginx:1.27\nSTOPSIGNAL SIGQUIT',
    notes: 'A signal given by a build argument without a default is not judged.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'other' || node.keyword !== 'STOPSIGNAL') continue;
      if (node.references.some((r) => r.state !== 'set' && !r.guarded)) continue;
      const value = node.value.trim().replace(/^["']|["']$/g, '');
      if (isSignal(value)) continue;
      report({ node, message: `"${value}" is not a signal: use a name such as SIGTERM or SIGQUIT, or a signal number` });
    }
  },
});
