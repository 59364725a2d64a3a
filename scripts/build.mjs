#!/usr/bin/env node
// Bundles the CLI (dist/cli.js) and the GitHub Action (dist/action.js), each into one file, with
// the WebAssembly parsers beside them, so the published package and the action need no
// node_modules at run time.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: { cli: join(root, 'src/cli/bin.ts'), action: join(root, 'src/action/index.ts') },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
  // Some bundled CommonJS modules call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __dfscanRequire } from 'node:module';\nconst require = __dfscanRequire(import.meta.url);" },
});

for (const [file, spec] of [
  ['tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm'],
  ['tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'],
]) {
  copyFileSync(require.resolve(spec), join(dist, file));
}
