import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const NODE = { 'package.json': '{ "name": "app", "version": "1.0.0" }\n', 'package-lock.json': '{}\n', 'server.js': '' };

testRule('copy-before-install', {
  valid: [
    {
      name: 'manifests first, then install, then the source (npm)',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'CMD ["node", "server.js"]'),
    },
    {
      name: 'requirements first (pip)',
      code: lines('FROM python:3.13-slim', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .'),
    },
    {
      name: 'go.mod first, go build after the source',
      code: lines('FROM golang:1.27 AS build', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN go build -o /app .', 'FROM scratch', 'COPY --from=build /app /app'),
    },
    {
      name: 'installing the project itself needs its source',
      code: lines('FROM python:3.13-slim', 'COPY . /src', 'RUN pip install --no-cache-dir /src', 'RUN pip install --no-cache-dir -e .'),
    },
    {
      name: 'a single configuration file before an install',
      code: lines('FROM debian:bookworm-slim', 'COPY nginx.conf /etc/nginx/nginx.conf', 'RUN apt-get update && apt-get install -y --no-install-recommends nginx && rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'COPY --from another stage is not the build context',
      code: lines('FROM node:22 AS deps', 'COPY package.json .', 'RUN npm install', 'FROM node:22-slim', 'COPY --from=deps /node_modules /app/node_modules', 'RUN npm ci'),
    },
    {
      name: 'bind-mounted manifests, as Docker documents it',
      code: lines(
        'FROM node:22-slim',
        'RUN --mount=type=bind,source=package.json,target=package.json \\',
        '    --mount=type=bind,source=package-lock.json,target=package-lock.json \\',
        '    --mount=type=cache,target=/root/.npm npm ci --omit=dev',
        'COPY . .',
      ),
    },
    {
      name: 'system packages with a list only known at run time',
      code: lines('FROM debian:bookworm-slim', 'COPY . /src', 'RUN apt-get update && apt-get install -y $(cat /src/packages.txt)'),
    },
    {
      name: 'the install is in another stage than the COPY',
      code: lines('FROM node:22-slim AS src', 'COPY . .', 'FROM node:22-slim', 'COPY package.json .', 'RUN npm ci'),
    },
  ],
  invalid: [
    {
      name: 'COPY . . before npm ci',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'CMD ["node", "server.js"]'),
      findings: [{ line: 3, message: /COPY \. \. comes before `npm ci` \(line 4\).*package\.json/, rebuildSeconds: 30 }],
    },
    {
      name: 'manifests copied, but the whole source too before the install',
      code: lines('FROM node:22-slim', 'COPY package.json package-lock.json ./', 'COPY . .', 'RUN npm ci'),
      findings: [{ line: 3, message: /npm ci/ }],
    },
    {
      name: 'yarn, pnpm and bun',
      code: lines('FROM node:22-slim AS a', 'COPY . .', 'RUN yarn install --frozen-lockfile', 'FROM node:22-slim AS b', 'COPY src/ ./src/', 'RUN pnpm install', 'FROM oven/bun', 'COPY . .', 'RUN bun install'),
      findings: [{ line: 2, message: /yarn install/ }, { line: 5, message: /pnpm install/ }, { line: 8, message: /bun install/ }],
    },
    {
      name: 'pip, poetry, pipenv and uv',
      code: lines(
        'FROM python:3.13-slim',
        'COPY . .',
        'RUN pip install -r requirements.txt',
        'RUN poetry install --no-root',
        'RUN pipenv install --system --deploy',
        'RUN uv sync --locked',
      ),
      findings: [{ line: 2, message: /pip install.*poetry install.*pipenv install.*1 more/, rebuildSeconds: 40 + 40 + 40 + 10 }],
    },
    {
      name: 'python -m pip counts as pip',
      code: lines('FROM python:3.13-slim', 'COPY app.py requirements.txt ./', 'RUN python -m pip install -r requirements.txt'),
      findings: [{ line: 2, message: /pip install/ }],
    },
    {
      name: 'go build downloads modules when nothing did before',
      code: lines('FROM golang:1.27', 'COPY . .', 'RUN go build -o /app ./cmd/app'),
      findings: [{ line: 2, message: /go build.*go\.mod go\.sum/ }],
    },
    {
      name: 'bundler, composer, maven, gradle, cargo, dotnet, mix',
      code: lines(
        'FROM ruby:4.0-slim AS ruby', 'COPY . .', 'RUN bundle install',
        'FROM composer:2 AS php', 'COPY . .', 'RUN composer install',
        'FROM maven:3 AS java', 'COPY . .', 'RUN mvn -B package',
        'FROM gradle:jdk21 AS kotlin', 'COPY . .', 'RUN gradle build',
        'FROM rust:1 AS rust', 'COPY . .', 'RUN cargo build --release',
        'FROM mcr.microsoft.com/dotnet/sdk:9.0 AS dotnet', 'COPY . .', 'RUN dotnet publish -c Release',
        'FROM elixir:1.18 AS elixir', 'COPY . .', 'RUN mix deps.get',
      ),
      findings: [
        { line: 2, message: /bundle install/ },
        { line: 5, message: /composer install/ },
        { line: 8, message: /mvn.*pom\.xml/ },
        { line: 11, message: /gradle build/ },
        { line: 14, message: /cargo build/ },
        { line: 17, message: /dotnet publish/ },
        { line: 20, message: /mix deps\.get/ },
      ],
    },
    {
      name: 'system packages installed after the source',
      code: lines('FROM debian:bookworm-slim', 'COPY . /app', 'RUN apt-get update && apt-get install -y --no-install-recommends curl'),
      findings: [{ line: 2, message: /apt-get install.*move the install above this COPY/ }],
    },
    {
      name: 'install inside a heredoc RUN',
      code: lines('FROM node:22-slim', 'COPY . .', 'RUN <<EOF', 'set -e', 'npm ci', 'EOF'),
      findings: [{ line: 2, message: /`npm ci` \(line 5\)/ }],
    },
    {
      name: 'a code file before the install',
      code: lines('FROM python:3.13-slim', 'COPY requirements.txt main.py ./', 'RUN pip install --no-cache-dir -r requirements.txt'),
      findings: [{ line: 2 }],
    },
    {
      name: 'fix: the manifests that exist are copied first, the source after the install',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'CMD ["node", "server.js"]'),
      context: NODE,
      findings: [{ line: 3 }],
      output: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY . .', 'CMD ["node", "server.js"]'),
    },
    {
      name: 'fix: --chown stays, an absolute destination may cross a WORKDIR, a heredoc RUN is passed whole',
      code: lines('FROM node:22-slim', 'COPY --chown=node:node . /app', 'WORKDIR /app', 'RUN <<EOF', 'set -e', 'npm ci --omit=dev', 'EOF', 'USER node'),
      context: { ...NODE, '.npmrc': 'fund=false\n' },
      findings: [{ line: 2 }],
      output: lines('FROM node:22-slim', 'COPY --chown=node:node package.json package-lock.json .npmrc /app/', 'WORKDIR /app', 'RUN <<EOF', 'set -e', 'npm ci --omit=dev', 'EOF', 'COPY --chown=node:node . /app', 'USER node'),
    },
    {
      name: 'fix: pip reads the requirements named by -r',
      code: lines('FROM python:3.13-slim', 'WORKDIR /srv', 'COPY . .', 'RUN pip install --no-cache-dir -r requirements.txt -c constraints.txt', 'CMD ["python", "app.py"]'),
      context: { 'requirements.txt': 'flask==3.1.0\n', 'constraints.txt': 'werkzeug<4\n', 'app.py': 'print(1)\n' },
      findings: [{ line: 3 }],
      output: lines('FROM python:3.13-slim', 'WORKDIR /srv', 'COPY requirements.txt constraints.txt ./', 'RUN pip install --no-cache-dir -r requirements.txt -c constraints.txt', 'COPY . .', 'CMD ["python", "app.py"]'),
    },
    {
      name: 'fix: go.mod and go.sum before go mod download',
      code: lines('FROM golang:1.24 AS build', 'WORKDIR /src', 'COPY . .', 'RUN go mod download', 'RUN go build -o /app .'),
      context: { 'go.mod': 'module example.com/app\n', 'go.sum': '', 'main.go': 'package main\n' },
      findings: [{ line: 3 }],
      output: lines('FROM golang:1.24 AS build', 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN go build -o /app .'),
    },
    {
      name: 'fix: go build fetches as it goes: go.mod is copied and the modules fetched before the source',
      code: lines('FROM golang:1.24 AS build', 'WORKDIR /src', 'COPY . .', 'ENV CGO_ENABLED=0', 'RUN go build -o /app ./cmd/app', 'FROM scratch', 'COPY --from=build /app /app'),
      context: { 'go.mod': 'module example.com/app\n', 'go.sum': '', 'cmd/app/main.go': 'package main\n' },
      findings: [{ line: 3, message: /go build/ }],
      output: lines('FROM golang:1.24 AS build', 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'ENV CGO_ENABLED=0', 'RUN go build -o /app ./cmd/app', 'FROM scratch', 'COPY --from=build /app /app'),
    },
    {
      name: 'no fix for go build: a cache mount, a vendor folder, or a proxy set in between',
      code: lines(
        'FROM golang:1.24 AS a', 'WORKDIR /src', 'COPY . .', 'RUN --mount=type=cache,target=/go/pkg/mod go build -o /a .',
        'FROM golang:1.24 AS b', 'WORKDIR /src', 'COPY . .', 'ENV GOPROXY=https://proxy.example.com', 'RUN go build -o /b .',
      ),
      context: { 'go.mod': 'module example.com/app\n', 'main.go': 'package main\n' },
      findings: [{ line: 3 }, { line: 7 }],
      output: lines(
        'FROM golang:1.24 AS a', 'WORKDIR /src', 'COPY . .', 'RUN --mount=type=cache,target=/go/pkg/mod go build -o /a .',
        'FROM golang:1.24 AS b', 'WORKDIR /src', 'COPY . .', 'ENV GOPROXY=https://proxy.example.com', 'RUN go build -o /b .',
      ),
    },
    {
      name: 'no fix for go build with vendored modules',
      code: lines('FROM golang:1.24', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app .'),
      context: { 'go.mod': 'module example.com/app\n', 'main.go': 'package main\n', 'vendor/modules.txt': '' },
      findings: [{ line: 3 }],
      output: lines('FROM golang:1.24', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app .'),
    },
    {
      name: 'fix: system packages need nothing from the context: the COPY moves below them',
      code: lines('FROM debian:bookworm-slim', 'COPY . /app', 'RUN apt-get update && apt-get install -y --no-install-recommends curl', 'CMD ["/app/run"]'),
      context: { run: '#!/bin/sh\n' },
      findings: [{ line: 2 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl', 'COPY . /app', 'CMD ["/app/run"]'),
    },
    {
      name: 'no fix: the RUN also builds, which needs the source',
      code: lines('FROM node:22-slim AS a', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build'),
      context: NODE,
      findings: [{ line: 3 }],
      output: lines('FROM node:22-slim AS a', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build'),
    },
    {
      name: 'no fix: a postinstall script may read the source',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'),
      context: { ...NODE, 'package.json': '{ "name": "app", "scripts": { "postinstall": "node scripts/setup.js" } }\n' },
      findings: [{ line: 3 }],
      output: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'),
    },
    {
      name: 'no fix: node_modules from the host would be laid over the installed one',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm install express'),
      context: { ...NODE, 'node_modules/x/index.js': '' },
      findings: [{ line: 3 }],
      output: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm install express'),
    },
    {
      name: 'no fix: requirements that include the project, poetry installing the project itself',
      code: lines('FROM python:3.13-slim AS a', 'WORKDIR /srv', 'COPY . .', 'RUN pip install -r requirements.txt', 'FROM python:3.13-slim', 'WORKDIR /srv', 'COPY . .', 'RUN poetry install'),
      context: { 'requirements.txt': '-e .\n', 'pyproject.toml': '[project]\nname = "x"\n', 'poetry.lock': '' },
      findings: [{ line: 3 }, { line: 7 }],
      output: lines('FROM python:3.13-slim AS a', 'WORKDIR /srv', 'COPY . .', 'RUN pip install -r requirements.txt', 'FROM python:3.13-slim', 'WORKDIR /srv', 'COPY . .', 'RUN poetry install'),
    },
    {
      name: 'no fix: a step between reads a copied file, or a pragma above the COPY',
      code: lines('FROM node:22-slim AS a', 'WORKDIR /app', 'COPY . .', 'RUN chmod +x entrypoint.sh', 'RUN npm ci', 'FROM node:22-slim', 'WORKDIR /app', '# dfscan ignore=context-leak', 'COPY . .', 'RUN npm ci'),
      context: NODE,
      findings: [{ line: 3 }, { line: 9 }],
      output: lines('FROM node:22-slim AS a', 'WORKDIR /app', 'COPY . .', 'RUN chmod +x entrypoint.sh', 'RUN npm ci', 'FROM node:22-slim', 'WORKDIR /app', '# dfscan ignore=context-leak', 'COPY . .', 'RUN npm ci'),
    },
    {
      name: 'no fix without a build context (standard input)',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'),
      findings: [{ line: 3 }],
      output: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'),
    },
  ],
});
