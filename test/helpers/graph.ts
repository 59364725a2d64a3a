import { buildGraph } from '../../src/graph/build.js';
import type { Graph } from '../../src/graph/types.js';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import { loadShellParser } from '../../src/parse/shell/parser.js';
import { sourceFromText } from '../../src/parse/source.js';

export async function graphOf(text: string, buildArgs: Record<string, string> = {}): Promise<Graph> {
  return buildGraph(parseDockerfile(sourceFromText(text)), await loadShellParser(), { buildArgs: new Map(Object.entries(buildArgs)) });
}
