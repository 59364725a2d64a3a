import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines } from '../helpers/analyze.js';
import { dfscan } from '../helpers/cli.js';
import { testRule } from '../helpers/rule-tester.js';

const dockerignore = lines('*/tmp/*', 'node_modules', '*.md', '!README.md', 'secrets/');

testRule('copy-ignored-file', {
  valid: [
    { name: 'no .dockerignore', code: lines('FROM scratch', 'COPY ./tmp/helloworld.txt /helloworld.txt') },
    { name: 'a path not excluded (BuildKit example)', code: lines('FROM scratch', 'COPY ./forever/helloworld.txt /helloworld.txt'), dockerignore },
    { name: 'a re-included file', code: lines('FROM scratch', 'COPY README.md /'), dockerignore },
    { name: 'the context root and wildcards', code: lines('FROM scratch', 'COPY . /app/', 'COPY *.md /docs/'), dockerignore },
    { name: 'from another stage', code: lines('FROM node:22-slim AS deps', 'FROM scratch', 'COPY --from=deps /app/node_modules /app/node_modules'), dockerignore },
  ],
  invalid: [
    { name: 'an excluded file (BuildKit example)', code: lines('FROM scratch', 'COPY ./a/tmp/helloworld.txt /helloworld.txt'), dockerignore, findings: [{ line: 2, message: /\.\/a\/tmp\/helloworld\.txt is excluded by \.dockerignore/ }] },
    { name: 'an excluded folder and file', code: lines('FROM node:22-slim', 'COPY node_modules /app/node_modules', 'ADD CHANGES.md secrets/key.pem /app/'), dockerignore, findings: [{ line: 2 }, { line: 3, message: /CHANGES\.md/ }, { line: 3, message: /secrets\/key\.pem/ }] },
  ],
});

describe('copy-ignored-file from the command line', () => {
  it('reads <Dockerfile>.dockerignore beside the Dockerfile before .dockerignore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfscan-ignore-'));
    try {
      writeFileSync(join(dir, 'Dockerfile'), lines('FROM scratch', 'COPY a.txt /a.txt', 'COPY b.txt /b.txt'));
      writeFileSync(join(dir, '.dockerignore'), 'a.txt\n');
      const rootOnly = JSON.parse(dfscan(['-f', 'json', join(dir, 'Dockerfile')]).stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'copy-ignored-file');
      expect(rootOnly.map((f: { line: number }) => f.line)).toEqual([2]);
      writeFileSync(join(dir, 'Dockerfile.dockerignore'), 'b.txt\n');
      const own = JSON.parse(dfscan(['-f', 'json', join(dir, 'Dockerfile')]).stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'copy-ignored-file');
      expect(own.map((f: { line: number }) => f.line)).toEqual([3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
