import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebase } from '../../src/cli/gitignore.js';
import { findInputs, isDockerfileName, readInput, type PendingInput } from '../../src/cli/inputs.js';
import { loadBuildContext } from '../../src/context/build-context.js';

const OPTIONS = { stdinName: '-', maxFileBytes: 1 << 20, readStdin: async () => new Uint8Array() };

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dfscan-scan-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function scan(root: string, path = root): Promise<string[]> {
  const inputs = await findInputs([path], OPTIONS);
  for (const i of inputs) if ('error' in i) throw new Error(`${i.path}: ${i.error}`);
  return inputs.map((i) => relative(root, i.path));
}

/** What git itself considers part of the work tree, restricted to the names a scan picks up. */
function gitView(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((p) => p !== '' && isDockerfileName(basename(p)) && !p.split('/').includes('node_modules'))
    .sort();
}

const FROM = 'FROM alpine:3.20\n';

describe('directory scans', () => {
  it('pick up every Dockerfile name, in a stable order', async () => {
    const root = tree({
      'Dockerfile': FROM,
      'Dockerfile.prod': FROM,
      'api.Dockerfile': FROM,
      'worker.dockerfile': FROM,
      'Containerfile': FROM,
      'b/Dockerfile': FROM,
      'a/z/Dockerfile': FROM,
      'a/Dockerfile': FROM,
      'README.md': '# not a Dockerfile\n',
      'Dockerfile-notes.txt': 'no\n',
      'node_modules/pkg/Dockerfile': FROM,
    });
    const found = await scan(root);
    expect(found).toEqual(['Containerfile', 'Dockerfile', 'Dockerfile.prod', 'a/Dockerfile', 'a/z/Dockerfile', 'api.Dockerfile', 'b/Dockerfile', 'worker.dockerfile']);
    expect(await scan(root)).toEqual(found);
  });

  it('honour .gitignore files as git does: nested files, anchoring, negation, info/exclude', async () => {
    const root = tree({
      '.gitignore': 'build/\n*.tmp.Dockerfile\n!keep.tmp.Dockerfile\n/vendor\ngen/\n# a comment\n\nspaced/   \n',
      'Dockerfile': FROM,
      'Dockerfile.dev': FROM,
      'build/Dockerfile': FROM,
      'a.tmp.Dockerfile': FROM,
      'keep.tmp.Dockerfile': FROM,
      'vendor/Dockerfile': FROM,
      'spaced/Dockerfile': FROM,
      'excluded/Dockerfile': FROM,
      'svc/.gitignore': 'Dockerfile.dev\n/only-here/\ncache\n!gen/\nCaseSensitive/\n',
      'svc/Dockerfile': FROM,
      'svc/Dockerfile.dev': FROM,
      'svc/vendor/Dockerfile': FROM,
      'svc/only-here/Dockerfile': FROM,
      'svc/x/only-here/Dockerfile': FROM,
      'svc/deep/cache/Dockerfile': FROM,
      'svc/deep/.gitignore': '!Dockerfile.dev\n',
      'svc/deep/Dockerfile.dev': FROM,
      'svc/gen/Dockerfile': FROM,
      'svc/casesensitive/Dockerfile': FROM,
      'other/gen/Dockerfile': FROM,
    });
    execFileSync('git', ['init', '-q'], { cwd: root });
    writeFileSync(join(root, '.git', 'info', 'exclude'), 'excluded/\n');

    const found = await scan(root);
    expect(found).toEqual(gitView(root));
    expect(found).toEqual([
      'Dockerfile',
      'Dockerfile.dev',
      'keep.tmp.Dockerfile',
      'svc/Dockerfile',
      'svc/casesensitive/Dockerfile',
      'svc/deep/Dockerfile.dev',
      'svc/gen/Dockerfile',
      'svc/vendor/Dockerfile',
      'svc/x/only-here/Dockerfile',
    ]);
  });

  it('apply the .gitignore files above a scanned subfolder, but scan a folder named explicitly', async () => {
    const root = tree({
      '.gitignore': 'build/\n*.dev\n',
      'svc/Dockerfile': FROM,
      'svc/Dockerfile.dev': FROM,
      'build/Dockerfile': FROM,
      'build/Dockerfile.dev': FROM,
    });
    execFileSync('git', ['init', '-q'], { cwd: root });
    expect(await scan(root, join(root, 'svc'))).toEqual(['svc/Dockerfile']);
    expect(await scan(root, join(root, 'build'))).toEqual(['build/Dockerfile', 'build/Dockerfile.dev']);
    // A file named on the command line is analysed even when ignored.
    expect(await scan(root, join(root, 'svc', 'Dockerfile.dev'))).toEqual(['svc/Dockerfile.dev']);
  });

  it('honour a .gitignore in a scanned folder outside any repository', async () => {
    const root = tree({ '.gitignore': 'tmp/\n', 'Dockerfile': FROM, 'tmp/Dockerfile': FROM });
    expect(await scan(root)).toEqual(['Dockerfile']);
  });

  it('never follow a symbolic link loop, read a folder reached twice once, and skip dangling links', async () => {
    const root = tree({ 'a/Dockerfile': FROM, 'c/Containerfile': FROM });
    symlinkSync('..', join(root, 'a', 'up'));
    symlinkSync('a', join(root, 'b'));
    symlinkSync('self', join(root, 'self'));
    symlinkSync('missing', join(root, 'Dockerfile.broken'));
    symlinkSync(join('c', 'Containerfile'), join(root, 'Dockerfile.link'));
    expect(await scan(root)).toEqual(['Dockerfile.link', 'a/Dockerfile', 'c/Containerfile']);
  });

  it('skip files already reported, but report a file named on the command line as often as it is named', async () => {
    const root = tree({ 'Dockerfile': FROM, 'svc/Dockerfile': FROM });
    const svc = join(root, 'svc', 'Dockerfile');
    const inputs = await findInputs([svc, root, join(root, 'svc'), svc], OPTIONS);
    expect(inputs.map((i) => relative(root, i.path))).toEqual(['svc/Dockerfile', 'Dockerfile', 'svc/Dockerfile']);
  });
});

