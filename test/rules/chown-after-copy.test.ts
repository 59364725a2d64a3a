import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('chown-after-copy', {
  valid: [
    { name: 'COPY --chown', code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY --chown=node:node . .', 'USER node') },
    { name: 'a folder no COPY wrote', code: lines('FROM node:22-slim', 'COPY app.js /app/', 'RUN mkdir -p /data && chown -R node /data') },
    { name: 'not recursive', code: lines('FROM node:22-slim', 'COPY . /app', 'RUN chown node /app') },
    { name: 'chmod after COPY --chmod', code: lines('FROM node:22-slim', 'COPY --chmod=755 bin/ /usr/local/bin/', 'RUN chmod -R 755 /usr/local/bin') },
    { name: 'a single configuration file', code: lines('FROM caddy:2', 'COPY Caddyfile /etc/caddy/Caddyfile', 'RUN chown -R caddy /etc/caddy') },
    { name: 'a copy into / tells nothing about the folder', code: lines('FROM debian:bookworm-slim', 'COPY rootfs/ /', 'RUN chmod -R 700 /var/lib/app') },
    { name: 'a build stage', code: lines('FROM node:22 AS build', 'COPY . /app', 'RUN chown -R node /app', 'FROM node:22-slim', 'COPY --from=build /app/dist /app') },
  ],
  invalid: [
    {
      name: 'chown -R of the copied folder',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'RUN chown -R node:node /app'),
      findings: [{ line: 4, message: /COPY on line 3 wrote to \/app.*COPY --chown=/, bytes: null }],
      // WORKDIR made /app before the COPY: --chown leaves the folder itself as it was, so its chown stays.
      output: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY --chown=node:node . .', 'RUN chown node:node /app'),
    },
    {
      name: 'fix: a folder the COPY makes takes its owner from --chown, and the RUN left empty goes',
      code: lines('FROM python:3.13-slim', 'COPY --chmod=750 app/ /srv/app/', 'RUN chown -R 1000:1000 /srv/app && echo done', 'FROM node:22-slim', 'COPY --from=0 /srv/app /app', 'RUN chown -R node /app', 'USER node'),
      findings: [{ line: 6 }],
      output: lines('FROM python:3.13-slim', 'COPY --chmod=750 app/ /srv/app/', 'RUN chown -R 1000:1000 /srv/app && echo done', 'FROM node:22-slim', 'COPY --chown=node --from=0 /srv/app /app', 'USER node'),
    },
    {
      name: 'no fix: the folder also holds what a RUN wrote',
      code: lines('FROM node:22-slim', 'COPY . /app', 'RUN cd /app && npm ci', 'RUN chown -R node /app'),
      findings: [{ line: 4 }],
      output: lines('FROM node:22-slim', 'COPY . /app', 'RUN cd /app && npm ci', 'RUN chown -R node /app'),
    },
    {
      name: 'no fix: the user is made after the COPY',
      code: lines('FROM node:22-slim', 'COPY . /app', 'RUN useradd app && chown -R app /app'),
      findings: [{ line: 3 }],
      output: lines('FROM node:22-slim', 'COPY . /app', 'RUN useradd app && chown -R app /app'),
    },
    {
      name: 'no fix: the chown names a parent of the copy',
      code: lines('FROM node:22-slim', 'COPY . /app/src', 'RUN chown -R node /app'),
      findings: [{ line: 3 }],
      output: lines('FROM node:22-slim', 'COPY . /app/src', 'RUN chown -R node /app'),
    },
    { name: 'chmod -R of a folder inside it', code: lines('FROM python:3.13-slim', 'COPY . /srv', 'RUN chmod -R g+w /srv/data'), findings: [{ line: 3, message: /--chmod/ }] },
    { name: 'relative to the RUN folder', code: lines('FROM python:3.13-slim', 'COPY --from=build /out /opt/app', 'WORKDIR /opt', 'RUN chgrp -R 0 app && chmod -R g=u app'), findings: [{ line: 4 }, { line: 4 }] },
  ],
});
