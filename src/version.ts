/** The tool's name and version, from package.json (inlined into the bundle at build time). */
import pkg from '../package.json' with { type: 'json' };

export const TOOL = { name: 'dfscan', version: pkg.version } as const;
