import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('dev-dependencies', {
  valid: [
    { name: 'npm ci --omit=dev', code: lines('FROM node:22-slim', 'RUN npm ci --omit=dev', 'RUN npm install --production', 'RUN npm ci --omit dev') },
    { name: 'NODE_ENV=production', code: lines('FROM node:22-slim', 'ENV NODE_ENV=production', 'RUN npm ci && yarn install && pnpm install') },
    { name: 'an inline NODE_ENV', code: lines('FROM node:22-slim', 'RUN NODE_ENV=production npm ci') },
    { name: 'pruned in the same RUN', code: lines('FROM node:22-slim', 'RUN npm ci && npm run build && npm prune --omit=dev') },
    { name: 'a build stage', code: lines('FROM node:22 AS build', 'RUN npm ci && npm run build', 'FROM node:22-slim', 'COPY --from=build /app/dist /app', 'RUN npm ci --omit=dev') },
    { name: 'version checks', code: lines('FROM node:22-slim', 'RUN yarn --version && yarn -v && bundle --version') },
    { name: 'global and named installs', code: lines('FROM node:22-slim', 'RUN npm install -g pnpm@10.17.1', 'RUN npm install express@5.1.0') },
    {
      name: 'Python, Ruby and PHP without dev groups',
      code: lines(
        'FROM python:3.13-slim',
        'RUN poetry install --only main && poetry install --without dev && uv sync --no-dev && pipenv install --deploy',
        'RUN pip install -r requirements.txt && pip install .',
        'ENV BUNDLE_WITHOUT="development:test"',
        'RUN bundle install',
        'RUN composer install --no-dev',
      ),
    },
    { name: 'bundle config written earlier', code: lines('FROM ruby:3.4-slim', "RUN bundle config set --local without 'development test'", 'RUN bundle install') },
  ],
  invalid: [
    { name: 'npm ci', code: lines('FROM node:22-slim', 'RUN npm ci'), findings: [{ line: 2, message: /`npm ci`.*--omit=dev/, bytes: 35_000_000 }] },
    { name: 'pruned in a later layer', code: lines('FROM node:22-slim', 'RUN npm install', 'RUN npm prune --production'), findings: [{ line: 2 }] },
    { name: 'yarn and pnpm', code: lines('FROM node:22-slim', 'RUN yarn --frozen-lockfile', 'RUN pnpm install --frozen-lockfile'), findings: [{ line: 2, message: /`yarn`/ }, { line: 3, message: /`pnpm install`/ }] },
    {
      name: 'Python',
      code: lines('FROM python:3.13-slim', 'RUN pip install -e ".[dev,docs]"', 'RUN pip install -r requirements-dev.txt', 'RUN poetry install', 'RUN uv sync --frozen', 'RUN pipenv install --dev --system'),
      findings: [{ line: 2, message: /dev,docs/ }, { line: 3, message: /requirements-dev\.txt/ }, { line: 4 }, { line: 5 }, { line: 6 }],
    },
    { name: 'Ruby and PHP', code: lines('FROM ruby:3.4-slim', 'RUN bundle install', 'RUN composer install --prefer-dist'), findings: [{ line: 2, message: /BUNDLE_WITHOUT/ }, { line: 3, message: /--no-dev/ }] },
  ],
});
