import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderListings } from '../../src/config/listings.js';
import { CONFIG_MAX_BYTES, ConfigLoader } from '../../src/config/load.js';
import { RuleIndex } from '../../src/rules/rule-index.js';
import { RULES } from '../../rules/index.js';

const index = new RuleIndex(RULES);

/** A folder tree from `{ 'a/b/.dfscan.yaml': 'text' }`; a `.git` folder marks the repository root. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dfscan-config-'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    if (path.endsWith('/')) {
      mkdirSync(full, { recursive: true });
    } else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return root;
}

async function found(root: string, dir: string): Promise<string | null> {
  const config = await new ConfigLoader(index, root).forDir(join(root, dir));
  return config ? `${config.path} (${config.dialect})` : null;
}

describe('finding the configuration of a Dockerfile', () => {
  it('takes the nearest .dfscan.yaml from the Dockerfile\'s folder up to the repository root', async () => {
    const root = tree({
      'repo/.git/': '',
      'repo/.dfscan.yaml': 'ignore: [fat-base]',
      'repo/svc/api/.dfscan.yml': 'ignore: [package-cache]',
      'repo/svc/api/deep/x/': '',
      'repo/svc/web/': '',
    });
    expect(await found(root, 'repo/svc/api/deep/x')).toBe('repo/svc/api/.dfscan.yml (dfscan)');
    expect(await found(root, 'repo/svc/api')).toBe('repo/svc/api/.dfscan.yml (dfscan)');
    expect(await found(root, 'repo/svc/web')).toBe('repo/.dfscan.yaml (dfscan)');
    expect(await found(root, 'repo')).toBe('repo/.dfscan.yaml (dfscan)');
  });

  it('stops at the folder holding .git (a folder, or a file in a worktree)', async () => {
    const root = tree({
      '.dfscan.yaml': 'ignore: [fat-base]',
      'repo/.git/': '',
      'repo/svc/': '',
      'worktree/.git': 'gitdir: /elsewhere\n',
      'worktree/svc/': '',
      'loose/svc/': '',
    });
    expect(await found(root, 'repo/svc')).toBeNull();
    expect(await found(root, 'worktree/svc')).toBeNull();
    // Without a repository it goes on up to the filesystem root.
    expect(await found(root, 'loose/svc')).toBe('.dfscan.yaml (dfscan)');
  });

  it('reads .hadolint.yaml only when no .dfscan.yaml is found on the whole way up', async () => {
    const root = tree({
      'a/.git/': '',
      'a/.dfscan.yaml': 'ignore: [fat-base]',
      'a/svc/.hadolint.yaml': 'ignored: [DL3009]',
      'b/.git/': '',
      'b/.hadolint.yml': 'ignored: [DL3009]',
      'b/svc/': '',
      'c/.git/': '',
      'c/.hadolint.yaml': 'ignored: [DL3009]',
      'c/.hadolint.yml': 'ignored: [DL3019]',
    });
    expect(await found(root, 'a/svc')).toBe('a/.dfscan.yaml (dfscan)');
    expect(await found(root, 'b/svc')).toBe('b/.hadolint.yml (hadolint)');
    // hadolint's own order when both are present.
    expect(await found(root, 'c')).toBe('c/.hadolint.yaml (hadolint)');
  });

  it('refuses a folder with both .dfscan.yaml and .dfscan.yml', async () => {
    const root = tree({ '.git/': '', '.dfscan.yaml': '', '.dfscan.yml': '' });
    await expect(found(root, '.')).rejects.toThrow('.dfscan.yaml: .dfscan.yaml and .dfscan.yml are both in this folder; keep one');
  });

  it('reads -c FILE in the format its name says, and each file once', async () => {
    const root = tree({ 'ci/lint.yaml': 'ignore: [fat-base]', 'ci/hadolint-config.yaml': 'ignored: [DL3009]' });
    const loader = new ConfigLoader(index, root);
    expect((await loader.load('ci/lint.yaml')).base.ignore).toEqual(['fat-base']);
    expect((await loader.load('ci/hadolint-config.yaml')).base.ignore).toEqual(['package-cache']);
    expect(loader.load('ci/lint.yaml')).toBe(loader.load(join(root, 'ci/lint.yaml')));
  });

  it('refuses files that are missing, not files, too large or not UTF-8, in one line', async () => {
    const root = tree({ 'big.yaml': `# ${'x'.repeat(CONFIG_MAX_BYTES)}\n`, 'latin1.yaml': '', 'dir/': '' });
    writeFileSync(join(root, 'latin1.yaml'), Buffer.from([0x69, 0x67, 0x6e, 0x6f, 0x72, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    const loader = new ConfigLoader(index, root);
    await expect(loader.load('nope.yaml')).rejects.toThrow(/^nope\.yaml: no such file$/);
    await expect(loader.load('dir')).rejects.toThrow(/^dir: not a regular file$/);
    await expect(loader.load('big.yaml')).rejects.toThrow(new RegExp(`^big\\.yaml: ${CONFIG_MAX_BYTES + 3} bytes, over the 1048576-byte limit for a configuration file$`));
    await expect(loader.load('latin1.yaml')).rejects.toThrow(/^latin1\.yaml: not UTF-8 text$/);
  });

  it('shows paths outside the working directory in full', async () => {
    const root = tree({ 'cfg/.dfscan.yaml': 'ignore: [nope]' });
    const elsewhere = tree({});
    await expect(new ConfigLoader(index, elsewhere).load(join(root, 'cfg/.dfscan.yaml'))).rejects.toThrow(`${join(root, 'cfg/.dfscan.yaml')}:1:10: unknown rule "nope"`);
  });

  it('takes the word of a directory scan\'s listings, and asks the file system where they are silent', async () => {
    const root = tree({ 'a/.git/': '', 'a/.dfscan.yaml': 'ignore: [fat-base]', 'a/svc/.dfscan.yaml': 'ignore: [package-cache]', 'a/web/': '' });
    const listings = new FolderListings();
    // Listed before its .dfscan.yaml was written, say: the listing says there is none.
    listings.record(join(root, 'a/svc'), ['Dockerfile']);
    listings.record(join(root, 'a/web'), ['Dockerfile', '.DFSCAN.YAML']);
    const loader = new ConfigLoader(index, root, listings);
    expect((await loader.forDir(join(root, 'a/svc')))?.path).toBe('a/.dfscan.yaml');
    // A name in another letter case may be the same file (macOS, Windows): the file system decides.
    expect((await loader.forDir(join(root, 'a/web')))?.path).toBe('a/.dfscan.yaml');
    // No listing of a/: it is looked at on disk, .git included.
    expect(listings.mayHold(join(root, 'a'), '.dfscan.yaml')).toBe(true);
    expect(listings.mayHold(join(root, 'a/web'), '.dfscan.yaml')).toBe(true);
    expect(listings.mayHold(join(root, 'a/svc'), '.git')).toBe(false);
  });
});
