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
    },
    { name: 'chmod -R of a folder inside it', code: lines('FROM python:3.13-slim', 'COPY . /srv', 'RUN chmod -R g+w /srv/data'), findings: [{ line: 3, message: /--chmod/ }] },
    { name: 'relative to the RUN folder', code: lines('FROM python:3.13-slim', 'COPY --from=build /out /opt/app', 'WORKDIR /opt', 'RUN chgrp -R 0 app && chmod -R g=u app'), findings: [{ line: 4 }, { line: 4 }] },
  ],
});
