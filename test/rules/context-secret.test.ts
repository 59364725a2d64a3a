import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('context-secret', {
  valid: [
    {
      name: '.env kept out by .dockerignore',
      code: lines('FROM node:22-slim', 'COPY . .'),
      context: { '.dockerignore': '.env\n', '.env': 'PASSWORD=x', 'index.js': 'x' },
    },
    { name: 'template files are not secrets', code: lines('FROM node:22-slim', 'COPY .env.example /app/.env.example') },
    {
      name: 'an .npmrc without a token is configuration',
      code: lines('FROM node:22-slim', 'COPY .npmrc package.json ./'),
      context: { '.npmrc': 'registry=https://registry.npmjs.org/\n', 'package.json': '{}' },
    },
    { name: 'an .npmrc we cannot read is not assumed to hold a token', code: lines('FROM node:22-slim', 'COPY .npmrc ./') },
  ],
  invalid: [
    {
      name: '.env named in the COPY (no context needed)',
      code: lines('FROM node:22-slim', 'COPY .env /app/.env'),
      findings: [{ line: 2, message: /\.env \(environment file\) into the image/ }],
    },
    {
      name: '.env and a private key come in with COPY . .',
      code: lines('FROM node:22-slim', 'COPY . .'),
      context: { '.dockerignore': 'node_modules\n', '.env': 'PASSWORD=x', 'certs/server.pem': '-----BEGIN PRIVATE KEY-----\n', 'index.js': 'x' },
      findings: [{ line: 2, message: /\.env \(environment file\), certs\/server\.pem \(private key or certificate\)/ }],
    },
    {
      name: 'an .npmrc with a token in a build stage',
      code: lines('FROM node:22 AS deps', 'COPY .npmrc package.json ./', 'RUN npm ci', 'FROM node:22-slim', 'COPY --from=deps /node_modules /node_modules'),
      context: { '.npmrc': '//registry.npmjs.org/:_authToken=abc\n', 'package.json': '{}' },
      findings: [{ line: 2, message: /npm credentials.*build-stage layer/ }],
    },
  ],
});
