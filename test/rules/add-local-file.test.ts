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
  ],
});
