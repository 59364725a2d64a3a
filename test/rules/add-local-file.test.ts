import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('add-local-file', {
  valid: [
    { name: 'ADD of an archive (hadolint DL3020)', code: lines('FROM alpine', 'ADD file.tar /usr/src/app/', 'ADD file.tar.gz /usr/src/app/', 'ADD file.tgz /opt/', 'ADD file.xz /opt/') },
    { name: 'ADD of a URL (hadolint DL3020)', code: lines('FROM alpine', 'ADD http://file.com /usr/src/app/', 'ADD https://github.com/moby/buildkit.git#v0.14.0 /src') },
    { name: 'COPY (hadolint DL3020)', code: lines('FROM alpine', 'COPY requirements.txt /usr/src/app/') },
    { name: 'an archive named through a variable', code: lines('FROM alpine', 'ARG PKG=app.tar.gz', 'ADD $PKG /opt/') },
  ],
  invalid: [
    { name: 'ADD of a file (hadolint DL3020)', code: lines('FROM alpine', 'ADD requirements.txt /usr/src/app/'), findings: [{ line: 2, message: /ADD of "requirements\.txt": use COPY/ }] },
    { name: 'ADD of a folder with quotes (hadolint DL3020)', code: lines('FROM alpine', 'ADD ["src/", "/app/"]'), findings: [{ line: 2 }] },
    { name: 'one local file among archives', code: lines('FROM alpine', 'ADD app.tar.gz config.yml /opt/'), findings: [{ line: 2, message: /"config\.yml"/ }] },
    { name: 'a heredoc', code: lines('FROM alpine', 'ADD <<EOF /etc/motd', 'hello', 'EOF'), findings: [{ line: 2, message: /a heredoc/ }] },
    {
      name: '--fix writes COPY for folders and plain files',
      code: lines('FROM python:3.13-slim', 'ADD requirements.txt /app/', 'add --chown=app . /app', 'ADD <<EOF /etc/motd', 'hello', 'EOF'),
      findings: [{ line: 2 }, { line: 3 }, { line: 4 }],
      output: lines('FROM python:3.13-slim', 'COPY requirements.txt /app/', 'copy --chown=app . /app', 'COPY <<EOF /etc/motd', 'hello', 'EOF'),
    },
    {
      name: 'a name that could be an archive only with --fix-unsafe; an ADD with a URL or ADD-only flag stays',
      code: lines('FROM debian:bookworm-slim', 'ADD rootfs /', 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d app.conf /etc/', 'ADD https://example.com/a.sh run.sh /opt/'),
      findings: [{ line: 2 }, { line: 3 }, { line: 4 }],
      output: lines('FROM debian:bookworm-slim', 'COPY rootfs /', 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d app.conf /etc/', 'ADD https://example.com/a.sh run.sh /opt/'),
      unsafe: true,
    },
    {
      name: 'plain --fix leaves a name that could be an archive',
      code: lines('FROM debian:bookworm-slim', 'ADD rootfs /'),
      findings: [{ line: 2 }],
      output: lines('FROM debian:bookworm-slim', 'ADD rootfs /'),
    },
  ],
});
