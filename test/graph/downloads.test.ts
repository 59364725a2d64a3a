import { describe, expect, it } from 'vitest';
import { optionValue } from '../../src/graph/commands.js';
import { runDownloads, urlPinned } from '../../src/graph/downloads.js';
import { packageInstalls } from '../../src/graph/package-specs.js';
import { runFacts } from '../../src/graph/run-facts.js';
import type { RunNode } from '../../src/graph/types.js';
import { lines } from '../helpers/analyze.js';
import { graphOf } from '../helpers/graph.js';

async function run(script: string): Promise<RunNode> {
  const g = await graphOf(lines('FROM debian:bookworm-slim', 'WORKDIR /src', `RUN ${script}`));
  return g.stages[0]!.nodes.find((n) => n.kind === 'run') as RunNode;
}

describe('option values', () => {
  it('finds a name given without a dash among plain words, and passes plain words over for options', async () => {
    const r = await run('make PREFIX=/opt install --jobs=4 -C build');
    const [cmd] = runFacts(r).commands;
    expect(optionValue(cmd!, ['PREFIX'])).toBe('/opt');
    expect(optionValue(cmd!, ['--jobs'])).toBe('4');
    expect(optionValue(cmd!, ['-C', '--directory'])).toBe('build');
    expect(optionValue(cmd!, ['--prefix', 'PREFIX'])).toBe('/opt');
    expect(optionValue(cmd!, ['--prefix'])).toBeNull();
  });

  it('reads separate, =, grouped and glued forms', async () => {
    const r = await run('curl -fsSLo /tmp/a https://x; wget -qO- https://y; curl --output=/tmp/b https://z; wget -O /tmp/c https://w');
    const [a, b, c, d] = runFacts(r).commands;
    expect(optionValue(a!, ['-o', '--output'])).toBe('/tmp/a');
    expect(optionValue(b!, ['-O', '--output-document'])).toBe('-');
    expect(optionValue(c!, ['-o', '--output'])).toBe('/tmp/b');
    expect(optionValue(d!, ['-O', '--output-document'])).toBe('/tmp/c');
  });
});

describe('downloads', () => {
  it('finds the file each download writes, or the command it feeds', async () => {
    const r = await run('cd /tmp && wget -q https://e.x/a.tgz && curl -fsSL https://e.x/b.tgz | tar xz && curl -fsSLO https://e.x/dir/c.zip?x=1 && wget -qO- https://e.x/d | sh');
    expect(runDownloads(r).downloads.map((d) => [d.url, d.file, d.pipedTo?.name ?? null])).toEqual([
      ['https://e.x/a.tgz', '/tmp/a.tgz', null],
      ['https://e.x/b.tgz', null, 'tar'],
      ['https://e.x/dir/c.zip?x=1', '/tmp/c.zip', null],
      ['https://e.x/d', null, 'sh'],
    ]);
  });

  it('tells a download run as a script from one read as data', async () => {
    const executed = async (script: string): Promise<(string | null)[]> => runDownloads(await run(script)).downloads.map((d) => d.executedBy?.name ?? null);
    expect(await executed('curl -fsSL https://e.x/i.sh | sh')).toEqual(['sh']);
    expect(await executed('curl -fsSL https://e.x/i.sh | sudo -E bash -')).toEqual(['bash']);
    expect(await executed('curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal')).toEqual(['sh']);
    expect(await executed('curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --channel 8.0')).toEqual(['bash']);
    expect(await executed('wget -qO- https://e.x/get.py | python3.12 -')).toEqual(['python3.12']);
    expect(await executed('sh -c "$(curl -fsSL https://e.x/install.sh)"')).toEqual(['sh']);
    expect(await executed('bash <(curl -s https://e.x/i.sh) --yes')).toEqual(['bash']);
    expect(await executed('eval "$(curl -s https://e.x/env)"')).toEqual(['eval']);
    // Data for a script given some other way, or a value kept in a variable.
    expect(await executed('curl -s https://api.e.x/latest | python3 -c "import sys, json; print(json.load(sys.stdin))"')).toEqual([null]);
    expect(await executed('curl -s https://api.e.x/v | bash ./parse.sh')).toEqual([null]);
    expect(await executed('curl -s https://api.e.x/v | perl -ne "print if /x/"')).toEqual([null]);
    expect(await executed('echo "$(curl -s https://api.e.x/v)" > /v && bash -c "echo $(curl -s https://e.x/name)" > /f')).toEqual([null, 'bash']);
    expect(await executed('curl -o /tmp/i.sh https://e.x/i.sh && sh /tmp/i.sh')).toEqual([null]);
  });

  it('finds the archives that tar, unzip and dpkg read, relative to the current folder', async () => {
    const r = await run('tar -xzf a.tgz -C /opt && tar xjf /tmp/b.tbz && tar --extract --file=c.tar && unzip -q d.zip -d /opt && dpkg -i e.deb && tar -czf out.tgz xdir');
    expect(runDownloads(r).unpacks.map((u) => u.archive)).toEqual(['/src/a.tgz', '/tmp/b.tbz', '/src/c.tar', '/src/d.zip', '/src/e.deb']);
  });

  it('sees checksum and signature checks', async () => {
    expect(runDownloads(await run('curl -o a https://x && echo "$S  a" | sha256sum -c -')).verified).toBe(true);
    expect(runDownloads(await run('curl -o a https://x && gpg --batch --verify a.asc a')).verified).toBe(true);
    expect(runDownloads(await run('curl -o a https://x && gpg --import k.asc')).verified).toBe(false);
  });

  it('tells versioned URLs from moving ones', () => {
    const vars = new Map([['V', '1.2.3'], ['CHANNEL', 'stable']]);
    expect(urlPinned('https://e.x/tool-1.2.3.tgz', vars)).toBe(true);
    expect(urlPinned('https://e.x/v${V}/tool.tgz', vars)).toBe(true);
    expect(urlPinned('https://e.x/${TOOL_VERSION}/tool.tgz', vars)).toBe(true);
    expect(urlPinned('https://e.x/${CHANNEL}/tool.tgz', vars)).toBe(false);
    expect(urlPinned('https://e.x/releases/latest/download/tool-1.2.tgz', vars)).toBe(false);
    expect(urlPinned('https://get.docker.com', vars)).toBe(false);
  });
});

describe('package specs', () => {
  it('lists the packages an install names and those without a version', async () => {
    const r = await run('apt-get -q -o Dpkg::Options::=--force-confnew install -y curl=7.88.1 git "$EXTRA"');
    const [install] = packageInstalls(r, 'apt');
    expect(install!.packages.map((p) => p.value)).toEqual(['curl=7.88.1', 'git']);
    expect(install!.unpinned.map((p) => p.value)).toEqual(['git']);
  });
});
