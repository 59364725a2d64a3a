import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { expandWord } from '../../src/graph/expand.js';
import { runFacts } from '../../src/graph/run-facts.js';
import type { CopyNode, EnvNode, RunNode } from '../../src/graph/types.js';
import { lines } from '../helpers/analyze.js';
import { graphOf } from '../helpers/graph.js';

describe('stages', () => {
  it('splits at FROM, names stages, and resolves bases through aliases', async () => {
    const g = await graphOf(lines('FROM node:22 AS Build', 'RUN npm ci', 'FROM build AS test', 'FROM nginx:1-alpine', 'COPY --from=build /dist /html'));
    expect(g.stages.map((s) => s.name)).toEqual(['build', 'test', null]);
    expect(g.stages[1]!.base).toMatchObject({ kind: 'stage', stage: { index: 0 } });
    expect(g.stages[2]!.base).toMatchObject({ kind: 'image', ref: { name: 'nginx', tag: '1-alpine' } });
    expect(g.finalStage!.index).toBe(2);
  });

  it('knows which stages end up in the final image and which are built for it', async () => {
    const g = await graphOf(lines('FROM node:22 AS deps', 'FROM node:22 AS unused', 'FROM deps AS build', 'FROM nginx', 'COPY --from=build /a /a', 'RUN --mount=from=1,target=/x true'));
    expect(g.stages.map((s) => [s.inFinalImage, s.neededForFinal])).toEqual([[false, true], [false, true], [false, true], [true, true]]);
    const g2 = await graphOf(lines('FROM alpine AS base', 'FROM base AS final'));
    expect(g2.stages.map((s) => s.inFinalImage)).toEqual([true, true]);
  });

  it('resolves COPY --from by name and by index, and leaves images alone', async () => {
    const g = await graphOf(lines('FROM alpine AS a', 'FROM alpine', 'COPY --from=0 /x /x', 'COPY --from=A /y /y', 'COPY --from=busybox:1 /bin/sh /sh'));
    const copies = g.stages[1]!.nodes as CopyNode[];
    expect(copies.map((c) => c.fromStage?.index ?? null)).toEqual([0, 0, null]);
    expect(copies[2]!.from).toBe('busybox:1');
  });

  it('resolves FROM through ARG defaults, build args and ${X:-default}', async () => {
    const text = lines('ARG REGISTRY', 'ARG VERSION=3.13', 'FROM ${REGISTRY:-docker.io}/library/python:${VERSION}-slim');
    expect((await graphOf(text)).stages[0]!.base).toMatchObject({ kind: 'image', ref: { name: 'python', tag: '3.13-slim' }, viaArgs: ['REGISTRY', 'VERSION'] });
    expect((await graphOf(text, { VERSION: '3.12' })).stages[0]!.base).toMatchObject({ ref: { tag: '3.12-slim' } });
  });

  it('leaves a base unresolved when a build argument has no value', async () => {
    const g = await graphOf(lines('ARG BASE', 'FROM $BASE'));
    expect(g.stages[0]!.base).toEqual({ kind: 'unresolved', text: '$BASE', missing: ['BASE'] });
  });

  it('reports instructions before the first FROM and files without FROM', async () => {
    expect((await graphOf(lines('RUN true', 'FROM alpine'))).problems.map((p) => p.message)).toEqual(['RUN comes before the first FROM: only ARG may']);
    expect((await graphOf(lines('ARG X=1'))).problems.map((p) => p.message)).toEqual(['no FROM instruction: there is nothing to build']);
  });
});

