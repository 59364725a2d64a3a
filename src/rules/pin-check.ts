/**
 * The check shared by the *-pin-versions rules: every install command of one package manager
 * that names a package without a version is reported once, with the packages in question.
 */
import { flatten, mapList } from '../graph/lists.js';
import { joinPath } from '../graph/paths.js';
import { packageInstalls } from '../graph/package-specs.js';
import type { Node } from '../graph/types.js';
import { PIN_SYNTAX } from '../../rules/data/package-pins.js';
import type { RuleContext } from './types.js';

/** The programs whose installs checkPins reads for a manager (a rule's `programs`). */
export function pinPrograms(managerId: string): readonly string[] {
  const syntax = PIN_SYNTAX[managerId];
  if (!syntax) throw new Error(`no pin syntax for ${managerId}`);
  return syntax.commands;
}

export function checkPins({ graph, report }: RuleContext, managerId: string): void {
  const syntax = PIN_SYNTAX[managerId]!;
  for (const node of graph.nodes) {
    if (node.kind !== 'run') continue;
    for (const install of packageInstalls(node, managerId)) {
      let names = mapList(install.unpinned, (w) => w.value!);
      if (managerId === 'go') {
        const local = gopathPackages(node);
        names = names.filter((n) => !local.some((p) => n === p || n.startsWith(`${p}/`)));
      }
      if (names.length === 0) continue;
      const shown = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
      report({
        node,
        start: install.command.start,
        end: install.command.end,
        message: `\`${install.command.name} ${install.subcommand}\` leaves the version of ${shown} open: pin ${names.length > 1 ? 'each' : 'it'} (\`${syntax.hint(names[0]!)}\`) so that a rebuild installs what was tested`,
      });
    }
  }
}

/**
 * Import paths of the project's own code in GOPATH mode: folders under `.../src/` that the stage
 * copied its source into or works in (`COPY . /go/src/example.com/app`).
 */
function gopathPackages(node: Node): string[] {
  const stage = node.stage;
  if (!stage) return [];
  const dirs = [node.workdir];
  for (const n of stage.nodes) {
    if (n === node) break;
    if (n.kind === 'copy' && n.dest !== '') dirs.push(joinPath(n.workdir, n.dest));
  }
  return flatten(dirs, (d) => {
    const at = d.indexOf('/src/');
    return at === -1 ? [] : [d.slice(at + 5)];
  }).filter((p) => p.includes('/'));
}
