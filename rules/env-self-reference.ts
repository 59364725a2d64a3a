import type { Variable, VariableUse } from '../src/graph/types.js';
import { referencesInVars } from '../src/graph/var-refs.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'env-self-reference',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3044'],
  summary: 'An ENV uses a variable that the same ENV defines',
  fixable: false,
  docs: {
    what: 'Reports `ENV A=1 B=$A`: a value that refers to a variable defined by another pair of the same ENV, which was not defined before it.',
    why:
      'Docker expands the whole ENV line with the variables as they were before it: `$A` is empty (or the base image\'s old value) in `B`, not the `1` written next to it.',
    example: 'FROM python:3.13-slim\nENV APP_HOME=/srv/app PYTHONPATH=$APP_HOME/lib',
    fix: 'Split the ENV:\n\nFROM python:3.13-slim\nENV APP_HOME=/srv/app\nENV PYTHONPATH=$APP_HOME/lib',
    notes: 'A variable defined earlier (by an ENV or an ARG in scope) is fine: its earlier value is what is meant. A variable the base image sets cannot be seen offline and counts as not defined.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'env') continue;
      // Indexed once per ENV: a line of many pairs would make a search per reference quadratic.
      const inside = referencesInVars(node);
      const own = new Map<VariableUse, Variable>();
      node.vars.forEach((v, i) => inside[i]!.forEach((use) => own.set(use, v)));
      const byName = new Map<string, Variable[]>();
      for (const v of node.vars) {
        const list = byName.get(v.name) ?? [];
        if (list.length < 2) list.push(v);
        byName.set(v.name, list);
      }
      for (const use of node.references) {
        if (use.state !== 'undeclared') continue;
        const definer = (byName.get(use.name) ?? []).find((v) => v !== own.get(use));
        if (!definer) continue;
        report({ node, start: use.start, end: use.end, message: `$${use.name} is defined by this same ENV, so here it still has its earlier (empty) value: set ${use.name} in an ENV of its own first` });
      }
    }
  },
});
