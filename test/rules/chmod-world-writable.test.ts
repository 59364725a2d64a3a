import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('chmod-world-writable', {
  valid: [
    { name: 'owner and group modes', code: lines('FROM alpine:3.20', 'RUN chmod 755 /entrypoint.sh && chmod -R g=u /app && chmod 0640 /etc/app.conf && chmod +x run.sh') },
    { name: 'a shared folder with the sticky bit', code: lines('FROM alpine:3.20', 'RUN mkdir -p /data/tmp && chmod 1777 /data/tmp && mkdir -m 1777 /scratch && chmod a+rwxt /shared') },
    { name: 'write for the user, umask for the rest', code: lines('FROM alpine:3.20', 'RUN chmod +w /app/cache && chmod u+w,g+w /app/logs && chmod a+rX,u+w /srv') },
    { name: 'write taken away from others', code: lines('FROM alpine:3.20', 'RUN chmod o-w /app && chmod a-w /etc/app.conf && chmod a=rwx,o-w /opt/tool') },
    { name: 'a mode from a variable, a reference file', code: lines('FROM alpine:3.20', 'ARG MODE', 'RUN chmod "$MODE" /app && chmod --reference=/etc/passwd /etc/app.conf') },
    { name: 'COPY with a safe mode', code: lines('FROM alpine:3.20', 'COPY --chmod=755 run.sh /usr/local/bin/', 'ADD --chmod=644 app.conf /etc/') },
    {
      name: 'a scratch folder deleted in the same RUN',
      code: lines(
        'FROM debian:bookworm-slim',
        'RUN tempDir="$(mktemp -d)"; chmod 777 "$tempDir"; cp *.deb "$tempDir/"; rm -rf "$tempDir"',
        'RUN mkdir -p /build && chmod 777 /build && make -C /build && rm -rf /build',
      ),
    },
    { name: 'install with a plain mode', code: lines('FROM alpine:3.20', 'RUN install -m 0755 -o root ./tool /usr/local/bin/tool && mkdir -p -m 700 /root/.ssh') },
  ],
  invalid: [
    {
      name: 'chmod 777 of the app folder',
      code: lines('FROM python:3.12-slim', 'COPY . /app', 'RUN useradd -r app && chmod -R 777 /app'),
      findings: [{ line: 3, message: /`chmod 777` makes \/app writable by every user .* use 775/, bytes: null }],
    },
    {
      name: 'symbolic modes for others and all',
      code: lines('FROM alpine:3.20', 'RUN chmod o+w /var/log/app.log', 'RUN chmod -R a+rwX /srv/data /srv/cache /srv/tmp'),
      findings: [{ line: 2, message: /`chmod o\+w`/ }, { line: 3, message: /\/srv\/data \/srv\/cache \.\.\. writable .*a\+rwX,o-w/ }],
    },
    {
      name: 'mkdir and install with an open mode',
      code: lines('FROM alpine:3.20', 'RUN mkdir -p -m 777 /uploads && install -m 0666 app.conf /etc/app.conf'),
      findings: [{ line: 2, message: /`mkdir -m 777` makes \/uploads/ }, { line: 2, message: /`install -m 0666` makes app\.conf \/etc\/app\.conf .*0664/ }],
    },
    {
      name: 'a sticky folder opened without its bit',
      code: lines('FROM alpine:3.20', 'RUN chmod 777 /tmp'),
      findings: [{ line: 2, message: /\/tmp writable/ }],
    },
    {
      name: 'COPY --chmod',
      code: lines('FROM alpine:3.20', 'COPY --chmod=777 entrypoint.sh /', 'ADD --chmod=a+w app.conf /etc/'),
      findings: [{ line: 2, message: /`--chmod=777` makes what COPY writes writable by every user.*--chmod=775/ }, { line: 3, message: /ADD/ }],
    },
    {
      name: 'in a build stage too, and behind sudo',
      code: lines('FROM node:22 AS build', 'RUN sudo chmod 0777 /usr/src/app', 'FROM node:22-slim', 'COPY --from=build /usr/src/app /app'),
      findings: [{ line: 2, message: /`chmod 0777`.*0775/ }],
    },
  ],
});
