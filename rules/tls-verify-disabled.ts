import { checksOff } from '../src/graph/verification-switches.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'tls-verify-disabled',
  category: 'security',
  severity: 'warning',
  aliases: [],
  summary: 'TLS certificate checks are turned off (`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, `NODE_TLS_REJECT_UNAUTHORIZED=0`)',
  fixable: false,
  docs: {
    what:
      'Finds the switches that make a download accept any certificate: `curl -k`/`--insecure`, `wget --no-check-certificate`, `pip install --trusted-host`, `npm`/`yarn config set strict-ssl false`, `git config http.sslVerify false`, `conda config --set ssl_verify false`, composer\'s `disable-tls`, apt\'s `Acquire::https::Verify-Peer=false` (given as an option or written into apt.conf), `check_certificate = off` in .wgetrc; and the variables that do the same: `NODE_TLS_REJECT_UNAUTHORIZED=0`, `GIT_SSL_NO_VERIFY`, `PYTHONHTTPSVERIFY=0`, `NPM_CONFIG_STRICT_SSL=false`, `PIP_TRUSTED_HOST`, `CONDA_SSL_VERIFY=false` in ENV, ARG or on a RUN line.',
    why:
      'Without the certificate check, HTTPS still encrypts but no longer says who is at the other end: a proxy, a poisoned DNS answer or anyone on the network path can serve their own package, binary or script, and the build installs it as root. Set with ENV the switch also stays in the image, so the application itself then talks to any server that claims to be its database or payment API. The usual reason for the switch is a company proxy that re-signs TLS: trusting that proxy\'s CA fixes the cause and keeps the check.',
    example: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir --trusted-host pypi.org --trusted-host files.pythonhosted.org flask==3.0.3',
    fix:
      'Trust the proxy\'s CA certificate instead (a secret mount keeps it out of the image when only the build needs it):\n\nFROM python:3.12-slim\nCOPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt\nRUN update-ca-certificates\nENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt\nRUN pip install --no-cache-dir flask==3.0.3\n\n# Node: NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/corp-ca.crt; curl: --cacert FILE',
    notes:
      'Every stage is checked: a build stage that fetches without checks can put anything in the artifacts it hands on. A download over plain `http://` is not reported here (unverified-download reports downloads with neither a pinned version nor a checksum). A switch inside a branch (`if [ -n "$INSECURE" ]; then ... fi`) is reported as well, since the build can take that branch.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      for (const off of checksOff(node)) {
        if (off.kind !== 'tls') continue;
        const kept = node.kind === 'env' ? '; set by ENV, it stays on in the running container' : '';
        report({
          node,
          start: off.start,
          end: off.end,
          message: `\`${off.label}\` turns off ${off.what}: anyone on the network path can serve what this build installs${kept}; trust the proxy's CA certificate instead (update-ca-certificates)`,
        });
      }
    }
  },
});
