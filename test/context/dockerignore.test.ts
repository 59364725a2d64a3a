import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuildContext, selectFiles } from '../../src/context/build-context.js';
import { ignoreRules } from '../../src/context/dockerignore.js';
import { writeContext } from '../helpers/analyze.js';

const paths = (dockerignore: string, files: string[]) => {
  const rules = ignoreRules(dockerignore, '.dockerignore');
  return files.filter((f) => !rules.ignores(f));
};

describe('.dockerignore, as Docker matches it', () => {
  it('a plain name matches at the context root only', () => {
    expect(paths('node_modules', ['node_modules/a.js', 'web/node_modules/b.js', 'src/x.js'])).toEqual(['web/node_modules/b.js', 'src/x.js']);
  });

  it('`*` stays within one folder, `**` spans any depth', () => {
    expect(paths('*/*.log', ['a.log', 'x/a.log', 'x/y/a.log'])).toEqual(['a.log', 'x/y/a.log']);
    expect(paths('**/*.log', ['a.log', 'x/a.log', 'x/y/a.log', 'x/y/a.txt'])).toEqual(['x/y/a.txt']);
  });

  it('`!` re-includes, and the last matching line wins', () => {
    expect(paths('*.md\n!README.md', ['README.md', 'CHANGES.md'])).toEqual(['README.md']);
    expect(paths('!README.md\n*.md', ['README.md', 'CHANGES.md'])).toEqual([]);
    expect(paths('docs\n!docs/keep.txt', ['docs/a.txt', 'docs/keep.txt'])).toEqual(['docs/keep.txt']);
  });

  it('ignores comments and blank lines, and is case-sensitive as on Linux', () => {
    expect(paths('# comment\n\nSecret.txt', ['secret.txt', 'Secret.txt'])).toEqual(['secret.txt']);
  });
});

describe('build context on disk', () => {
  it('applies the root .dockerignore, walking into ignored folders only when `!` may re-include', () => {
    const file = writeContext('FROM scratch\n', { '.dockerignore': 'node_modules\n*.log\n', 'node_modules/x/index.js': 'x', 'app.js': 'a', 'debug.log': 'l' });
    const ctx = loadBuildContext(dirname(file), file)!;
    expect(ctx.ignore.file).toBe(join(dirname(file), '.dockerignore'));
    expect(ctx.files.map((f) => f.path)).toEqual(['.dockerignore', 'Dockerfile', 'app.js']);
    expect(ctx.ignoredFiles).toBe(2);
  });

  it('a <Dockerfile>.dockerignore replaces the root one', () => {
    const file = writeContext('FROM scratch\n', { '.dockerignore': 'app.js\n', 'Dockerfile.prod.dockerignore': 'secret.txt\n', 'app.js': 'a', 'secret.txt': 's' }, 'Dockerfile.prod');
    const ctx = loadBuildContext(dirname(file), file)!;
    expect(ctx.ignore.file).toMatch(/Dockerfile\.prod\.dockerignore$/);
    expect(ctx.files.map((f) => f.path)).toContain('app.js');
    expect(ctx.files.map((f) => f.path)).not.toContain('secret.txt');
  });

  it('a Dockerfile elsewhere finds its own ignore file beside it, and the context root\'s otherwise', () => {
    const file = writeContext('FROM scratch\n', { '.dockerignore': 'app.js\n', 'docker/Dockerfile.dockerignore': 'secret.txt\n', 'app.js': 'a', 'secret.txt': 's' }, 'docker/Dockerfile');
    const root = dirname(dirname(file));
    expect(loadBuildContext(root, file)!.ignore.file).toBe(join(root, 'docker', 'Dockerfile.dockerignore'));
    expect(loadBuildContext(root, join(root, 'Dockerfile'))!.ignore.file).toBe(join(root, '.dockerignore'));
  });

  it('is unknown (null), not empty, where the folder cannot be listed', () => {
    const file = writeContext('FROM scratch\n', { 'app.js': 'a' });
    expect(loadBuildContext(join(dirname(file), 'missing'), null)).toBeNull();
    expect(loadBuildContext(file, null)).toBeNull();
  });

  it('measures file sizes', () => {
    const file = writeContext('FROM scratch\n', { 'data/big.bin': 5000, 'data/small.txt': 'hi' });
    const ctx = loadBuildContext(dirname(file), file)!;
    expect(ctx.select('data').map((f) => [f.path, f.bytes])).toEqual([['data/big.bin', 5000], ['data/small.txt', 2]]);
  });
});

describe('COPY sources', () => {
  const files = ['a.js', 'src/b.js', 'src/lib/c.js', 'package.json', 'package-lock.json'].map((path) => ({ path, bytes: 1 }));
  const pick = (source: string) => selectFiles(files, source).map((f) => f.path);

  it('. and ./ bring in everything; a folder brings in what is under it', () => {
    expect(pick('.')).toHaveLength(5);
    expect(pick('./src/')).toEqual(['src/b.js', 'src/lib/c.js']);
    expect(pick('/src')).toEqual(['src/b.js', 'src/lib/c.js']);
  });

  it('wildcards match within a segment, and a matched folder brings in its contents', () => {
    expect(pick('package*.json')).toEqual(['package.json', 'package-lock.json']);
    expect(pick('*.js')).toEqual(['a.js']);
    expect(pick('s?c')).toEqual(['src/b.js', 'src/lib/c.js']);
  });
});
