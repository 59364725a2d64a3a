import { flatten } from '../src/graph/lists.js';
import { BUILD_COMMANDS, TOOLCHAIN_PACKAGES } from './data/toolchains.js';
import { goMultiStageFix } from '../src/fix/multi-stage.js';
import { commandLabel, subcommand } from '../src/graph/commands.js';
import { imageHistory } from '../src/graph/image-history.js';
import { displayRef, parseImageRef } from '../src/graph/image-ref.js';
import { runFacts } from '../src/graph/run-facts.js';
import { sourceKind } from '../src/graph/source-kind.js';
import type { RunNode, Stage } from '../src/graph/types.js';
import type { ShellCommand } from '../src/parse/shell/commands.js';
import { baseImageSize } from '../src/model/base-images.js';
import { formatBytes } from '../src/model/bytes.js';
import { toolchainImage } from '../src/model/toolchain-images.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'no-multi-stage',
  category: 'size',
  severity: 'warning',
  aliases: [],
  summary: 'The final image keeps a build toolchain that a multi-stage build would leave behind',
  fixable: true,
  docs: {
    what:
      'Finds a build toolchain in the final image: a compiler or SDK base image (golang, rust, maven, gradle, the .NET SDK, gcc, buildpack-deps) when the image also copies application source from the build context, or compiler packages (build-essential, gcc, build-base, a JDK, golang, cargo) installed and then used to build or install something (make, go build, pip install ...).',
    why:
      'Compilers, SDKs and headers are needed to build, not to run. In a multi-stage build the first stage compiles and the final stage copies only the result onto a small runtime image, which leaves hundreds of MB (and their vulnerabilities) behind.',
    example: 'FROM golang:1.27\nWORKDIR /src\nCOPY . .\nRUN go build -o /app ./cmd/app\nCMD ["/app"]',
    fix:
      'Build in one stage, copy the result into a runtime image:\n\nFROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app ./cmd/app\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nCMD ["/app"]\n\n' +
      '`--fix-unsafe` (not `--fix`) writes this for a single-stage Go build of a static binary (`CGO_ENABLED=0`, `go build -o` a literal path) that an exec-form CMD or ENTRYPOINT starts: the stage becomes `AS build`, and a final stage on the runtime image copies the binary and repeats the image settings (ENV, LABEL, EXPOSE, STOPSIGNAL, CMD, ENTRYPOINT, WORKDIR, and USER for the users the runtime image has). Unsafe because the runtime image has no shell, no package manager and none of the other files of the build stage, which the program may read (templates, certificates, configuration). Other toolchains and installed compilers are left to you.',
    impact:
      'bytes: for a toolchain image, its size minus the runtime image named in rules/data/toolchains.ts; for installed packages, their measured size (rules/data/toolchains.ts).',
    notes:
      'Packages removed again in the same RUN (`apk del .build-deps`, `apt-get purge`, `apt-mark auto` then `--auto-remove`) are not reported. Images that only provide tools (a toolchain image with no application source copied in, compilers installed but not used) are not reported.',
  },
  check({ graph, report }) {
    const history = imageHistory(graph);
    const chain = history.chain;
    if (chain.length === 0) return;

    const root = history.base;
    if (root && root.base.kind === 'image' && copiesSource(chain)) {
      const toolchain = toolchainImage(root.base.ref);
      if (toolchain) {
        const size = baseImageSize(root.base.ref);
        const runtimeRef = parseImageRef(toolchain.runtime);
        const runtime = runtimeRef ? baseImageSize(runtimeRef) : null;
        const saved = size && runtime && size.bytes > runtime.bytes ? size.bytes - runtime.bytes : null;
        const sizeText = size ? ` (${size.exact ? '' : 'about '}${formatBytes(size.bytes)})` : '';
        const savedText = saved !== null ? `, about ${formatBytes(saved)} less` : '';
        report({
          node: root.stage.from,
          message: `the final image is built on ${displayRef(root.base.ref)}${sizeText}, which keeps ${toolchain.label}: build in a separate stage and copy the result into ${toolchain.runtime}${savedText}`,
          impact: { bytes: saved },
          savingsGroup: 'base-image',
          fix: goMultiStageFix(graph, root.stage, toolchain),
        });
      }
    }

    const runs = flatten(chain, (stage) => stage.nodes.filter((n): n is RunNode => n.kind === 'run'));
    runs.forEach((node, i) => {
      for (const install of runFacts(node).osInstalls) {
        const kept = install.packages.filter((p) => !install.removedLater.includes(p));
        const found = TOOLCHAIN_PACKAGES.filter((t) => (t.names[install.manager.id] ?? []).some((n) => kept.includes(n)));
        if (found.length === 0) continue;
        // A toolchain installed and never used to build here is a tools image, not a build.
        if (!runs.slice(i).some((run) => runsBuild(run, run === node ? install.command : null))) continue;
        const biggest = found.reduce((a, b) => (b.bytes > a.bytes ? b : a));
        const names = kept.filter((p) => found.some((t) => (t.names[install.manager.id] ?? []).includes(p)));
        report({
          node,
          start: install.command.start,
          end: install.command.end,
          message: `\`${commandLabel(install.command, install.manager.optionsWithValue)}\` of ${names.join(', ')} leaves ${biggest.label} (~${formatBytes(biggest.bytes)}) in the final image: compile in a build stage and copy only the result`,
          impact: { bytes: biggest.bytes },
        });
      }
    });
  },
});

/** The final image copies application source from the build context: it ships an application. */
function copiesSource(chain: readonly Stage[]): boolean {
  return chain.some((stage) =>
    stage.nodes.some((n) => n.kind === 'copy' && n.from === null && n.sources.some((s) => sourceKind(s, n) === 'source')),
  );
}

/** The RUN compiles or installs with a toolchain (after `after`, when in the same RUN). */
function runsBuild(run: RunNode, after: ShellCommand | null): boolean {
  const commands = runFacts(run).commands;
  const from = after ? commands.indexOf(after) + 1 : 0;
  return commands.slice(from).some((cmd) => {
    const sub = subcommand(cmd);
    return BUILD_COMMANDS.some((b) => b.command === cmd.name && (!b.subcommands || b.subcommands.includes(sub)));
  });
}
