import { trimTrailing, trimTrailingSlashes } from '../src/graph/paths.js';
import { rootStage } from '../src/graph/stages.js';
import type { EnvNode, Variable } from '../src/graph/types.js';
import { defineRule } from '../src/rules/types.js';

/** Folders of a Linux image's default PATH; a new PATH with one of them still finds the system's programs. */
const SYSTEM_DIRS = new Set(['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/usr/local/bin']);

export default defineRule({
  id: 'env-path-override',
  category: 'correctness',
  severity: 'warning',
  aliases: [],
  summary: '`ENV PATH=...` replaces the inherited PATH instead of extending it: the system\'s programs are no longer found',
  fixable: false,
  docs: {
    what:
      'Finds `ENV PATH=...` whose new value neither refers to the old one (`$PATH`, `${PATH}`, or a variable that holds it) nor names any of the system folders (/bin, /usr/bin, /sbin, /usr/sbin, /usr/local/bin).',
    why:
      'The base image sets PATH in its configuration (`/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin` on Debian, plus the language\'s own folders on python, node, golang images). An ENV that sets PATH to a single folder drops all of it: every later RUN fails with "sh: apt-get: not found" (or "exec: sh: executable file not found" when /bin/sh itself is gone), and so do the container\'s CMD and any `docker exec` into it. The RUNs right after the ENV often still work by accident when they call programs by full path, so the break shows up later.',
    example: 'FROM python:3.12-slim\nENV PATH=/opt/venv/bin\nRUN python -m venv /opt/venv && pip install --no-cache-dir flask==3.0.3',
    fix:
      'Put the new folder in front of the inherited PATH:\n\nFROM python:3.12-slim\nENV PATH=/opt/venv/bin:$PATH\nRUN python -m venv /opt/venv && pip install --no-cache-dir flask==3.0.3',
    notes:
      'A PATH written out in full with the system folders (`ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`) is not reported, nor is one built from a variable whose value dfscan does not know. Stages built FROM scratch (which have no system folders to lose) and Windows PATHs (`C:\\...;...`) are not checked.',
  },
  check({ graph, report }) {
    const text = graph.file.source.text;
    for (const node of graph.nodes) {
      if (node.kind !== 'env' || !node.stage || node.stage.shell === 'other') continue;
      if (rootStage(graph, node.stage)?.base.kind === 'scratch') continue;
      for (const v of node.vars) {
        if (v.name !== 'PATH' || v.value === null || !dropsPath(node, v, text.slice(v.start, v.end))) continue;
        report({
          node,
          start: v.start,
          end: v.end,
          message: `\`PATH=${v.value}\` replaces the base image's PATH instead of extending it: later RUNs, CMD and \`docker exec\` no longer find sh, apt-get or the image's own tools by name; ${v.value ? `write PATH=${trimTrailing(v.value, ':')}:$PATH` : 'remove it'}`,
        });
      }
    }
  },
});

function dropsPath(node: EnvNode, v: Variable, raw: string): boolean {
  const value = v.value!;
  // `ENV PATH` with no value at all is a syntax error, reported as such.
  if (value === '' && raw.trim() === 'PATH') return false;
  if (/[;\\]|^[A-Za-z]:/.test(value)) return false;
  if (/\$\{?PATH\b/.test(raw)) return false;
  // A variable of unknown value (`${ORIGINAL_PATH}`) may hold the old PATH.
  if (node.references.some((r) => r.start >= v.start && r.end <= v.end && r.state !== 'set')) return false;
  return !value.split(':').some((dir) => SYSTEM_DIRS.has(trimTrailingSlashes(dir)));
}
