import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

/** Built at run time so that no token-shaped literal sits in the repository. */
const GH = `ghp_${'a1B2c3D4e5'.repeat(3)}x9Y8z7`;
const AWS = `AKIA${'IOSFODNN7EXAMPL'}E`;
const NPM = `npm_${'a1B2c3D4e5F6'.repeat(3)}`;

testRule('secret-in-run', {
  valid: [
    { name: 'a secret mount', code: lines('FROM node:22-slim', 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci') },
    { name: 'credentials from variables', code: lines('FROM alpine:3.20', 'ARG DB_PASSWORD', 'RUN curl -u "admin:$API_PASSWORD" https://example.com/x && mysql --password="$DB_PASSWORD" -e "select 1" && git clone https://oauth2:${TOKEN}@gitlab.com/x/y.git') },
    { name: 'placeholders', code: lines('FROM alpine:3.20', 'RUN echo "run: tool login --password=<password> --token xxx" && curl -u user: https://example.com') },
    { name: 'a local database', code: lines('FROM python:3.12-slim', 'RUN python manage.py migrate --database-url postgres://app:app_pw@localhost:5432/app') },
    { name: 'names only, and a build secret flag', code: lines('FROM mysql:8.4', 'RUN MYSQL_ROOT_PASSWORD=root mysqld --initialize-insecure && docker build --secret id=npmrc,src=/x .') },
    { name: 'a password read from stdin', code: lines('FROM alpine:3.20', 'RUN cat /run/secrets/pw | docker login --username me --password-stdin registry.example.com') },
  ],
  invalid: [
    {
      name: 'a GitHub token in a clone URL',
      code: lines('FROM alpine:3.20', `RUN git clone https://${GH}@github.com/example/private.git /src`),
      findings: [{ line: 2, message: /^A GitHub token is written literally in this RUN \(ghp_\.\.\.\).*revoke it/, bytes: null }],
    },
    {
      name: 'an AWS key id in a heredoc',
      code: lines('FROM amazon/aws-cli:2.17.0', 'RUN <<EOF', 'aws configure set aws_access_key_id ' + AWS, 'EOF'),
      findings: [{ line: 3, message: /An AWS access key id/ }],
    },
    {
      name: 'password options and curl -u',
      code: lines('FROM alpine:3.20', 'RUN tool login --password=S3cr3tPa55 && wget --http-password Hunter2Pw https://example.com/a', 'RUN curl -fsSL -u deploy:Tr0ub4dor https://repo.example.com/x -o /x'),
      findings: [{ line: 2, message: /The value of --password .*\(S3\.\.\.\)/ }, { line: 2, message: /--http-password/ }, { line: 3, message: /The password of curl -u/ }],
    },
    {
      name: 'a password in a URL',
      code: lines('FROM python:3.12-slim', 'RUN pip install --index-url https://build:pa55w0rd99@pypi.example.com/simple mylib==1.0.0'),
      findings: [{ line: 2, message: /A password in a URL .*\(pa\.\.\.\)/ }],
    },
    {
      name: 'an npm token, reported once',
      code: lines('FROM node:22-slim', `RUN echo "//registry.npmjs.org/:_authToken=${NPM}" > .npmrc && npm ci && rm .npmrc`, 'RUN npm config set //npm.example.com/:_authToken abcdef0123456789'),
      findings: [{ line: 2, message: /An npm token/ }, { line: 3, message: /An npm registry token/ }],
    },
  ],
});
