import { beforeAll, describe, expect, it } from 'vitest';
import { loadShellParser, type ShellParser } from '../../src/parse/shell/parser.js';

let shell: ShellParser;
beforeAll(async () => {
  shell = await loadShellParser();
});

const summary = (script: string) =>
  shell.parse(script).commands.map((c) => `${c.joinedBy ?? '^'}${c.conditional ? '?' : ''} ${c.name} ${c.args.map((a) => a.value ?? `<${a.text}>`).join(' ')}`.trim());

describe('shell commands', () => {
  it('lists the simple commands of && ; | chains with their joiners', () => {
    expect(summary('apt-get update && apt-get install -y curl; echo "a b" | tee /x')).toEqual([
      '^ apt-get update',
      '&& apt-get install -y curl',
      '; echo a b',
      '| tee /x',
    ]);
  });

  it('marks commands that may not run (after ||, inside if, loops, functions)', () => {
    expect(summary('a || b; if [ -f x ]; then c; fi; for i in 1; do d; done')).toEqual(['^ a', '||? b', ';? c', ';? d']);
  });

  it('looks through sudo, env and other wrappers, and into sh -c scripts', () => {
    expect(summary('sudo -E -u root env DEBIAN_FRONTEND=noninteractive apt-get install -y x')).toEqual(['^ apt-get install -y x']);
    expect(summary("bash -o pipefail -ec 'pip install -r r.txt && rm -rf ~/.cache'")).toEqual(['^ pip install -r r.txt', '&& rm -rf ~/.cache']);
    expect(summary('command -v curl')).toEqual([]);
  });

  it('keeps variable assignments and redirection targets', () => {
    const [c] = shell.parse('PIP_NO_CACHE_DIR=1 pip install x > /tmp/log 2>&1').commands;
    expect(c!.assignments).toEqual([{ name: 'PIP_NO_CACHE_DIR', value: '1' }]);
    expect(c!.redirects.map((r) => r.value)).toEqual(['/tmp/log']);
  });

  it('finds commands inside command substitutions', () => {
    expect(summary('apt-get install -y $(cat /pkgs)')).toEqual(['^ cat /pkgs', '^ apt-get install -y <$(cat /pkgs)>']);
  });

  it('collects, in the order they run, the commands of substitutions in assignments, arguments and names, groups and lists', () => {
    const script = 'X=$(id -u) $(which tar) -xf "$(ls a)" > /log && { a | b; } 2>/dev/null || c "d$(e)f" >&2; g';
    expect(summary(script)).toEqual(['^ id -u', '^ ls a', '^ which tar', '^  -xf <"$(ls a)">', '&& a', '| b', '||? e', '||? c <"d$(e)f">', '; g']);
    const commands = shell.parse(script).commands;
    expect(commands[3]!.assignments).toEqual([{ name: 'X', value: null }]);
    expect(commands.map((c) => c.redirects.map((r) => r.value))).toEqual([[], [], [], ['/log'], [], [], [], [], []]);
    expect(commands.map((c) => script.slice(c.start, c.end))).toEqual([
      'id -u', 'ls a', 'which tar', 'X=$(id -u) $(which tar) -xf "$(ls a)"', 'a', 'b', 'e', 'c "d$(e)f"', 'g',
    ]);
  });

  it('strips quotes and escapes from literal words, and leaves expansions unresolved', () => {
    const [c] = shell.parse(`rm -rf "/a b"/c '/d' e\\ f $HOME/.cache`).commands;
    expect(c!.args.map((a) => a.value)).toEqual(['-rf', '/a b/c', '/d', 'e f', null]);
  });

  it('gives offsets in the script text, in UTF-16 units', () => {
    const script = 'echo é && apk add curl';
    const [, apk] = shell.parse(script).commands;
    expect(script.slice(apk!.start, apk!.end)).toBe('apk add curl');
  });

  it('gives up on words nested past its depth limit instead of exhausting the stack', () => {
    const n = 20_000;
    const script = 'echo ' + '${a:-'.repeat(n) + '$(id)' + '}'.repeat(n) + ' && apk add curl';
    const commands = shell.parse(script).commands.map((c) => c.name);
    expect(commands).toEqual(['echo', 'apk']);
  });

  it('recovers the commands around a syntax error', () => {
    const result = shell.parse('apt-get update && ( echo oops && apk add x');
    expect(result.hasErrors).toBe(true);
    expect(result.commands.map((c) => c.name)).toContain('apt-get');
  });
});
