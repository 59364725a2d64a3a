import { addFlagFix } from '../src/fix/shell-fixes.js';
import { defineRule } from '../src/rules/types.js';
import { hasFlag } from '../src/graph/commands.js';
import { runFacts } from '../src/graph/run-facts.js';

export default defineRule({
  id: 'wget-progress',
  category: 'style',
  severity: 'info',
  aliases: ['DL3047'],
  programs: ['wget'],
  summary: '`wget` without `--progress` fills the build log with progress lines',
  fixable: true,
  docs: {
    what: 'Finds `wget` without `--progress`, and without `-q`/`--quiet`, `-nv`/`--no-verbose` or a log file (`-o`, `-a`).',
    why:
      'Without a terminal, wget falls back to its "dot" progress display: one line per few kilobytes. A download of a few hundred MB writes thousands of lines into the build log, which slows CI log viewers and hides the output that matters.',
    example: 'FROM debian:bookworm-slim\nRUN wget https://example.com/big.tar.gz',
    fix: 'Use a coarse progress display, or none:\n\nFROM debian:bookworm-slim\nRUN wget --progress=dot:giga https://example.com/big.tar.gz\n\n`--fix` adds `--progress=dot:giga` before the first argument.',
    notes: 'Follows hadolint DL3047.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      for (const cmd of runFacts(node).commands) {
        if (cmd.name !== 'wget') continue;
        if (hasFlag(cmd, '--progress', '-q', '--quiet', '-nv', '--no-verbose', '-o', '--output-file', '-a', '--append-output')) continue;
        if (cmd.args.some((a) => a.value === '-nv' || a.value === '--version' || a.value === '--help')) continue;
        const first = cmd.args[0];
        const fix = first ? addFlagFix(graph, first, '--progress=dot:giga', 'safe', true) : null;
        report({ node, start: cmd.start, end: cmd.end, message: '`wget` without `--progress` writes a progress line every few kB into the build log: add `--progress=dot:giga`, or `-q`', fix });
      }
    }
  },
});
