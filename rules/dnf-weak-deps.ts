import { argValues } from '../src/graph/commands.js';
import { configWriter } from '../src/graph/config-writes.js';
import { imageHistory } from '../src/graph/image-history.js';
import { runFacts } from '../src/graph/run-facts.js';
import { earlierCommand } from '../src/graph/earlier.js';
import { rootStage } from '../src/graph/stages.js';
import type { Graph, RunNode } from '../src/graph/types.js';
import type { ShellCommand } from '../src/parse/shell/commands.js';
import { addFlagFix } from '../src/fix/shell-fixes.js';
import { defineRule, type Fix } from '../src/rules/types.js';
import { YUM_IS_DNF } from './data/os-packages.js';

/** `install_weak_deps` set off, as an option value or a configuration line. */
const WEAK_DEPS_OFF = /^install_weak_deps\s*=\s*(0|false|no|off)$/i;
/** `install_weak_deps=False` written into dnf's configuration earlier in the image. */
const weakDepsOffInConfig = configWriter('/etc/dnf/', /install_weak_deps\s*=\s*(0|false|no|off)\b/i);

export default defineRule({
  id: 'dnf-weak-deps',
  category: 'size',
  severity: 'info',
  aliases: [],
  programs: ['dnf', 'yum'],
  summary: '`dnf install` without `--setopt=install_weak_deps=False` also installs every weak dependency (dnf\'s recommends)',
  fixable: true,
  docs: {
    what:
      'Finds `dnf install` (and `yum install` on bases where yum is dnf: Fedora, UBI 8 and later, Rocky, Alma, CentOS Stream, Oracle Linux 8+, Amazon Linux 2023) in the stages of the final image without `--setopt=install_weak_deps=False` (or `0`), and with no `install_weak_deps=False` written into /etc/dnf/ earlier in the image (`echo ... >> /etc/dnf/dnf.conf`, `dnf config-manager --setopt=install_weak_deps=False --save`).',
    why:
      'dnf installs the packages named in each package\'s Recommends and Supplements too, as apt does without --no-install-recommends: documentation tools, language packs, optional plugins, sometimes whole subsystems (a weak dependency of a server package can pull in systemd). A container rarely needs them, and every one adds bytes and packages to patch; many projects\' Dockerfiles write `install_weak_deps=False` into dnf.conf for this reason.',
    example: 'FROM fedora:41\nRUN dnf install -y python3-pip && dnf clean all',
    fix:
      'Turn weak dependencies off for the install, and name the few you do need:\n\nFROM fedora:41\nRUN dnf install -y --setopt=install_weak_deps=False python3-pip && dnf clean all\n\n# or once for the whole image:\nRUN echo "install_weak_deps=False" >> /etc/dnf/dnf.conf\n\n`--fix-unsafe` (not `--fix`) adds the setting after `install`: the weak dependencies are then no longer installed, and the image may have used one of them, so test the image.',
    impact:
      'bytes: not estimated (null). What the weak dependencies add depends on the package and the release, and dfscan has no measured table for dnf as it has for apt.',
    notes:
      'The yum of CentOS/RHEL 7 and Amazon Linux 2 has no weak dependencies, so `yum install` is reported only on the bases listed in rules/data/os-packages.ts (YUM_IS_DNF); on other or unknown bases it is not. microdnf is not checked: the minimal images that use it come with their own dnf configuration, which dfscan cannot see. Only stages in the final image are checked, and installs whose packages are all removed again in the same RUN are not reported.',
  },
  check({ graph, report }) {
    for (const stage of imageHistory(graph).chain) {
      for (const node of stage.nodes) {
        if (node.kind !== 'run') continue;
        for (const install of runFacts(node).osInstalls) {
          const cmd = install.command;
          if (cmd.name !== 'dnf' && !(cmd.name === 'yum' && yumIsDnf(graph, node))) continue;
          if (install.packages.length > 0 && install.removedLater.length === install.packages.length) continue;
          if (weakDepsOff(argValues(cmd))) continue;
          if (weakDepsOffInConfig(graph, node, cmd) || savedByConfigManager(graph, node, cmd)) continue;
          report({
            node,
            start: cmd.start,
            end: cmd.end,
            message: `\`${cmd.name} install\` without --setopt=install_weak_deps=False also installs the weak dependencies (Recommends, Supplements) of what it names: add --setopt=install_weak_deps=False`,
            impact: { bytes: null },
            fix: weakDepsOffFix(graph, cmd),
          });
        }
      }
    }
  },
});

/** The setting added after the `install` word. */
function weakDepsOffFix(graph: Graph, cmd: ShellCommand): Fix | null {
  const install = cmd.args.find((a) => /^(group|local)?install$/.test(a.value ?? ''));
  return install ? addFlagFix(graph, install, '--setopt=install_weak_deps=False', 'unsafe') : null;
}

/** Whether the stage's root image is one whose `yum` is dnf. */
function yumIsDnf(graph: Graph, node: RunNode): boolean {
  const root = rootStage(graph, node.stage);
  if (!root || root.base.kind !== 'image') return false;
  const { name, tag } = root.base.ref;
  const ref = `${name}:${tag ?? 'latest'}`;
  return YUM_IS_DNF.some((re) => re.test(ref));
}

/** `--setopt=install_weak_deps=False` or `--setopt install_weak_deps=0`. */
function weakDepsOff(args: readonly string[]): boolean {
  return args.some((a, i) => WEAK_DEPS_OFF.test(a.replace(/^--setopt=/, '')) && (a.startsWith('--setopt=') || args[i - 1] === '--setopt'));
}

/** An earlier `dnf config-manager --setopt=install_weak_deps=False --save` in the image. */
const savedByConfigManager = earlierCommand((commands, i) => {
  const c = commands[i]!;
  const args = argValues(c);
  return (c.name === 'dnf' || c.name === 'yum-config-manager') && args.includes('--save') && weakDepsOff(args);
});
