/**
 * The label schema (`label-schema:` of .hadolint.yaml / .dfscan.yaml) applied to the LABEL
 * instructions: which labels are set where, and the check shared by the value-format rules.
 */
import { imageHistory } from '../graph/image-history.js';
import { memoize } from '../graph/memo.js';
import { referencesInVars } from '../graph/var-refs.js';
import type { EnvNode, Graph, Variable } from '../graph/types.js';
import { unquote } from '../parse/words.js';
import { LABEL_FORMATS } from '../../rules/data/label-formats.js';
import type { LabelType, RuleContext } from './types.js';

export interface LabelPair {
  readonly node: EnvNode;
  readonly pair: Variable;
  /** Key without quotes. */
  readonly key: string;
  /** The value depends on a variable with no value. */
  readonly unresolved: boolean;
}

/** Every label of the file (or of the final image only); worked out once per graph for all the label rules. */
export function labelPairs(graph: Graph, finalOnly = false): readonly LabelPair[] {
  return finalOnly ? finalLabels(graph) : allLabels(graph);
}

const allLabels = memoize((graph: Graph) => findLabelPairs(graph, false));
const finalLabels = memoize((graph: Graph) => findLabelPairs(graph, true));

function findLabelPairs(graph: Graph, finalOnly: boolean): LabelPair[] {
  const stages = finalOnly ? imageHistory(graph).chain : graph.stages;
  const out: LabelPair[] = [];
  for (const stage of stages) {
    for (const node of stage.nodes) {
      if (node.kind !== 'label') continue;
      const inside = referencesInVars(node);
      for (const [i, pair] of node.vars.entries()) {
        const unresolved = inside[i]!.some((r) => r.state !== 'set' && !r.guarded);
        out.push({ node, pair, key: unquote(pair.name, graph.file.escape), unresolved });
      }
    }
  }
  return out;
}

/** Reports labels of the schema whose type is `type` and whose value is not in that format. */
export function checkLabelFormat({ graph, settings, report }: RuleContext, type: Exclude<LabelType, 'text'>): void {
  const format = LABEL_FORMATS[type];
  for (const l of labelPairs(graph)) {
    if (settings.labelSchema[l.key] !== type || l.unresolved) continue;
    const value = l.pair.value ?? '';
    if (value === '' || format.valid(value)) continue;
    report({ node: l.node, start: l.pair.start, end: l.pair.end, message: `label ${l.key}="${value}" is not ${format.expected}` });
  }
}

/** The shared documentation note of the label-schema rules. */
export const LABEL_SCHEMA_NOTE =
  'Reads the label schema of the configuration (`label-schema:` in .dfscan.yaml or .hadolint.yaml); with no schema the rule reports nothing. Values written with variables are checked after expansion with their defaults (hadolint checks the text as written, so `${VERSION}` fails there unless the schema says `text`); a value that depends on a build argument without a default is not judged.';
