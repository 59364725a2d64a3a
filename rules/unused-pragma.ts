import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'unused-pragma',
  category: 'style',
  severity: 'warning',
  aliases: [],
  summary: 'An inline ignore pragma or `# check=skip=` name that suppresses nothing (with --report-unused-pragmas)',
  fixable: false,
  runsLast: true,
  docs: {
    what:
      'With `--report-unused-pragmas` (or `report-unused-pragmas: true` in .dfscan.yaml), reports each rule named in a `# dfscan ignore=`, `# dfscan stage ignore=`, `# dfscan global ignore=`, `# hadolint ignore=` or `# hadolint global ignore=` pragma, or in a `# check=skip=` directive, that suppressed no finding, and names in dfscan pragmas that are no rule id or alias at all.',
    why:
      'A pragma outlives the problem it silenced: once the instruction is fixed or moved, the stale pragma would silence the same rule again the next time it fires there, unnoticed. A misspelt rule name silences nothing from the start.',
    example: 'FROM debian:bookworm-slim\n# dfscan ignore=package-cache\nRUN apt-get install -y --no-install-recommends ./local.deb',
    fix: 'Remove the name from the pragma (and the pragma once it names nothing):\n\nFROM debian:bookworm-slim\nRUN apt-get install -y --no-install-recommends ./local.deb',
    notes:
      'Off unless asked for. A name is only judged when its rule ran: a rule switched off by `ignore` in the configuration, or a hadolint code or ShellCheck code (SC1234) that no dfscan rule covers, is left alone, so files shared with hadolint do not report its pragmas. A `# hadolint ignore=` is judged by the dfscan rule that covers the code: where that rule deliberately differs from hadolint (a cache mount counts as clean, a build stage outside the final image is not blamed for size), the pragma is reported although hadolint may still need it. BuildKit check names are compared with their case, as BuildKit does; a wrongly cased name is reported.',
  },
  check({ settings, pragmas, report }) {
    if (!settings.reportUnusedPragmas) return;
    for (const u of pragmas.unused()) report({ start: u.start, end: u.end, message: u.message });
  },
});
