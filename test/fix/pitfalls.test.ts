/**
 * What a fix must never damage: CRLF line endings, a backtick escape character, heredoc bodies,
 * comment lines inside continuations, the byte-order mark. And how passes work: overlapping fixes
 * wait for the next pass, a second run changes nothing, and a pass that would break the file is
 * dropped.
 */
import { describe, expect, it } from 'vitest';
import { fixFile, fixedBytes } from '../../src/fix/fix-file.js';
import { defineRule, type Rule } from '../../src/rules/types.js';
import { lineBreaks, outsideEditsKept } from '../helpers/fix-checks.js';
import { lines } from '../helpers/analyze.js';

async function fix(text: string, rules?: readonly Rule[]) {
  const outcome = await fixFile({ path: 'Dockerfile', text }, rules ? { rules } : {}, { unsafe: false });
  for (const pass of outcome.passes) {
    const next = outcome.passes[outcome.passes.indexOf(pass) + 1]?.before ?? outcome.fixed;
    expect(outsideEditsKept(pass.before, next, pass.edits)).toBeNull();
  }
  return outcome;
}

describe('fixes keep the file as it is written', () => {
  it('CRLF stays CRLF, in the lines added too', async () => {
    const crlf = (...l: string[]) => `${l.join('\r\n')}\r\n`;
    const code = crlf('FROM debian:bookworm-slim', 'RUN apt-get update \\', '    && apt-get install -y curl', 'RUN pip install flask', 'RUN rm -rf /var/lib/apt/lists/*', 'CMD ["curl"]');
    const outcome = await fix(code);
    expect(outcome.fixed).toBe(
      crlf('FROM debian:bookworm-slim', 'RUN apt-get update \\', '    && apt-get install -y curl \\', '    && rm -rf /var/lib/apt/lists/*', 'RUN pip install --no-cache-dir flask', 'CMD ["curl"]'),
    );
    expect(lineBreaks(outcome.fixed)).toEqual(new Set(['crlf']));
  });

  it('a file with # escape=` continues its lines with a backtick', async () => {
    const code = lines('# escape=`', 'FROM debian:bookworm-slim', 'RUN apt-get update `', '    && apt-get install -y curl', 'COPY C:\\data\\ /data/');
    const outcome = await fix(code);
    expect(outcome.fixed).toBe(lines('# escape=`', 'FROM debian:bookworm-slim', 'RUN apt-get update `', '    && apt-get install -y curl `', '    && rm -rf /var/lib/apt/lists/*', 'COPY C:\\data\\ /data/'));
    const again = await fix(outcome.fixed);
    expect(again.passes).toEqual([]);
  });

  it('a backtick-escaped split cleanup moves and its RUN goes', async () => {
    const code = lines('# escape=`', 'FROM debian:bookworm-slim', 'RUN apt-get update && `', '  apt-get install -y curl', 'RUN rm -rf `', '  /var/lib/apt/lists/*');
    const outcome = await fix(code);
    expect(outcome.fixed).toBe(lines('# escape=`', 'FROM debian:bookworm-slim', 'RUN apt-get update && `', '  apt-get install -y curl && `', '  rm -rf /var/lib/apt/lists/*'));
  });

  it('heredoc bodies are edited inside the body, or left alone', async () => {
    const code = lines(
      'FROM python:3.13-slim',
      'RUN <<EOF',
      '#!/bin/sh',
      'set -e',
      '# comments inside a heredoc are script lines, not Dockerfile comments',
      'apt-get update',
      'apt-get install -y --no-install-recommends curl',
      'pip install flask',
      'EOF',
      'RUN <<EOF python3',
      'print("pip install flask is text here")',
      'EOF',
      'COPY <<EOF /etc/app.conf',
      'RUN apt-get update',
      'EOF',
    );
    const outcome = await fix(code);
    expect(outcome.fixed).toBe(
      lines(
        'FROM python:3.13-slim',
        'RUN <<EOF',
        '#!/bin/sh',
        'set -e',
        '# comments inside a heredoc are script lines, not Dockerfile comments',
        'apt-get update',
        'apt-get install -y --no-install-recommends curl',
        'pip install --no-cache-dir flask',
        'rm -rf /var/lib/apt/lists/*',
        'EOF',
        'RUN <<EOF python3',
        'print("pip install flask is text here")',
        'EOF',
        'COPY <<EOF /etc/app.conf',
        'RUN apt-get update',
        'EOF',
      ),
    );
  });

  it('a heredoc RUN without set -e is left alone, since an added line would hide a failure', async () => {
    const code = lines('FROM debian:bookworm-slim', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF');
    const outcome = await fix(code);
    expect(outcome.fixed).toBe(code);
    expect(outcome.report.findings.map((f) => f.rule)).toContain('package-cache');
  });

  it('comment lines inside a continuation stay where they are', async () => {
    const code = lines('FROM node:22-slim', 'RUN apt-get update \\', '# tools for the healthcheck', '    && apt-get install -y curl', 'RUN npm ci');
    const outcome = await fix(code);
    expect(outcome.fixed).toBe(
      lines('FROM node:22-slim', 'RUN apt-get update \\', '# tools for the healthcheck', '    && apt-get install -y curl \\', '    && rm -rf /var/lib/apt/lists/*', 'RUN npm ci && npm cache clean --force'),
    );
  });

  it('the byte-order mark is written back', async () => {
    const outcome = await fix('\uFEFFFROM alpine:3.24\nRUN apk add curl\n');
    expect(outcome.hadBom).toBe(true);
    expect(Buffer.from(fixedBytes(outcome)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(Buffer.from(fixedBytes(outcome)).toString('utf8')).toBe('\uFEFFFROM alpine:3.24\nRUN apk add --no-cache curl\n');
  });

  it('a file without a final line break stays without one', async () => {
    const outcome = await fix('FROM alpine:3.24\nRUN apk update && apk add curl');
    expect(outcome.fixed).toBe('FROM alpine:3.24\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*');
  });
});

describe('passes', () => {
  it('fixes that touch the same place wait for the next pass; a second run changes nothing', async () => {
    const code = lines('FROM node:22-slim', 'RUN apt-get update && apt-get install -y curl && npm ci');
    const outcome = await fix(code);
    expect(outcome.passes.length).toBe(2);
    expect(outcome.fixed).toBe(lines('FROM node:22-slim', 'RUN apt-get update && apt-get install -y curl && npm ci && rm -rf /var/lib/apt/lists/* && npm cache clean --force'));
    const again = await fix(outcome.fixed);
    expect(again.passes).toEqual([]);
    expect(again.fixed).toBe(outcome.fixed);
  });

  it('a pass that would leave Docker a problem it did not have is dropped, and fixing stops', async () => {
    const breaks: Rule = defineRule({
      id: 'breaks-things',
      category: 'style',
      severity: 'warning',
      aliases: [],
      summary: 'A rule whose fix writes an unknown instruction',
      fixable: true,
      docs: { what: 'x', why: 'x', example: 'x', fix: 'x' },
      check({ graph, report }) {
        const from = graph.nodes[0]!;
        report({ node: from, message: 'always', fix: { description: 'break it', safety: 'safe', edits: [{ start: from.raw.end, end: from.raw.end, text: '\nBOGUS x' }] } });
      },
    });
    const code = lines('FROM alpine:3.24', 'CMD ["sh"]');
    const outcome = await fixFile({ path: 'Dockerfile', text: code }, { rules: [breaks] }, { unsafe: false });
    expect(outcome.fixed).toBe(code);
    expect(outcome.passes).toEqual([]);
    expect(outcome.notice).toMatch(/breaks-things.*unreadable/);
  });

  it('unsafe fixes wait for --fix-unsafe and are counted', async () => {
    const code = lines('FROM node:22', 'CMD ["node"]');
    const safe = await fixFile({ path: 'Dockerfile', text: code }, {}, { unsafe: false });
    expect(safe.fixed).toBe(code);
    expect(safe.unsafeLeft).toBe(1);
    const unsafe = await fixFile({ path: 'Dockerfile', text: code }, {}, { unsafe: true });
    expect(unsafe.fixed).toBe(lines('FROM node:22-slim', 'CMD ["node"]'));
    expect(unsafe.unsafeLeft).toBe(0);
  });

  it('a file that is not valid UTF-8 is not rewritten', async () => {
    const bytes = Buffer.concat([Buffer.from('FROM alpine:3.24\n# caf'), Buffer.from([0xe9]), Buffer.from('\nRUN apk add curl\n')]);
    const outcome = await fixFile({ path: 'Dockerfile', bytes }, {}, { unsafe: false });
    expect(outcome.passes).toEqual([]);
    expect(outcome.notice).toMatch(/not valid UTF-8/);
  });
});
