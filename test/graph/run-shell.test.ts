import { describe, expect, it } from 'vitest';
import { DEFAULT_SHELL, runShell } from '../../src/graph/run-shell.js';
import type { RunNode } from '../../src/graph/types.js';
import { lines } from '../helpers/analyze.js';
import { graphOf } from '../helpers/graph.js';

describe('runShell', () => {
  it('is the last SHELL before the RUN in its stage or the stages it is built on, else /bin/sh -c', async () => {
    const g = await graphOf(
      lines(
        'FROM debian:bookworm-slim AS base',
        'RUN echo 1',
        'SHELL ["/bin/bash", "-c"]',
        'RUN echo 2',
        'FROM base AS middle',
        'RUN echo 3',
        'FROM middle AS low',
        'SHELL ["/bin/bash", "-eo", "pipefail", "-c"]',
        'RUN echo 4',
        'FROM base AS beside',
        'RUN echo 5',
        'SHELL ["/bin/dash", "-c"]',
        'FROM beside',
        'RUN echo 6',
        'FROM low',
        'RUN echo 7',
        'FROM debian:bookworm-slim',
        'RUN echo 8',
      ),
    );
    const runs = g.nodes.filter((n): n is RunNode => n.kind === 'run');
    expect(runs.map((r) => runShell(r).join(' '))).toEqual([
      '/bin/sh -c',
      '/bin/bash -c',
      '/bin/bash -c',
      '/bin/bash -eo pipefail -c',
      '/bin/bash -c',
      '/bin/dash -c',
      '/bin/bash -eo pipefail -c',
      '/bin/sh -c',
    ]);
    // Callers tell the default by identity.
    expect(runShell(runs[0]!)).toBe(DEFAULT_SHELL);
    expect(runShell(runs[7]!)).toBe(DEFAULT_SHELL);
  });
});
