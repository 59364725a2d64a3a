import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('apt-key-deprecated', {
  valid: [
    {
      name: 'a keyring named by signed-by',
      code: lines(
        'FROM debian:bookworm-slim',
        'RUN curl -fsSL https://repo.example.com/key.asc | gpg --dearmor -o /etc/apt/keyrings/example.gpg \\',
        ' && echo "deb [signed-by=/etc/apt/keyrings/example.gpg] https://repo.example.com/apt stable main" > /etc/apt/sources.list.d/example.list',
      ),
    },
    { name: 'a key dropped into trusted.gpg.d', code: lines('FROM ubuntu:24.04', 'RUN curl -fsSL https://repo.example.com/key.asc -o /etc/apt/trusted.gpg.d/example.asc') },
    { name: 'only looked up', code: lines('FROM debian:bookworm-slim', 'RUN if command -v apt-key; then echo old apt; fi') },
  ],
  invalid: [
    {
      name: 'apt-key add of a piped key',
      code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL https://repo.example.com/key.asc | apt-key add -'),
      findings: [{ line: 2, message: /`apt-key add`: apt-key is deprecated since apt 2\.1.*signed-by/, bytes: null }],
    },
    {
      name: 'a keyserver loop is one finding',
      code: lines(
        'FROM ubuntu:22.04',
        'RUN for server in keyserver.ubuntu.com pgp.mit.edu; do \\',
        '      apt-key adv --keyserver "$server" --recv-keys 0xABCDEF && break || : ; \\',
        '    done; apt-key list',
      ),
      findings: [{ line: 3, message: /`apt-key adv` \(and 1 more in this RUN\)/ }],
    },
    {
      name: 'a listing is reported with its own advice',
      code: lines('FROM debian:bookworm-slim', 'RUN gpg --batch --export 0xABCDEF > /etc/apt/trusted.gpg.d/x.gpg && apt-key list'),
      findings: [{ line: 2, message: /`apt-key list`: .*gpg --show-keys/ }],
    },
    {
      name: 'on trixie the RUN fails',
      code: lines('FROM debian:trixie-slim', 'RUN wget -qO- https://repo.example.com/key.asc | apt-key add -'),
      findings: [{ line: 2, message: /debian:trixie-slim is built on Debian 13 \(trixie\) or later, which has no apt-key: this RUN fails/ }],
    },
    {
      name: 'trixie through a stage alias and an official image tag',
      code: lines('FROM node:22-trixie-slim AS base', 'FROM base', 'RUN apt-key adv --keyserver keyserver.ubuntu.com --recv-keys 0xABCDEF', 'FROM debian:13', 'RUN sudo apt-key add /tmp/key.asc'),
      findings: [{ line: 3, message: /node:22-trixie-slim .* fails/ }, { line: 5, message: /debian:13 .* fails/ }],
    },
  ],
});
