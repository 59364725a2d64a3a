#!/usr/bin/env node
// Bundles the CLI (dist/cli.cjs, dist/worker.cjs and their bundle dist/dfscan.cjs) and the GitHub Action (dist/action.js), with
// the WebAssembly parsers beside them, so the published package and the action need no
// node_modules at run time.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
mkdirSync(dist, { recursive: true });

const common = { bundle: true, platform: 'node', target: 'node20.19', minify: true, legalComments: 'eof', logLevel: 'warning' };
// Some bundled CommonJS modules call require(); give an ESM bundle one.
const esmRequire = { js: "import { createRequire as __dfscanRequire } from 'node:module';\nconst require = __dfscanRequire(import.meta.url);" };

// cli-table3 gets src/report/string-width.ts in place of string-width (see there for why).
const tableStringWidth = {
  name: 'table-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer.includes(`${sep}cli-table3${sep}`) ? { path: 'string-width', namespace: 'table-string-width' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'table-string-width' }, () => ({
      contents: `module.exports = require(${JSON.stringify(join(root, 'src/report/string-width.ts'))}).stringWidth;`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

// Commander gets src/cli/lazy-child-process.ts for node:child_process (see there for why).
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`) ? { path: join(root, 'src/cli/lazy-child-process.ts') } : undefined,
    );
  },
};

// The CLI: small entries (cli.cjs; worker.cjs for worker threads) that run the bundle (dfscan.cjs)
// with V8's code cache (see src/cli/compile-cache.ts). The bundle is a script, so it has no
// import.meta: its entry passes the URL in, and dynamic imports become require(), since a script
// compiled by node:vm has no loader for import(). The entries are built after the bundle, with
// its hash written in, as CommonJS: Node's ES module loader, and the module it makes for each
// built-in module imported, cost about 5 ms of every start.
await build({
  ...common,
  entryPoints: { dfscan: join(root, 'src/cli/bundle.ts') },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__dfscanUrl' },
  supported: { 'dynamic-import': false },
  // The parser's CommonJS build, which loads its wasm with require('fs') rather than import().
  alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
  plugins: [tableStringWidth, lazyChildProcess],
});
const bundleSha1 = createHash('sha1').update(readFileSync(join(dist, 'dfscan.cjs'))).digest('hex');
await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli/bin.ts'), worker: join(root, 'src/cli/worker-entry.ts') },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  banner: { js: "const __dfscanEntryUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { DFSCAN_BUNDLE_SHA1: JSON.stringify(bundleSha1), 'import.meta.url': '__dfscanEntryUrl' },
});
await build({ ...common, entryPoints: { action: join(root, 'src/action/index.ts') }, outdir: dist, format: 'esm', banner: esmRequire, plugins: [tableStringWidth, lazyChildProcess] });

for (const [file, spec] of [
  ['tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm'],
  ['tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'],
]) {
  copyFileSync(require.resolve(spec), join(dist, file));
}