describe('variables', () => {
  it('follows Docker scoping: global ARGs need re-declaring, ENV wins over ARG, ENV is inherited', async () => {
    const g = await graphOf(lines(
      'ARG V=1',
      'FROM alpine AS a',
      'RUN echo before',
      'ARG V',
      'ENV E=$V-x',
      'ARG E=ignored',
      'ENV F=${E}',
      'FROM a',
      'ENV G=$E',
    ));
    const envs = g.nodes.filter((n): n is EnvNode => n.kind === 'env');
    expect(envs.map((e) => e.vars[0]!.value)).toEqual(['1-x', '1-x', '1-x']);
    const run = g.nodes.find((n): n is RunNode => n.kind === 'run')!;
    expect(run.vars.has('V')).toBe(false);
  });

  it('expands the shell modifiers Docker supports', () => {
    const vars: Record<string, string> = { A: 'hello.tar.gz', E: '' };
    const lookup = (n: string) => vars[n];
    const ex = (s: string) => expandWord(s, lookup, '\\', true).value;
    expect(ex('${A:-x} ${E:-d} ${E-d} ${U:-u} ${A:+set} ${U:+set}')).toBe('hello.tar.gz d  u set ');
    expect(ex('${A%.gz} ${A%%.*} ${A#*.} ${A##*.} ${A/l/L} ${A//l/L}')).toBe('hello.tar hello tar.gz gz heLlo.tar.gz heLLo.tar.gz');
    expect(ex("'$A' \"$A\" \\$A")).toBe('$A hello.tar.gz $A');
    expect(expandWord('$U and ${V}', lookup, '\\', true).unresolved).toEqual(['U', 'V']);
  });
});

describe('instructions', () => {
  it('tracks WORKDIR, inherited by child stages', async () => {
    const g = await graphOf(lines('FROM alpine AS a', 'WORKDIR /app', 'WORKDIR src', 'RUN true', 'FROM a', 'RUN true'));
    expect(g.nodes.filter((n) => n.kind === 'run').map((n) => n.workdir)).toEqual(['/app/src', '/app/src']);
  });

  it('reads COPY sources, destination, heredoc sources and JSON form', async () => {
    const g = await graphOf(lines('FROM alpine', 'COPY --chown=1:1 a.txt "b c" /dst/', 'COPY ["x y", "/z"]', 'COPY <<EOF /etc/motd', 'hi', 'EOF'));
    const [c1, c2, c3] = g.stages[0]!.nodes as CopyNode[];
    expect([c1!.sources.map((s) => s.value), c1!.dest]).toEqual([['a.txt', 'b', 'c'], '/dst/']);
    expect([c2!.sources.map((s) => s.value), c2!.dest, c2!.exec]).toEqual([['x y'], '/z', true]);
    expect(c3!.sources.map((s) => s.heredoc)).toEqual([true]);
  });

  it('parses RUN mounts and gives commands source offsets', async () => {
    const text = lines('FROM alpine', 'RUN --mount=type=cache,target=/var/cache/apk \\', '    apk add curl && \\', '    rm -rf /tmp/*');
    const g = await graphOf(text);
    const run = g.stages[0]!.nodes[0] as RunNode;
    expect(run.mounts).toEqual([{ type: 'cache', target: '/var/cache/apk', from: null, source: null }]);
    expect(run.commands.map((c) => text.slice(c.start, c.end))).toEqual(['apk add curl', 'rm -rf /tmp/*']);
  });

  it('runs the heredoc body of `RUN <<EOF` as the script, but not a python one', async () => {
    const g = await graphOf(lines('FROM alpine', 'RUN <<EOF', 'apk add curl', 'EOF', 'RUN <<EOF', '#!/usr/bin/env python3', 'print(1)', 'EOF', 'RUN python3 <<EOF', 'import os', 'EOF'));
    const runs = g.stages[0]!.nodes as RunNode[];
    expect(runs.map((r) => r.commands.map((c) => c.name))).toEqual([['apk'], [], ['python3']]);
  });

  it('reads the exec form of RUN, and a shell script given to it', async () => {
    const g = await graphOf(lines('FROM alpine', 'RUN ["apk", "add", "curl"]', 'RUN ["/bin/sh", "-c", "apk add git && rm -rf /tmp/x"]'));
    const runs = g.stages[0]!.nodes as RunNode[];
    expect(runs.map((r) => r.commands.map((c) => c.name))).toEqual([['apk'], ['apk', 'rm']]);
  });

  it('does not parse RUN as POSIX shell under a Windows base or a PowerShell SHELL', async () => {
    const g = await graphOf(lines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN dir', 'FROM alpine', 'SHELL ["pwsh", "-Command"]', 'RUN Get-ChildItem'));
    expect(g.nodes.filter((n): n is RunNode => n.kind === 'run').map((r) => r.commands.length)).toEqual([0, 0]);
  });
});

describe('shell commands in the graph', () => {
  it('all have one layout, whichever way they were made (script, exec form, sh -c, python -m, .exe)', async () => {
    const g = await graphOf(
      lines(
        'FROM debian:bookworm-slim',
        "RUN apt-get update && deps='gcc make' && sh -c 'python3 -m pip install x' > /log",
        'RUN ["cmd.exe", "/c", "dir"]',
        'RUN ["sh", "-c", "curl -fsSL https://example.com"]',
      ),
    );
    const runs = g.nodes.filter((n): n is RunNode => n.kind === 'run');
    const commands = runs.flatMap((r) => [...r.commands, ...runFacts(r).commands]);
    // Each of the ways above is there, and so is each maker of words.
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(['apt-get', '=', 'python3', 'pip', 'cmd.exe', 'cmd', 'curl']));
    const words = commands.flatMap((c) => [...c.args, ...c.redirects]);
    // One hidden class, not just the same keys: V8 gives an object spread (`{ ...c, args }`) a
    // layout of its own, and code reading commands of two layouts is optimised less well.
    expect(commands.every((c) => haveSameMap(c, commands[0]))).toBe(true);
    expect(words.every((w) => haveSameMap(w, words[0]))).toBe(true);
  });
});

