/**
 * The npm package as users get it: `npm pack` makes a tarball with only what the CLI needs, which
 * installs into an empty prefix without the network (the registry given is unreachable) and
 * runs from there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT } from '../helpers/cli.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** Nothing listens here: an install that needed the registry would fail. */
const NO_REGISTRY = 'http://127.0.0.1:9/';

describe('npm package', () => {
  it('has no script that would run on pack or install (pre-commit reads npm pack\'s output)', () => {
    const scripts: Record<string, string> = pkg.scripts;
    for (const hook of ['prepare', 'prepack', 'postpack', 'prepublish', 'preinstall', 'install', 'postinstall']) expect(scripts[hook]).toBeUndefined();
    expect(Object.keys((pkg as { dependencies?: object }).dependencies ?? {})).toEqual([]);
  });

  it('packs only the CLI, its parsers and the README, installs offline into a prefix and runs from there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-pack-'));
    const packed = JSON.parse(execFileSync(NPM, ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }));
    const { filename, files } = packed[0] as { filename: string; files: { path: string }[] };
    expect(files.map((f) => f.path).sort()).toEqual(['README.md', 'dist/cli.cjs', 'dist/dfscan.cjs', 'dist/tree-sitter-bash.wasm', 'dist/tree-sitter.wasm', 'dist/worker.cjs', 'package.json']);

    const prefix = join(dir, 'prefix');
    const install = spawnSync(
      NPM,
      ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--fetch-retries=0', `--registry=${NO_REGISTRY}`, join(dir, filename)],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(install.status, install.stderr).toBe(0);

    const bin = join(prefix, 'bin', 'dfscan');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect([version.status, version.stdout.trim()]).toEqual([0, pkg.version]);

    const scan = spawnSync(bin, ['-f', 'json', join(ROOT, 'examples/node-app/Dockerfile')], { cwd: dir, encoding: 'utf8' });
    expect(scan.stderr).toBe('');
    expect(scan.status).toBe(1);
    const rules = JSON.parse(scan.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(['fat-base', 'apt-pin-versions', 'context-leak', 'copy-before-install', 'cache-mount', 'package-cache', 'consecutive-runs', 'split-cleanup']);
  }, 120_000);
});
