/**
 * copy-before-install's fix: the source COPY (`COPY . .`) gives its place to a COPY of the
 * manifests and lockfiles the install reads (those that exist in the build context), and moves
 * to just after the install's RUN:
 *
 *   COPY . .                 →   COPY package.json package-lock.json ./
 *   RUN npm ci                   RUN npm ci
 *                                COPY . .
 *
 * Offered only where the image stays the same: the COPY copies the context root with nothing
 * but --chown/--chmod/--link; between it and the RUN stand only instructions that read nothing
 * from the context; the RUN reads nothing but those files (rules/data/manifest-copies.ts says
 * per ecosystem what more an install may read); and the context holds nothing the moved COPY
 * would lay over what the install wrote (node_modules). Where the install needs no file at all
 * (system packages), the COPY just moves below it.
 */
import { CONTEXT_FREE_COMMANDS, LOCAL_PACKAGE, MANIFEST_COPIES, type ManifestCopy } from '../../rules/data/manifest-copies.js';
import { osPackageManagerOf } from '../../rules/data/os-packages.js';
import type { BuildContext } from '../context/build-context.js';
import { commandCwd } from '../graph/command-cwd.js';
import { hasFlag, positionals, subcommand } from '../graph/commands.js';
import { joinPath, removes } from '../graph/paths.js';
import { runFacts, type DependencyInstall } from '../graph/run-facts.js';
import type { CopyNode, Graph, Node, RunNode } from '../graph/types.js';
import type { ShellCommand } from '../parse/shell/commands.js';
import { splitWords } from '../parse/words.js';
import type { Fix, SourceEdit } from '../rules/types.js';
import { deleteInstruction, eolOf, indentOf, insertLineAfter, lineStartOf } from './edits.js';

const KEPT_FLAGS = new Set(['chown', 'chmod', 'link']);
const PRAGMA = /^#\s*(dfscan|hadolint)\b.*ignore\s*=/;

export function manifestCopyFix(graph: Graph, context: BuildContext | null, copy: CopyNode): Fix | null {
  if (!context || context.truncated || copy.exec || copy.from !== null || !copy.stage) return null;
  if (!copy.sources.some((s) => /^\.?\/?$/.test(s.value)) || copy.flags.some((f) => !KEPT_FLAGS.has(f.name))) return null;
  if (hasPragmaAbove(graph, copy)) return null;
  const dest = joinPath(copy.workdir, copy.dest);
  if (dest === '/') return null;
  const files = new Set(context.files.map((f) => f.path));
  const exists = (p: string): boolean => files.has(p) || context.files.some((f) => f.path.startsWith(`${p}/`));
  return moveFix(graph, context, copy, dest, exists) ?? prefetchFix(graph, context, copy, dest, exists);
}

/** The COPY moves below the first install, with the manifests it reads copied in its place. */
function moveFix(graph: Graph, context: BuildContext, copy: CopyNode, dest: string, exists: (p: string) => boolean): Fix | null {
  if (!copy.stage) return null;

  // Walk to the first RUN that installs; everything on the way must read nothing from the context.
  const nodes = copy.stage.nodes;
  let target: RunNode | null = null;
  for (const n of nodes.slice(nodes.indexOf(copy) + 1)) {
    if (n.kind === 'run') {
      const facts = runFacts(n);
      if (facts.dependencyInstalls.length > 0 || facts.osInstalls.length > 0) {
        target = n;
        break;
      }
      if (!readsNothing(n, dest)) return null;
    } else if (!neutral(n, copy)) {
      return null;
    }
  }
  if (!target || !readsNothing(target, dest, true)) return null;

  const needed: string[] = [];
  for (const install of runFacts(target).dependencyInstalls) {
    const found = manifestsFor(install, target, dest, context, exists);
    if (found === null) return null;
    for (const f of found) if (!needed.includes(f)) needed.push(f);
  }

  const text = graph.file.source.text;
  const moved = text.slice(copy.raw.start, copy.raw.end);
  const edits: SourceEdit[] = [insertLineAfter(graph, target, moved, indentOf(text, copy.raw.start))];
  const installLine = graph.file.source.lines.lineOf(target.raw.start);
  if (needed.length === 0) {
    const removal = deleteInstruction(graph, copy);
    if (!removal) return null;
    edits.unshift(removal);
    return { description: `move \`${oneLine(moved)}\` below the install on line ${installLine}`, safety: 'safe', edits };
  }
  edits.unshift({ start: copy.raw.start, end: copy.raw.end, text: manifestCopy(copy, needed, graph.file.escape) });
  return { description: `copy ${needed.join(' ')} first and the rest after the install on line ${installLine}`, safety: 'safe', edits };
}

