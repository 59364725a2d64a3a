import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Cases from hadolint's own spec for npm-pin-versions, plus dfscan's documented differences.
testRule('npm-pin-versions', {
  valid: [
    { name: 'the package.json', code: lines('FROM node:22-slim', 'RUN npm install', 'RUN npm install --progress=false', 'RUN npm ci') },
    { name: 'pinned', code: lines('FROM node:22-slim', 'RUN npm install express@4.1.1', 'RUN npm install @myorg/privatepackage@">=0.1.0"', 'RUN npm install express@"4.1.1" sax@0.1.1', 'RUN npm install --global express@"4.1.1"', 'RUN npm install -g express@"4.1.1"') },
    { name: 'tarballs and folders', code: lines('FROM node:22-slim', 'RUN npm install package-v1.2.3.tar', 'RUN npm install package-v1.2.3.tar.gz', 'RUN npm install package-v1.2.3.tgz', 'RUN npm install /folder', 'RUN npm install ./folder', 'RUN npm install ../folder', 'RUN npm install ~/folder') },
    { name: 'git URLs with a ref', code: lines('FROM node:22-slim', 'RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27', 'RUN npm install git+http://isaacs@github.com/npm/npm#semver:^5.0', 'RUN npm install git://github.com/npm/npm.git#v1.0.27') },
    { name: 'npm run install', code: lines('FROM node:22-slim', 'RUN npm run --crazy install') },
    { name: 'options with values', code: lines('FROM node:22-slim', 'RUN npm install --loglevel verbose sax@0.1.1', 'RUN npm install --registry https://example.com sax@0.1.1', 'RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"') },
  ],
  invalid: [
    { name: 'unpinned', code: lines('FROM node:22-slim', 'RUN npm install express'), findings: [{ line: 2, message: /express/ }] },
    { name: 'scoped', code: lines('FROM node:22-slim', 'RUN npm install @myorg/privatepackage'), findings: [{ line: 2, message: /@myorg\/privatepackage/ }] },
    { name: 'one of several', code: lines('FROM node:22-slim', 'RUN npm install express sax@0.1.1'), findings: [{ line: 2, message: /of\ express\ open/ }] },
    { name: 'global', code: lines('FROM node:22-slim', 'RUN npm install --global express'), findings: [{ line: 2 }] },
    { name: 'git URLs without a ref', code: lines('FROM node:22-slim', 'RUN npm install git+ssh://git@github.com:npm/npm.git', 'RUN npm install git+http://isaacs@github.com/npm/npm', 'RUN npm install git://github.com/npm/npm.git'), findings: [{ line: 2 }, { line: 3 }, { line: 4 }] },
    { name: 'with a registry', code: lines('FROM node:22-slim', 'RUN npm install --registry https://example.com express', 'RUN npm install --registry=https://example.com express'), findings: [{ line: 2 }, { line: 3 }] },
    { name: 'latest is not a version', code: lines('FROM node:22-slim', 'RUN npm install -g npm@latest'), findings: [{ line: 2, message: /npm@latest/ }] },
  ],
});
