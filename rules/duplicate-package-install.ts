import { optionValue, positionals } from '../src/graph/commands.js';
import { OS_INSTALL_PROGRAMS, runFacts } from '../src/graph/run-facts.js';
import { alongChains } from '../src/graph/stages.js';
import type { RunNode } from '../src/graph/types.js';
import type { ShellCommand } from '../src/parse/shell/commands.js';
import { defineRule } from '../src/rules/types.js';
import { osPackageManagerOf } from './data/os-packages.js';

/** A package spec's name and version (`curl=7.88.1-10`, `curl~7.88`); local files and URLs have none. */
function specOf(spec: string): { name: string; version: string } | null {
  if (/[/:]|\.(deb|rpm|apk)$/.test(spec.replace(/:(amd64|arm64|i386|armhf|all)\b/, ''))) return null;
  const at = spec.search(/[=<>~]/);
  return at === -1 ? { name: spec, version: '' } : { name: spec.slice(0, at), version: spec.slice(at).replace(/^[=~]+/, '') };
}

interface Installed {
  readonly node: RunNode;
  readonly version: string;
  /** The apk virtual group it came with, which `apk del GROUP` removes. */
  readonly group: string | null;
}

/** By manager and package name (`apt:curl`). */
const NOTHING_INSTALLED: ReadonlyMap<string, Installed> = new Map();

export default defineRule({
  id: 'duplicate-package-install',
  category: 'cache',
  severity: 'info',
  aliases: [],
  programs: OS_INSTALL_PROGRAMS,
  summary: 'A system package is installed again by a later RUN of the same stage, with nothing removing it in between',
  fixable: false,
  docs: {
    what:
      'Finds a package named in `apt-get install`, `apk add`, `dnf`/`yum install` or `zypper install` that an earlier RUN of the same stage (or of a stage it is built on) already installed and nothing has removed since: no purge, `apk del` (of the package or its virtual group) or removal in the RUN that installed it.',
    why:
      'The second install does nothing for that package, but it reads as if the package were needed only from there on: someone who removes the first install to slim the image finds the package still there, or removes the second and breaks nothing but believes something changed. Most often it shows that installs are spread over several RUNs, each paying for its own `apt-get update` and its own index in a layer; one install near the top of the stage, with everything it needs, caches better and is easier to review.',
    example:
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*\nCOPY install.sh /tmp/\nRUN apt-get update && apt-get install -y --no-install-recommends curl git && rm -rf /var/lib/apt/lists/* \\\n && sh /tmp/install.sh',
    fix:
      'Install each package once, ideally in a single RUN near the top of the stage:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates git && rm -rf /var/lib/apt/lists/*\nCOPY install.sh /tmp/\nRUN sh /tmp/install.sh',
    notes:
      'Packages named by a variable, local package files and URLs are not compared. Two installs of one package with different versions are not reported (the second changes the version). Packages the base image already holds are not known, so reinstalling one of them is not reported.',
  },
  check({ graph, report }) {
    const lines = graph.file.source.lines;
    // What each stage leaves installed, for the stages built on it.
    alongChains(graph, NOTHING_INSTALLED, (stage, before) => {
      const installed = new Map(before);
      for (const node of stage.nodes) {
        if (node.kind !== 'run') continue;
        const facts = runFacts(node);
        for (const install of facts.osInstalls) {
          const group = install.manager.virtualOption ? optionValue(install.command, install.manager.virtualOption) : null;
          for (const spec of install.packages) {
            const parsed = specOf(spec);
            if (!parsed) continue;
            const key = `${install.manager.id}:${parsed.name}`;
            const before = installed.get(key);
            if (before && before.node !== node && (before.version === '' || parsed.version === '' || before.version === parsed.version)) {
              report({
                node,
                start: install.command.start,
                end: install.command.end,
                message: `${parsed.name} is already installed by the RUN on line ${lines.lineOf(before.node.raw.start)}, and nothing removed it since: drop it from this install, or install everything the stage needs in one RUN`,
              });
            }
            if (!install.removedLater.includes(spec)) installed.set(key, { node, version: parsed.version, group });
          }
        }
        forgetRemoved(facts.commands, installed);
      }
      return installed;
    });
  },
});

/** Drops what a RUN removes (by name, or by apk virtual group) from the installed set. */
function forgetRemoved(commands: readonly ShellCommand[], installed: Map<string, Installed>): void {
  for (const cmd of commands) {
    const manager = osPackageManagerOf(cmd.name);
    if (!manager) continue;
    const words = positionals(cmd, manager.optionsWithValue);
    if (!manager.remove.includes(words[0]?.value ?? '')) continue;
    for (const w of words.slice(1)) {
      const name = w.value;
      if (!name) continue;
      installed.delete(`${manager.id}:${name}`);
      for (const [key, item] of installed) if (key.startsWith(`${manager.id}:`) && item.group === name) installed.delete(key);
    }
  }
}
