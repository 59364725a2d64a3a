import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const dockerignore = lines('*/tmp/*', 'node_modules', '*.md', '!README.md', 'secrets/');
const context = { '.dockerignore': dockerignore, 'forever/helloworld.txt': 'hi', 'README.md': '# x', 'a/tmp/helloworld.txt': 'hi', 'node_modules/x/index.js': '' };

testRule('copy-ignored-file', {
  valid: [
    { name: 'no .dockerignore', code: lines('FROM scratch', 'COPY ./a/tmp/helloworld.txt /helloworld.txt'), context: { 'a/tmp/helloworld.txt': 'hi' } },
    { name: 'standard input has no build context', code: lines('FROM scratch', 'COPY ./a/tmp/helloworld.txt /helloworld.txt') },
    { name: 'a path not excluded (BuildKit example)', code: lines('FROM scratch', 'COPY ./forever/helloworld.txt /helloworld.txt'), context },
    { name: 'a re-included file', code: lines('FROM scratch', 'COPY README.md /'), context },
    { name: 'the context root and wildcards', code: lines('FROM scratch', 'COPY . /app/', 'COPY *.md /docs/'), context },
    { name: 'from another stage', code: lines('FROM node:22-slim AS deps', 'FROM scratch', 'COPY --from=deps /app/node_modules /app/node_modules'), context },
  ],
  invalid: [
    { name: 'an excluded file (BuildKit example)', code: lines('FROM scratch', 'COPY ./a/tmp/helloworld.txt /helloworld.txt'), context, findings: [{ line: 2, message: /\.\/a\/tmp\/helloworld\.txt is excluded by \.dockerignore/ }] },
    { name: 'an excluded folder and files', code: lines('FROM node:22-slim', 'COPY node_modules /app/node_modules', 'ADD CHANGES.md secrets/key.pem /app/'), context, findings: [{ line: 2 }, { line: 3, message: /CHANGES\.md/ }, { line: 3, message: /secrets\/key\.pem/ }] },
    {
      name: '<Dockerfile>.dockerignore replaces .dockerignore',
      code: lines('FROM scratch', 'COPY a.txt /a.txt', 'COPY b.txt /b.txt'),
      context: { '.dockerignore': 'a.txt\n', 'Dockerfile.dockerignore': 'b.txt\n', 'a.txt': 'a', 'b.txt': 'b' },
      findings: [{ line: 3 }],
    },
  ],
});
