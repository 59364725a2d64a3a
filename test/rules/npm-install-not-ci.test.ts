import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('npm-install-not-ci', {
  valid: [
    { name: 'npm ci', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci --omit=dev') },
    { name: 'no lockfile copied', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json ./', 'RUN npm install') },
    { name: 'adding a package, a global tool', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm install -g pm2@5.4.2 && npm install left-pad@1.3.0') },
    { name: 'the lockfile went to another folder', code: lines('FROM node:22-slim', 'COPY package-lock.json /srv/', 'WORKDIR /app', 'RUN npm install') },
    { name: 'a pattern, without the build context', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm install') },
    {
      name: 'a pattern, and the context has no lockfile',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm install'),
      context: { 'package.json': '{}' },
    },
    { name: 'a lockfile from another stage', code: lines('FROM node:22 AS deps', 'FROM node:22-slim', 'WORKDIR /app', 'COPY --from=deps /app/package-lock.json ./', 'RUN npm ci') },
  ],
  invalid: [
    {
      name: 'npm install after the lockfile is copied',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm install --omit=dev'),
      findings: [{ line: 4, message: /`npm install` may resolve other versions than package-lock\.json \(copied on line 3\).*`npm ci`/, bytes: null }],
    },
    {
      name: 'a lockfile copied to its full path, npm i in a cd',
      code: lines('FROM node:22-slim', 'COPY package-lock.json /usr/src/app/package-lock.json', 'RUN cd /usr/src/app && npm i'),
      findings: [{ line: 3 }],
    },
    {
      name: 'a --prefix folder, a shrinkwrap copied into an existing folder',
      code: lines('FROM node:22-slim', 'WORKDIR /srv', 'COPY npm-shrinkwrap.json /srv/api', 'RUN npm install --prefix api'),
      findings: [{ line: 4, message: /npm-shrinkwrap\.json/ }],
    },
    {
      name: 'a pattern the build context fills',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm install'),
      context: { 'package.json': '{}', 'package-lock.json': '{}' },
      findings: [{ line: 4 }],
    },
    {
      name: 'the whole context copied, through a base stage',
      code: lines('FROM node:22-slim AS base', 'WORKDIR /app', 'COPY . .', 'FROM base', 'RUN npm install'),
      context: { 'package.json': '{}', 'package-lock.json': '{}', 'index.js': '' },
      findings: [{ line: 5, message: /copied on line 3/ }],
    },
    {
      name: '--fix-unsafe writes npm ci, keeping the options',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm i --omit=dev'),
      findings: [{ line: 4 }],
      output: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci --omit=dev'),
      unsafe: true,
    },
  ],
});
