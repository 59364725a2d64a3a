import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3038 spec, plus the subcommands and settings dfscan also reads.
testRule('dnf-assume-yes', {
  valid: [
    { name: '-y', code: lines('FROM fedora:42', 'RUN dnf install -y httpd-2.24.2 && dnf clean all') },
    { name: '--assumeyes and groups', code: lines('FROM fedora:42', 'RUN dnf groupinstall --assumeyes "Development Tools"', 'RUN dnf -y localinstall /tmp/x.rpm') },
    { name: 'microdnf never asks', code: lines('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install httpd && microdnf clean all') },
    { name: 'dnf.conf written earlier', code: lines('FROM fedora:42', 'RUN echo "assumeyes=True" >> /etc/dnf/dnf.conf', 'RUN dnf install httpd') },
  ],
  invalid: [
    { name: 'install without -y', code: lines('FROM fedora:42', 'RUN dnf install httpd-2.24.2 && dnf clean all'), findings: [{ line: 2, message: /dnf install/ }] },
    { name: 'group and local installs', code: lines('FROM fedora:42', 'RUN dnf groupinstall "Development Tools"', 'RUN dnf localinstall /tmp/x.rpm'), findings: [{ line: 2 }, { line: 3 }] },
    { name: 'upgrade', code: lines('FROM fedora:42', 'RUN dnf upgrade --refresh'), findings: [{ line: 2, message: /dnf upgrade/ }] },
    {
      name: '--fix adds -y after the subcommand',
      code: lines('FROM fedora:41', 'RUN dnf install httpd-2.24.2 && dnf clean all'),
      findings: [{ line: 2 }],
      output: lines('FROM fedora:41', 'RUN dnf install -y httpd-2.24.2 && dnf clean all'),
    },
  ],
});
