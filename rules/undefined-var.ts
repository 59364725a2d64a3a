import { flatten } from '../src/graph/lists.js';
import { rootStage } from '../src/graph/stages.js';
import { PLATFORM_ARGS } from '../src/graph/scope.js';
import { suggester } from '../src/rules/similar.js';
import { defineRule } from '../src/rules/types.js';
import { BUILDKIT_ARG_PREFIX, PROXY_ARGS } from './data/dockerfile.js';

export default defineRule({
  id: 'undefined-var',
  category: 'correctness',
  severity: 'warning',
  aliases: ['UndefinedVar'],
  summary: 'A variable is used where no ARG or ENV defines it',
  fixable: false,
  docs: {
    what:
      'Reports a `$VAR` in an instruction Docker expands (COPY, ADD, ENV, LABEL, WORKDIR, USER, EXPOSE, VOLUME, STOPSIGNAL, ARG defaults) that nothing defines at that line: a global ARG used in a stage that has not declared it again, an automatic platform argument (`TARGETARCH`) used without `ARG TARGETARCH`, a near-miss of a defined name (a typo), or, in a stage built on scratch, any undefined name.',
    why: 'Docker replaces an undefined variable by the empty string without a word: `COPY app-$VERSION.jar /app.jar` copies `app-.jar`, `WORKDIR /opt/$APP` is `/opt/`.',
    example: 'ARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nCOPY target/app-$VERSION.jar /app.jar',
    fix: 'Declare the global ARG again inside the stage:\n\nARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nARG VERSION\nCOPY target/app-$VERSION.jar /app.jar',
    notes:
      'BuildKit also knows the environment of the base image, which it pulls; dfscan works offline, so in a stage built on an image it reports only what cannot come from that image (global ARGs not declared again, platform ARGs, near-misses of defined names). RUN is not checked: the shell expands its variables, which may be its own. References with a default (`${VAR:-x}`) are not reported. Proxy variables (`HTTP_PROXY`, ...) are predefined, and Docker gives every image a default PATH.',
  },
  check({ graph, report }) {
    const globals = new Set(flatten(graph.globalArgs, (a) => a.vars.map((v) => v.name)));
    const defined = new Set<string>([...globals, ...PLATFORM_ARGS.keys()]);
    for (const n of graph.nodes) if (n.kind === 'arg' || n.kind === 'env') for (const v of n.vars) defined.add(v.name);
    // The nearest name is worked out once a name (an edit distance to every defined name each time
    // took seconds on a line of thousands of references), and each name is reported once an instruction.
    const nearest = suggester(defined);
    for (const stage of graph.stages) {
      const knownEnv = rootStage(graph, stage)!.base.kind === 'scratch';
      for (const node of stage.nodes) {
        const named = new Set<string>();
        for (const use of node.references) {
          if (use.state !== 'undeclared' || use.guarded || PROXY_ARGS.has(use.name) || use.name === 'PATH' || use.name.startsWith(BUILDKIT_ARG_PREFIX)) continue;
          if (named.has(use.name)) continue;
          named.add(use.name);
          let why: string | null = null;
          if (globals.has(use.name)) why = `the global ARG ${use.name} is not visible in a stage until the stage declares it again: add \`ARG ${use.name}\` to this stage`;
          else if (PLATFORM_ARGS.has(use.name)) why = `the automatic ${use.name} is visible in a stage only after \`ARG ${use.name}\`: add it to this stage`;
          else {
            // A base image defines variables of its own: only a one-letter slip counts as a typo there.
            const near = nearest(use.name, knownEnv ? 3 : 1);
            if (near) why = `nothing defines it here (did you mean $${near}?)`;
            else if (knownEnv) why = 'no ARG or ENV defines it, and the stage is built on scratch';
          }
          if (why) report({ node, start: use.start, end: use.end, message: `$${use.name} expands to nothing: ${why}` });
        }
      }
    }
  },
});
