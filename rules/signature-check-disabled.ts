import { checksOff } from '../src/graph/verification-switches.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'signature-check-disabled',
  category: 'security',
  severity: 'warning',
  aliases: [],
  summary: 'Package signature checks are turned off (`--allow-unauthenticated`, `[trusted=yes]`, `--nogpgcheck`, `apk --allow-untrusted`)',
  fixable: false,
  docs: {
    what:
      'Finds package installs told to skip the signature check: `apt-get --allow-unauthenticated`, `--allow-insecure-repositories` or `--force-yes`, `-o APT::Get::AllowUnauthenticated=true`, a source line written with `[trusted=yes]`, `apk add --allow-untrusted`, `yum`/`dnf`/`microdnf --nogpgcheck` or `--setopt=gpgcheck=0`, `gpgcheck=0` written into a .repo file, `zypper --no-gpg-checks`, `rpm --nosignature`/`--nodigest`.',
    why:
      'A package manager\'s signature check is what ties a package to its publisher: mirrors, proxies and caches in between cannot change what gets installed. Without it, whoever serves the repository (a compromised mirror, a spoofed HTTP repository, a typo in a URL) chooses the code that runs as root in the image, and nothing in the build log shows it.',
    example: 'FROM debian:bookworm-slim\nRUN echo "deb [trusted=yes] http://repo.example.com/apt stable main" > /etc/apt/sources.list.d/example.list \\\n && apt-get update && apt-get install -y --no-install-recommends example \\\n && rm -rf /var/lib/apt/lists/*',
    fix:
      'Install the repository\'s signing key and name it for that source; for a local package, check its digest before installing it:\n\nFROM debian:bookworm-slim\nCOPY example-archive-keyring.gpg /etc/apt/keyrings/example.gpg\nRUN echo "deb [signed-by=/etc/apt/keyrings/example.gpg] https://repo.example.com/apt stable main" > /etc/apt/sources.list.d/example.list \\\n && apt-get update && apt-get install -y --no-install-recommends example \\\n && rm -rf /var/lib/apt/lists/*\n\n# apk: COPY the key to /etc/apk/keys/; rpm/dnf: rpm --import KEY and keep gpgcheck=1',
    notes:
      'Every stage is checked. `apk add --allow-untrusted` of a package built in an earlier stage of the same build is still reported: sign it with `abuild-sign` or check its sha256 to keep the guarantee that it is the package that stage built. `zypper --gpg-auto-import-keys` (trust a repository\'s new key on first use) is not reported. A `sed -i` counts only for what it writes (`s/gpgcheck=1/gpgcheck=0/` is reported, the reverse is not).',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      for (const off of checksOff(node)) {
        if (off.kind !== 'signature') continue;
        report({
          node,
          start: off.start,
          end: off.end,
          message: `\`${off.label}\` turns off ${off.what}: whoever serves the repository or package decides what is installed as root; install the publisher's signing key instead`,
        });
      }
    }
  },
});
