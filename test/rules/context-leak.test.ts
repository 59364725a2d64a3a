import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const APP = { 'package.json': '{}', 'package-lock.json': '{}', 'src/index.js': 'x' };

testRule('context-leak', {
  valid: [
    {
      name: 'a .dockerignore keeps node_modules and .git out',
      code: lines('FROM node:22-slim', 'COPY . .'),
      context: { ...APP, '.dockerignore': 'node_modules\n.git\n', 'node_modules/a/index.js': 1000, '.git/HEAD': 'ref' },
    },
    {
      name: 'a COPY that names the folder itself is deliberate',
      code: lines('FROM nginx:1-alpine', 'COPY dist/ /usr/share/nginx/html/'),
      context: { '.dockerignore': '.git\n', 'dist/index.html': 'x' },
    },
    { name: 'no context on disk (standard input)', code: lines('FROM node:22-slim', 'COPY . .') },
    {
      name: 'manifests only',
      code: lines('FROM node:22-slim', 'COPY package.json package-lock.json ./'),
      context: { ...APP, 'node_modules/a/index.js': 1000 },
    },
  ],
  invalid: [
    {
      name: 'node_modules and .git come in with COPY . .',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY . .', 'CMD ["node", "src/index.js"]'),
      context: { ...APP, '.dockerignore': 'coverage\n', 'node_modules/a/index.js': 100_000, '.git/objects/pack/p.pack': 50_000 },
      findings: [{ line: 5, message: /\.git \(version control data, 50 kB\), node_modules \(installed dependencies, 40 kB\); they change without a source edit/, bytes: 90_000, rebuildSeconds: 'some' }],
    },
    {
      name: 'no .dockerignore at all with COPY . .',
      code: lines('FROM python:3.13-slim', 'COPY . /app'),
      context: { 'app.py': 'print(1)', 'requirements.txt': 'flask' },
      findings: [{ line: 2, message: /there is no \.dockerignore: COPY \. \/app sends the whole context \(3 files\); add a \.dockerignore/, bytes: null }],
    },
    {
      name: 'build output and large data files inside a copied folder',
      code: lines('FROM python:3.13-slim', 'COPY service/ /srv/'),
      context: { '.dockerignore': '.git\n', 'service/app.py': 'x', 'service/__pycache__/app.cpython-313.pyc': 300, 'service/data/dump.csv': 12_000_000 },
      findings: [{ line: 2, message: /__pycache__ \(build output.*data\/dump\.csv \(large data files, 4\.8 MB\)/ }],
    },
    {
      name: 'a build stage: reported for the cache, without bytes',
      code: lines('FROM node:22 AS build', 'COPY . .', 'RUN npm ci && npm run build', 'FROM nginx:1-alpine', 'COPY --from=build /dist /usr/share/nginx/html'),
      context: { ...APP, '.dockerignore': '*.md\n', 'node_modules/a/index.js': 100 },
      findings: [{ line: 2, message: /node_modules/, bytes: null }],
    },
  ],
});
