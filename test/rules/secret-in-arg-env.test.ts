import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('secret-in-arg-env', {
  valid: [
    { name: 'ordinary names (hadolint DL3064)', code: lines('FROM alpine', 'ARG VERSION=1', 'ENV APP_HOME=/app NODE_ENV=production') },
    { name: 'a path to a secret', code: lines('FROM postgres:17', 'ENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password') },
    { name: 'a public key (BuildKit)', code: lines('FROM alpine', 'ARG PUBLIC_KEY=abc') },
    { name: 'an ENV cleared', code: lines('FROM alpine', 'ENV GITHUB_TOKEN=""') },
    { name: 'public key fingerprints of the official images', code: lines('FROM debian:12', 'ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305 SWIFT_SIGNING_KEY=E813C892 OPENSSL_PGP_KEY_IDS="0x8657"') },
    { name: 'a user name', code: lines('FROM debian:12', 'ARG USERNAME=vscode') },
  ],
  invalid: [
    { name: 'a known name (hadolint DL3064)', code: lines('FROM alpine', 'ARG GITHUB_TOKEN'), findings: [{ line: 2, message: /ARG GITHUB_TOKEN looks like a secret: build arguments are stored in the image history/ }] },
    { name: 'a fragment (hadolint DL3064)', code: lines('FROM alpine', 'ENV MY_DB_PASSWORD=hunter2'), findings: [{ line: 2, message: /ENV values are stored in the image/ }] },
    { name: 'AWS key (BuildKit example)', code: lines('FROM scratch', 'ARG AWS_SECRET_ACCESS_KEY'), findings: [{ line: 2 }] },
    { name: 'a BuildKit word', code: lines('FROM alpine', 'ARG SSH_KEY', 'ENV REGISTRY_AUTH=x'), findings: [{ line: 2 }, { line: 3 }] },
    { name: 'a registry login hadolint names (hadolint DL3064 list)', code: lines('FROM debian:12', 'ARG DOCKER_USERNAME'), findings: [{ line: 2 }] },
    { name: 'one pair of several', code: lines('FROM alpine', 'ENV A=1 API_KEY=xyz B=2'), findings: [{ line: 2, message: /API_KEY/ }] },
  ],
});
