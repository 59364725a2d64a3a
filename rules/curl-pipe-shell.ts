import { LOCAL_HOSTS } from './data/downloads.js';
import { DOWNLOADERS, runDownloads } from '../src/graph/downloads.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'curl-pipe-shell',
  category: 'security',
  severity: 'warning',
  aliases: [],
  programs: DOWNLOADERS,
  summary: 'A download is run as a script straight from the network (`curl ... | sh`)',
  fixable: false,
  docs: {
    what:
      'Finds `curl` and `wget` downloads whose output goes straight into an interpreter as its script: piped into a shell, Python, Perl, Ruby, Node or PHP that reads its script from stdin (`| sh`, `| bash -s -- -y`, `| python3 -`, `| bash /dev/stdin`), or substituted as the script of `sh -c "$(curl ...)"`, `bash <(curl ...)` or `eval "$(curl ...)"`.',
    why:
      'The script runs, as root and with the build\'s network and secrets, before anything could look at it: whoever controls the server, the DNS or the path to it decides what the image contains, and nothing in the build notices a changed script. A connection cut mid-transfer can also run half a script. Saved to a file first, the same script can be checked against a known sha256 before it runs.',
    example: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://example.com/install.sh | sh',
    fix:
      'Fetch a fixed version of the script to a file, check its digest, then run it (or install the tool from a package or a checksummed release):\n\nFROM debian:bookworm-slim\nARG INSTALLER_SHA256=<sha256 of install.sh 1.4.2>\nRUN curl -fsSLo /tmp/install.sh https://example.com/1.4.2/install.sh \\\n && echo "${INSTALLER_SHA256}  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh && rm /tmp/install.sh',
    notes:
      'Reported whatever the URL: a version in it (`setup_20.x`, `v0.40.1/install.sh`) fixes which script is asked for, not what is served. Output read as data is not reported: `curl ... | python3 -c "..."`, `| bash ./parse.sh`, `| perl -ne ...`, `| jq`, a key piped into gpg. Downloads from the build machine itself (localhost, host.docker.internal) are not reported. A script saved to a file and run without a check is left to unverified-download, which also reports the pipe when the URL names no version; this rule is about running unread code, that one about builds that change with the server.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'run') continue;
      for (const dl of runDownloads(node).downloads) {
        const runner = dl.executedBy;
        if (!runner || LOCAL_HOSTS.test(dl.url)) continue;
        const how = dl.pipedTo === runner ? `piped into \`${runner.name}\`` : `run by \`${runner.name}\``;
        const plain = /^http:\/\//i.test(dl.url) ? ', over plain HTTP,' : '';
        report({
          node,
          start: Math.min(dl.command.start, runner.start),
          end: Math.max(dl.command.end, runner.end),
          message: `\`${dl.command.name}\` output from ${short(dl.url)}${plain} is ${how} as a script, unchecked: whoever controls that URL decides what this build runs as root; save it to a file, check its sha256, then run it`,
        });
      }
    }
  },
});

function short(url: string): string {
  return url.length > 70 ? `${url.slice(0, 67)}...` : url;
}