describe("a scan's listing of a Dockerfile's folder", () => {
  it('gives the build context its first listing: the same context as one listed afresh', async () => {
    const root = tree({
      'Dockerfile': 'FROM debian:12\nCOPY . /app\n',
      'Dockerfile.dev': 'FROM debian:12\n',
      '.dockerignore': 'secret\n*.log\n!keep.log\n',
      'src/app.js': 'x',
      'src/deep/lib.js': 'yy',
      'secret/key': 'k',
      'a.log': '1',
      'keep.log': '22',
    });
    symlinkSync(join(root, 'src'), join(root, 'link'));
    mkdirSync(join(root, 'empty'));
    const inputs = (await findInputs([root], OPTIONS)) as PendingInput[];
    expect(inputs.map((i) => basename(i.path))).toEqual(['Dockerfile', 'Dockerfile.dev']);
    // One listing for the folder, shared by its Dockerfiles.
    expect(inputs[1]!.folder).toBe(inputs[0]!.folder);
    expect(inputs[0]!.folder!.find((e) => e.name === 'link')).toEqual({ name: 'link', kind: 'other' });
    const listed = [...inputs[0]!.folder!];
    const fresh = loadBuildContext(root, inputs[0]!.path)!;
    for (const input of inputs) {
      const fromScan = loadBuildContext(root, input.path, undefined, input.folder)!;
      expect(fromScan.files).toEqual(fresh.files);
      expect([fromScan.ignoredFiles, fromScan.truncated, fromScan.ignore.file]).toEqual([fresh.ignoredFiles, fresh.truncated, fresh.ignore.file]);
    }
    expect(fresh.files.map((f) => f.path)).toEqual(['.dockerignore', 'Dockerfile', 'Dockerfile.dev', 'keep.log', 'link', 'src/app.js', 'src/deep/lib.js']);
    // The context sorts a copy: the listing is left as the scan made it.
    expect(inputs[0]!.folder).toEqual(listed);
  });

  it('is not given for a file named on the command line, whose folder the scan did not list', async () => {
    const root = tree({ 'Dockerfile': 'FROM debian:12\n' });
    const [input] = (await findInputs([join(root, 'Dockerfile')], OPTIONS)) as PendingInput[];
    expect(input!.folder).toBeUndefined();
  });
});

describe('reading', () => {
  it('happens when a file is analysed, not when it is found: a scan holds paths, not bytes', async () => {
    const root = tree({ 'Dockerfile': FROM });
    const path = join(root, 'Dockerfile');
    const found = await findInputs([root], OPTIONS);
    expect(found).toEqual([{ path, maxBytes: OPTIONS.maxFileBytes, folder: [{ name: 'Dockerfile', kind: 'file' }] }]);
    writeFileSync(path, 'FROM debian:12\n');
    const read = readInput(found[0] as PendingInput);
    expect('bytes' in read && Buffer.from(read.bytes).toString()).toBe('FROM debian:12\n');
    writeFileSync(path, 'x'.repeat(OPTIONS.maxFileBytes + 1));
    expect(readInput(found[0] as PendingInput)).toEqual({ path, error: `file is ${OPTIONS.maxFileBytes + 1} bytes, over the ${OPTIONS.maxFileBytes}-byte limit (--max-file-size)` });
    rmSync(path);
    expect(readInput(found[0] as PendingInput)).toEqual({ path, error: 'no such file or directory' });
  });
});

describe('rebase', () => {
  it('anchors patterns with an inner slash to their folder and lets the others match at any depth', () => {
    expect(rebase('*.log', 'svc')).toBe('svc/**/*.log');
    expect(rebase('cache/', 'svc')).toBe('svc/**/cache/');
    expect(rebase('/only', 'svc')).toBe('svc/only');
    expect(rebase('a/b', 'svc')).toBe('svc/a/b');
    expect(rebase('!keep', 'svc')).toBe('!svc/**/keep');
    expect(rebase('**/x', 'svc')).toBe('svc/**/x');
    expect(rebase('# comment', 'svc')).toBeNull();
    expect(rebase('  ', 'svc')).toBeNull();
    expect(rebase('*.log', '')).toBe('*.log');
  });
});
