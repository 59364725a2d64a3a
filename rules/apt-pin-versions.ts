import { defineRule } from '../src/rules/types.js';
import { checkPins, pinPrograms } from '../src/rules/pin-check.js';

export default defineRule({
  id: 'apt-pin-versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3008'],
  programs: pinPrograms('apt'),
  summary: '`apt-get install` names a package without a version',
  fixable: false,
  docs: {
    what: 'Finds `apt-get install` (and `apt install`) commands that name a package without `=version`. Local `.deb` files and paths are not reported.',
    why: 'Without a version, the package is whatever the archive holds on the day of the build: two builds of the same Dockerfile can differ, and a rebuild months later may pull a new major version that breaks the image.',
    example: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    fix: 'Pin each package to the version you tested (`apt-cache policy curl` shows it); `=1.2*` pins a version prefix:\n\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 \\\n && rm -rf /var/lib/apt/lists/*',
    notes: 'Covers hadolint DL3008, and also `apt install`, which hadolint does not check (DL3027 reports `apt` itself). A package whose name comes from a variable (`$PKGS`) cannot be judged and is not reported.',
  },
  check(context) {
    checkPins(context, 'apt');
  },
});
