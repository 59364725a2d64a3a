import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('lockfile-not-frozen', {
  valid: [
    { name: 'yarn frozen, yarn immutable', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json yarn.lock ./', 'RUN yarn install --frozen-lockfile --production', 'RUN yarn --immutable') },
    { name: 'pnpm and bun frozen', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json pnpm-lock.yaml bun.lock ./', 'RUN pnpm install --frozen-lockfile && bun install --frozen-lockfile') },
    { name: 'no lockfile', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json ./', 'RUN yarn install') },
    { name: 'frozen by variables', code: lines('FROM node:22-slim', 'ENV YARN_ENABLE_IMMUTABLE_INSTALLS=true', 'WORKDIR /app', 'COPY package.json yarn.lock pnpm-lock.yaml ./', 'RUN yarn', 'RUN CI=true pnpm install') },
    {
      name: 'frozen by the configuration in the context',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN yarn install'),
      context: { 'package.json': '{}', 'yarn.lock': '', '.yarnrc.yml': 'nodeLinker: node-modules\nenableImmutableInstalls: true\n' },
    },
    { name: 'yarn running a script', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json yarn.lock ./', 'RUN yarn build && yarn add left-pad@1.3.0') },
  ],
  invalid: [
    {
      name: 'yarn install and bare yarn',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json yarn.lock ./', 'RUN yarn install --production', 'RUN yarn'),
      findings: [
        { line: 4, message: /`yarn install` may change yarn\.lock \(copied on line 3\).*--frozen-lockfile \(Yarn 1\).*--immutable \(Yarn 2\+\)/, bytes: null },
        { line: 5, message: /`yarn` may change yarn\.lock/ },
      ],
    },
    {
      name: 'pnpm and bun',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json pnpm-lock.yaml ./', 'COPY bun.lockb ./', 'RUN pnpm install --no-frozen-lockfile && bun install'),
      findings: [{ line: 5, message: /`pnpm install` may change pnpm-lock\.yaml/ }, { line: 5, message: /`bun install` may change bun\.lockb \(copied on line 4\)/ }],
    },
    {
      name: 'the whole context, with a configuration that does not freeze',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN yarn --cwd /app install'),
      context: { 'package.json': '{}', 'yarn.lock': '', '.yarnrc.yml': 'nodeLinker: node-modules\n' },
      findings: [{ line: 4 }],
    },
    {
      name: '--fix-unsafe freezes pnpm and bun, and leaves yarn, whose flag depends on its version',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json pnpm-lock.yaml bun.lock yarn.lock ./', 'RUN pnpm i --prod && bun install && yarn install'),
      findings: [{ line: 4 }, { line: 4 }, { line: 4 }],
      output: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json pnpm-lock.yaml bun.lock yarn.lock ./', 'RUN pnpm i --frozen-lockfile --prod && bun install --frozen-lockfile && yarn install'),
      unsafe: true,
    },
  ],
});
