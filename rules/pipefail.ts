import { defineRule } from '../src/rules/types.js';
import { argValues } from '../src/graph/commands.js';
import { runFacts } from '../src/graph/run-facts.js';
import { basename } from '../src/graph/run-script.js';
import { PIPEFAIL_SHELL, pipefailShellFix } from '../src/fix/pipefail-shell.js';
import { runShell, shellHasPipefail } from '../src/graph/run-shell.js';
import { stageChain } from '../src/graph/stages.js';
import type { Stage } from '../src/graph/types.js';

/** Commands that cannot fail in a way that matters when they feed a pipe (`echo "$SUM  f" | sha256sum -c`). */
const HARMLESS_SOURCES = new Set(['echo', 'printf', 'yes', 'true']);

/** Shells that know `-o pipefail`. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);

export default defineRule({
  id: 'pipefail',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL4006'],
  summary: 'A RUN with a pipe runs without `-o pipefail`: a failing download goes unnoticed',
  fixable: true,
  docs: {
    what: 'Finds shell-form RUN instructions with a pipe (`curl ... | tar x`) when the shell does not run with `-o pipefail`: neither the SHELL instruction nor a `set -o pipefail` earlier in the same RUN sets it.',
    why:
      'A pipeline\'s exit status is that of its last command. When `curl` fails in `curl -fsSL URL | tar xz`, tar reads nothing, may still succeed, and the build goes on with a broken layer. With pipefail, any failing command fails the step.',
    example: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin',
    fix: 'Set pipefail with SHELL (bash), or in the RUN:\n\nFROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin\n\n`--fix-unsafe` (not `--fix`) adds that SHELL line before the first such RUN of a stage (above the comment lines over it), where no SHELL is set and the base image is one known to have bash (Debian, Ubuntu, the Red Hat family and the official images built on them, not their Alpine variants). Unsafe because the later RUNs of the stage then run in bash, not sh, and a few builtins differ (`echo "a\\nb"`).',
    notes:
      'Follows hadolint DL4006, except that a pipe fed only by echo, printf, yes or true (`echo "$SHA256  file" | sha256sum -c`) is not reported: those cannot fail in a way pipefail would catch. As in hadolint, `/bin/sh -o pipefail` is reported (Debian\'s dash did not know the option before 0.5.12). dfscan also accepts `set -o pipefail` (`set -euo pipefail`) before the pipe in the same RUN. Stages with a non-POSIX SHELL (PowerShell, cmd) and exec-form RUNs are not checked.',
  },
  check({ graph, report }) {
    // One SHELL per stage and the stages built on it: once it is there, their later RUNs have pipefail too.
    const shellAdded = new Set<Stage | null>();
    for (const node of graph.nodes) {
      if (node.kind !== 'run' || node.exec) continue;
      const shell = runShell(node);
      if (shellHasPipefail(shell) && PIPEFAIL_SHELLS.has(basename(shell[0] ?? ''))) continue;
      const commands = runFacts(node).commands;
      let setInRun = false;
      for (const [i, cmd] of commands.entries()) {
        if (cmd.name === 'set' && shellHasPipefail(['set', ...argValues(cmd)])) setInRun = true;
        if (cmd.joinedBy !== '|' || setInRun || feedsOnlyHarmless(commands, i)) continue;
        report({ node, start: cmd.start, end: cmd.end, message: `this pipe's status is that of its last command, so an earlier failure goes unnoticed: add \`SHELL ${PIPEFAIL_SHELL}\` before this RUN, or start it with \`set -o pipefail &&\``, fix: stageChain(node.stage).some((s) => shellAdded.has(s)) ? null : pipefailShellFix(graph, node) });
        shellAdded.add(node.stage);
        break;
      }
    }
  },
});

/** The commands before `i` in its pipeline are all harmless sources. */
function feedsOnlyHarmless(commands: readonly { name: string; joinedBy: string | null }[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (!HARMLESS_SOURCES.has(commands[j]!.name)) return false;
    if (commands[j]!.joinedBy !== '|') return true;
  }
  return true;
}