describe('the lists of the graph', () => {
  it('have one layout, empty or not (an empty result of `map` is another array shape to V8)', async () => {
    // A first file makes every list once with items, as any run does before most files.
    await graphOf(lines('FROM debian:bookworm-slim', 'ENV A=1', 'COPY a b ./', 'RUN ["echo", "x"]', 'RUN echo $A > /log && apt-get install -y curl'));
    const g = await graphOf(
      lines(
        'FROM debian:bookworm-slim',
        'ENV A=1 B=$A',
        'ENV',
        'COPY a b ./',
        'COPY x',
        'RUN ["true"]',
        'RUN ["echo", "x"]',
        'RUN <<EOF',
        '#!/usr/bin/env python3',
        'EOF',
        'RUN true && echo $A > /log && apt-get install -y curl',
      ),
    );
    const runs = g.nodes.filter((n): n is RunNode => n.kind === 'run');
    const commands = runs.flatMap((r) => [...r.commands, ...runFacts(r).commands]);
    const lists: (readonly unknown[])[] = [
      ...runs.flatMap((r): (readonly unknown[])[] => [r.commands, runFacts(r).commands]),
      ...commands.flatMap((c): (readonly unknown[])[] => [c.args, c.redirects]),
      ...g.nodes.flatMap((n): (readonly unknown[])[] => (n.kind === 'copy' ? [n.sources] : n.kind === 'env' ? [n.vars] : [])),
    ];
    // Each list is there both empty and not.
    expect(lists.some((l) => l.length === 0)).toBe(true);
    expect(lists.filter((l) => l.length > 0).length).toBeGreaterThan(4);
    expect(lists.every((l) => haveSameMap(l, lists[0]))).toBe(true);
  });
});

/** V8's own answer to whether two objects share a hidden class. */
function haveSameMap(a: unknown, b: unknown): boolean {
  setFlagsFromString('--allow-natives-syntax');
  return (new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: unknown, b: unknown) => boolean)(a, b);
}
