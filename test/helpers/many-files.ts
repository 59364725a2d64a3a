import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** Dockerfiles that between them make every core rule report, and some that make none. */
const TEMPLATES: readonly ((i: number) => string)[] = [
  () => readFileSync(join(ROOT, 'examples/node-app/Dockerfile'), 'utf8'),
  () => readFileSync(join(ROOT, 'examples/node-app-fixed/Dockerfile'), 'utf8'),
  () => readFileSync(join(ROOT, 'examples/go-service/Dockerfile'), 'utf8'),
  (i) => `FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl-${i}\nRUN rm -rf /var/lib/apt/lists/*\n`,
  (i) => `FROM python:3.${i % 13}\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n`,
  (i) => `FROM alpine:3.2${i % 3}\nRUN <<EOF\napk add --no-cache git\necho ${i} > /version\nEOF\n`,
  (i) => `ARG BASE=node:2${i % 3}\nFROM $BASE AS build\nCOPY package.json .\nRUN npm ci\nFROM gcr.io/distroless/nodejs22\nCOPY --from=build /node_modules /node_modules\n`,
  (i) => `FROM ubuntu:24.04\nFOO bar ${i}\nRUN cat << 'EOF' > /etc/motd\nhello\nEOF\n`,
  (i) => `# escape=\`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN powershell -Command \`\r\n    Write-Host ${i}\r\n`,
];

/** `count` Dockerfiles in a fresh folder, one per sub-folder (`0007/Dockerfile`), in scan order. */
export function manyDockerfiles(count: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dfscan-many-'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(i).padStart(4, '0'));
    mkdirSync(sub);
    const file = join(sub, 'Dockerfile');
    writeFileSync(file, TEMPLATES[i % TEMPLATES.length]!(i));
    files.push(file);
  }
  return { dir, files };
}
