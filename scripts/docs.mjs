#!/usr/bin/env node
// Writes the README's rule table from the rules' metadata (rules/index.ts). The rules are
// TypeScript, so they are bundled with esbuild into a temporary module first.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'dfscan-docs-'));
try {
  const entry = join(dir, 'entry.mjs');
  await build({
    stdin: {
      contents: "export { RULES } from './rules/index.ts'; export { withRuleTable } from './src/docs/rule-table.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __dfscanRequire } from 'node:module';\nconst require = __dfscanRequire(import.meta.url);" },
  });
  const { RULES, withRuleTable } = await import(pathToFileURL(entry).href);
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const updated = withRuleTable(readme, RULES);
  if (updated === null) {
    console.error('README.md: the <!-- rules:start --> and <!-- rules:end --> markers are missing');
    process.exitCode = 1;
  } else if (updated === readme) {
    console.log(`README.md: rule table up to date (${RULES.length} rules)`);
  } else {
    writeFileSync(path, updated);
    console.log(`README.md: rule table written (${RULES.length} rules)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