/**
 * For a build that fetches as it goes (`go build`): the manifests are copied and the fetch run
 * (`go mod download`) just above the source COPY, which stays where it is; the build then finds
 * everything fetched. Not where the build uses mounts (a cache mount keeps the modules out of
 * the image, a secret may be what the fetch needs), where variables that steer the fetch or
 * the user change between the two, or where the context vendors its dependencies.
 */
function prefetchFix(graph: Graph, context: BuildContext, copy: CopyNode, dest: string, exists: (p: string) => boolean): Fix | null {
  const stage = copy.stage!;
  if (copy.workdir !== dest) return null;
  const after = stage.nodes.slice(stage.nodes.indexOf(copy) + 1);
  const buildAt = after.findIndex((n) => n.kind === 'run' && runFacts(n).dependencyInstalls.length > 0);
  const build = after[buildAt];
  if (!build || build.kind !== 'run' || build.mounts.length > 0) return null;
  const installs = runFacts(build).dependencyInstalls;
  const first = installs[0]!;
  const spec = MANIFEST_COPIES.find((m) => m.ecosystem === first.ecosystem.id);
  const prefetch = spec?.prefetch;
  if (!spec || !prefetch || first.kind !== 'build' || installs.some((d) => d.ecosystem !== first.ecosystem)) return null;
  if (commandCwd(build, first.command) !== dest || !exists(spec.files[0]!)) return null;
  if ([...spec.blockers, ...spec.outputs, ...prefetch.outputs].some(exists)) return null;
  const between = after.slice(0, buildAt);
  if (between.some((n) => n.kind === 'other' && (n.keyword === 'USER' || n.keyword === 'WORKDIR'))) return null;
  if (between.some((n) => (n.kind === 'env' || n.kind === 'arg') && n.vars.some((v) => prefetch.env.test(v.name)))) return null;
  if (installs.some((d) => d.command.assignments.some((a) => prefetch.env.test(a.name)))) return null;
  // `go env -w`, `git config` (private modules) before the build may change how it fetches.
  const before = [...between.flatMap((n) => (n.kind === 'run' ? runFacts(n).commands : [])), ...runFacts(build).commands.slice(0, runFacts(build).commands.indexOf(first.command))];
  if (before.some((c) => c.name === 'go' || c.name === 'git')) return null;
  const found = spec.files.filter((f) => context.files.some((x) => x.path === f));
  if (!readsOnly(spec, found, [], context)) return null;

  const text = graph.file.source.text;
  const at = lineStartOf(text, copy.raw.start);
  if (text.slice(at, copy.raw.start).trim() !== '') return null;
  const indent = text.slice(at, copy.raw.start);
  const eol = eolOf(text, copy.raw.start);
  const run = copy.raw.keywordText === copy.raw.keywordText.toLowerCase() ? 'run' : 'RUN';
  const lines = `${indent}${manifestCopy(copy, found, graph.file.escape)}${eol}${indent}${run} ${prefetch.command}${eol}`;
  return { description: `copy ${found.join(' ')} and run \`${prefetch.command}\` before the source`, safety: 'safe', edits: [{ start: at, end: at, text: lines }] };
}

/** `COPY --chown=app package.json package-lock.json ./`, keyword cased as the original. */
function manifestCopy(copy: CopyNode, files: readonly string[], escape: string): string {
  const keyword = copy.raw.keywordText === copy.raw.keywordText.toLowerCase() ? 'copy' : 'COPY';
  const flags = copy.flags.map((f) => copy.raw.args.text.slice(f.start, f.end));
  const destWord = destinationWord(copy, escape);
  const dest = destWord.endsWith('/') ? destWord : `${destWord}/`;
  return [keyword, ...flags, ...files.map(quoteIfNeeded), dest].join(' ');
}

function destinationWord(copy: CopyNode, escape = '\\'): string {
  const words = splitWords(copy.args.text, escape, false);
  return words[words.length - 1]?.raw ?? '';
}

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z0-9._@+-]+$/.test(name) ? name : JSON.stringify(name);
}

/**
 * The files an install reads, relative to the context root; null when it may read more, or
 * when the moved COPY would overwrite what it writes.
 */
