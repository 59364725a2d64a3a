import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('cache-mount', {
  valid: [
    { name: 'the install stays cached on a source change', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci --omit=dev', 'COPY . .') },
    { name: 'a cache mount already', code: lines('FROM golang:1.25', 'WORKDIR /src', 'COPY . .', 'RUN --mount=type=cache,target=/go/pkg/mod go build -o /app ./cmd/app') },
    { name: 'no package manager', code: lines('FROM debian:bookworm-slim', 'COPY . /src', 'RUN make -C /src') },
    { name: 'a stage the final image does not need', code: lines('FROM node:22 AS unused', 'COPY . .', 'RUN npm ci', 'FROM node:22-slim', 'CMD ["node"]') },
  ],
  invalid: [
    {
      name: 'npm ci after COPY . .',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'),
      // 30 s npm install × 0.54 saved.
      findings: [{ line: 4, message: /target=\/root\/\.npm/, rebuildSeconds: 16 }],
    },
    {
      name: 'go build with both caches',
      code: lines('FROM golang:1.25', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app ./cmd/app'),
      findings: [{ line: 4, message: /target=\/go\/pkg\/mod --mount=type=cache,target=\/root\/\.cache\/go-build/, rebuildSeconds: 42 }],
    },
    {
      name: 'apt after a source copy, with its note',
      code: lines('FROM debian:bookworm-slim', 'COPY . /src', 'RUN apt-get update && apt-get install -y --no-install-recommends make'),
      findings: [{ line: 3, message: /docker-clean/, rebuildSeconds: 8 }],
    },
    {
      name: '--fix-unsafe adds the mounts after RUN',
      code: lines('FROM golang:1.25', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app ./cmd/app'),
      findings: [{ line: 4 }],
      output: lines('FROM golang:1.25', 'WORKDIR /src', 'COPY . .', 'RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /app ./cmd/app'),
      unsafe: true,
    },
    {
      name: 'apt needs its configuration changed too: no fix',
      code: lines('FROM debian:bookworm-slim', 'COPY . /src', 'RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*'),
      findings: [{ line: 3 }],
      output: lines('FROM debian:bookworm-slim', 'COPY . /src', 'RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*'),
      unsafe: true,
    },
  ],
});
