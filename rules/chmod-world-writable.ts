import { optionValue, positionals } from '../src/graph/commands.js';
import { modeGrant } from '../src/graph/file-mode.js';
import { normalizePath, removes } from '../src/graph/paths.js';
import { runFacts, type RunFacts } from '../src/graph/run-facts.js';
import type { ShellCommand } from '../src/parse/shell/commands.js';
import { defineRule } from '../src/rules/types.js';

/** Commands that set a mode, and the option that carries it (chmod takes it as its first operand). */
const MODE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  mkdir: ['-m', '--mode'],
  install: ['-m', '--mode'],
};

export default defineRule({
  id: 'chmod-world-writable',
  category: 'security',
  severity: 'warning',
  aliases: [],
  summary: 'A file or folder is made writable by every user (`chmod 777`, `o+w`, `COPY --chmod=666`)',
  fixable: false,
  docs: {
    what:
      'Finds modes that give write permission to others: `chmod 777`, `chmod -R a+rwX`, `chmod o+w`, `mkdir -m 777`, `install -m 666` in a RUN, and `COPY --chmod=777` / `ADD --chmod=...`. A mode with the sticky bit (`1777`, `+t`) is not reported: that is how shared folders such as /tmp are meant to be.',
    why:
      'Any process in the container, under any user id, can then rewrite those files: a compromised web worker running as `nobody` can replace the entrypoint script, the application code or a config file that a more privileged process reads next, which turns a small foothold into control of the container. `777` is usually there to let an unknown runtime user (OpenShift\'s random UID, a mounted volume) write somewhere; group permissions do that without opening the files to everyone.',
    example: 'FROM python:3.12-slim\nCOPY . /app\nRUN useradd -r app && chmod -R 777 /app\nUSER app',
    fix:
      'Give the files to the user that must write them, or to a group it belongs to, and keep others read-only:\n\nFROM python:3.12-slim\nRUN useradd -r app\nCOPY --chown=app:app . /app\nUSER app\n\n# For an arbitrary runtime UID (OpenShift): the root group, with the user\'s rights\nRUN chgrp -R 0 /app && chmod -R g=u /app\n\n# A shared scratch folder: keep the sticky bit\nRUN mkdir -p /data/tmp && chmod 1777 /data/tmp',
    notes:
      'Every stage is checked, not just the final image: a build stage\'s files are usually copied out with the modes they have. Modes written as variables (`chmod "$MODE"`) and `--reference=FILE` are not read. A symbolic mode without `o` or `a` (`chmod +w`, `chmod g+w`) is not reported, since the umask (022 in builds) keeps it from others. `chmod 777` on a device or socket (`/var/run/docker.sock`) is reported too: mounting the socket into a container is already the larger problem.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind === 'copy') {
        const flag = node.flags.find((f) => f.name === 'chmod');
        const grant = flag?.value ? modeGrant(flag.value) : null;
        if (!flag || !grant?.worldWritable || grant.sticky) continue;
        report({
          node,
          start: node.raw.args.toSource(flag.start),
          end: node.raw.args.toSourceEnd(flag.end),
          message: `\`--chmod=${flag.value}\` makes what ${node.keyword} writes writable by every user: grant write access to its owner (--chown) or group only, e.g. --chmod=${safer(flag.value!)}`,
        });
      }
      if (node.kind !== 'run') continue;
      const facts = runFacts(node);
      facts.commands.forEach((cmd, index) => {
        const found = worldMode(cmd);
        if (!found || (found.targets.length > 0 && found.targets.every((t) => deletedLater(facts, index, t)))) return;
        const targets = found.targets.length > 0 ? found.targets.slice(0, 2).join(' ') + (found.targets.length > 2 ? ' ...' : '') : 'its target';
        report({
          node,
          start: cmd.start,
          end: cmd.end,
          message: `\`${cmd.name} ${found.option}${found.mode}\` makes ${targets} writable by every user in the container: give it to the user or group that writes it (chown, chgrp + chmod g=u) and use ${safer(found.mode)}`,
        });
      });
    }
  },
});

/** The world-writable mode a command sets, and what it sets it on; null when it sets none. */
function worldMode(cmd: ShellCommand): { mode: string; option: string; targets: string[] } | null {
  let mode: string | null;
  let option = '';
  let targets: string[];
  if (cmd.name === 'chmod') {
    const words = positionals(cmd, ['--reference']);
    mode = words[0]?.value ?? null;
    targets = words.slice(1).map((w) => w.text);
  } else {
    // Own keys only: a command named like an Object property (`toString`) sets no mode.
    const names = Object.hasOwn(MODE_OPTIONS, cmd.name) ? MODE_OPTIONS[cmd.name] : undefined;
    if (!names) return null;
    mode = optionValue(cmd, names);
    option = '-m ';
    targets = positionals(cmd, [...names, '-o', '--owner', '-g', '--group', '-t', '--target-directory', '-S', '--suffix']).map((w) => w.text);
  }
  const grant = mode ? modeGrant(mode) : null;
  if (!mode || !grant?.worldWritable || grant.sticky) return null;
  return { mode, option, targets };
}

/**
 * Whether the same RUN deletes `target` after command `index` (a scratch folder such as
 * `"$tempDir"`, opened for apt's sandbox user and removed again), so it never reaches the layer.
 */
function deletedLater(facts: RunFacts, index: number, target: string): boolean {
  const ref = normalizePath(target.replace(/^"(.*)"$/, '$1'), facts.cwd[index] ?? '/', facts.home);
  if (ref) return facts.deletes.some((d) => d.index > index && removes(d.target, ref.path));
  return facts.commands.slice(index + 1).some((c) => c.name === 'rm' && positionals(c).some((w) => w.text === target));
}

/** The same mode without write for others, as advice (`775` for `777`, `a+rwX,o-w`). */
function safer(mode: string): string {
  if (/^[0-7]{1,4}$/.test(mode)) {
    const digits = mode.padStart(3, '0').split('');
    digits[digits.length - 1] = String(Number(digits.at(-1)) & 5);
    return digits.join('');
  }
  return `${mode},o-w`;
}