function manifestsFor(install: DependencyInstall, run: RunNode, dest: string, context: BuildContext, exists: (p: string) => boolean): string[] | null {
  if (install.kind !== 'install' || install.needsSource) return null;
  const cmd = install.command;
  const spec = MANIFEST_COPIES.find((m) => m.ecosystem === install.ecosystem.id && (!m.subcommands || m.subcommands.includes(subcommand(cmd))));
  if (!spec) return null;
  const cwd = commandCwd(run, cmd);
  if (cwd === null) return null;
  if (spec.requiredOptions?.some((alternatives) => !hasFlag(cmd, ...alternatives))) return null;
  if (spec.blockers.some(exists) || spec.outputs.some(exists)) return null;
  const packages = positionals(cmd, spec.fileOptions).slice(1);
  if (spec.localArgument && packages.some((w) => spec.localArgument!.test(w.value ?? w.text))) return null;
  if (spec.argumentsSaved && packages.length > 0 && !hasFlag(cmd, ...spec.argumentsSaved.unless)) return null;

  const found: string[] = [];
  if (spec.files.length > 0) {
    // Root manifests are read from the working directory, which must be where the context root lands.
    if (cwd !== dest || !exists(spec.files[0]!)) return null;
    found.push(...spec.files.filter((f) => context.files.some((x) => x.path === f)));
  }
  const written = optionFiles(cmd, spec);
  if (written === null) return null;
  const named: string[] = [];
  for (const w of written) {
    const path = joinPath(cwd, w);
    const rel = path.startsWith(`${dest}/`) ? path.slice(dest.length + 1) : null;
    // A file in a sub-folder would need a COPY of its own to keep its place.
    if (rel === null || rel.includes('/') || !context.files.some((f) => f.path === rel)) return null;
    named.push(rel);
    if (!found.includes(rel)) found.push(rel);
  }
  if (!readsOnly(spec, found, named, context)) return null;
  return found;
}

/** Values of the options that name files (`-r requirements.txt`, `--requirement=req.txt`). */
function optionFiles(cmd: ShellCommand, spec: ManifestCopy): string[] | null {
  const out: string[] = [];
  const options = spec.fileOptions ?? [];
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i]!.value;
    if (v === null) return null;
    for (const o of options) {
      if (v === o) {
        const next = cmd.args[i + 1]?.value;
        if (!next) return null;
        out.push(next);
      } else if (v.startsWith(`${o}=`)) {
        out.push(v.slice(o.length + 1));
      }
    }
  }
  return out;
}

/** No manifest shows that the install reads more than the files copied. */
function readsOnly(spec: ManifestCopy, found: readonly string[], named: readonly string[], context: BuildContext): boolean {
  for (const check of spec.readsMore ?? []) {
    const files = check.file === null ? named : found.includes(check.file) ? [check.file] : [];
    for (const f of files) {
      const content = context.read(f);
      if (content === null || check.pattern.test(content)) return false;
    }
  }
  return true;
}

/**
 * A RUN whose commands read nothing from the context and leave the folder the source lands in
 * alone (no file written there that the moved COPY would replace, none deleted that it would bring
 * back); with `installs`, dependency installs are allowed too (checked on their own).
 */
function readsNothing(run: RunNode, dest: string, installs = false): boolean {
  if (run.mounts.some((m) => m.type === 'bind' && m.from === null)) return false;
  const facts = runFacts(run);
  if (run.exec === null && run.commands.length === 0) return false;
  const inDest = (p: string): boolean => p === dest || p.startsWith(`${dest}/`) || p.startsWith('~') === false && dest.startsWith(`${p}/`);
  if (facts.creates.some((c) => inDest(c.path))) return false;
  if (facts.deletes.some((d) => removes(d.target, dest) || inDest(d.target.path))) return false;
  return facts.commands.every((c) => {
    if (facts.dependencyInstalls.some((d) => d.command === c)) return installs;
    const manager = osPackageManagerOf(c.name);
    if (manager) return positionals(c, manager.optionsWithValue).slice(1).every((w) => w.value !== null && !LOCAL_PACKAGE.test(w.value));
    if (!CONTEXT_FREE_COMMANDS.has(c.name)) return false;
    if (c.redirects.some((r) => !(r.value ?? '').startsWith('/'))) return false;
    const paths = positionals(c).slice(c.name === 'chmod' || c.name === 'chown' ? 1 : 0);
    return c.name === 'cd' || !['rm', 'mkdir', 'ln', 'chmod', 'chown'].includes(c.name) || paths.every((w) => (w.value ?? '').startsWith('/'));
  });
}

/** An instruction the COPY may move across: it neither reads the context nor changes what the COPY does. */
function neutral(n: Node, copy: CopyNode): boolean {
  const usesVariables = copy.raw.args.text.includes('$');
  switch (n.kind) {
    case 'env':
    case 'arg':
      return !usesVariables;
    case 'label':
    case 'cmd':
    case 'entrypoint':
      return true;
    case 'other':
      // A WORKDIR changes where a relative destination points.
      if (n.keyword === 'WORKDIR') return !usesVariables && destinationWord(copy).startsWith('/');
      return ['EXPOSE', 'USER', 'STOPSIGNAL', 'HEALTHCHECK', 'MAINTAINER'].includes(n.keyword);
    default:
      return false;
  }
}

function hasPragmaAbove(graph: Graph, node: Node): boolean {
  const lines = graph.file.source.lines;
  const byLine = new Map(graph.file.comments.map((c) => [c.line, c]));
  for (let l = lines.lineOf(node.raw.start) - 1; byLine.has(l); l--) {
    const c = byLine.get(l)!;
    if (PRAGMA.test(graph.file.source.text.slice(c.start, c.end))) return true;
  }
  return false;
}

function oneLine(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}
