import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Cases from hadolint's own spec for dnf-pin-versions, plus dfscan's documented differences.
testRule('dnf-pin-versions', {
  valid: [
    { name: 'pinned', code: lines('FROM fedora:42', 'RUN dnf install -y tomcat-9.0.1 && dnf clean all', 'RUN microdnf install -y tomcat-9.0.1 && microdnf clean all', 'RUN dnf install -y rpm-sign-4.16.1.3', 'RUN dnf install -y gcc-c++-1.1.1', 'RUN microdnf install -y openssl-1:1.1.1k') },
    { name: 'not dnf', code: lines('FROM fedora:42', 'RUN notdnf install tomcat') },
    { name: 'module streams', code: lines('FROM fedora:42', 'RUN dnf module install -y tomcat:9 && dnf clean all', 'RUN microdnf module install -y tomcat:9') },
    { name: 'a version in a variable', code: lines('FROM fedora:42', 'RUN dnf install -y "git-core-${GIT_VER}" && dnf clean all', 'RUN dnf install -y tomcat-$VERSION && dnf clean all') },
  ],
  invalid: [
    { name: 'unpinned', code: lines('FROM fedora:42', 'RUN dnf install -y tomcat && dnf clean all', 'RUN microdnf install -y tomcat && microdnf clean all'), findings: [{ line: 2, message: /tomcat/ }, { line: 3, message: /microdnf\ install/ }] },
    { name: 'a name with a dash', code: lines('FROM fedora:42', 'RUN dnf install -y rpm-sign && dnf clean all'), findings: [{ line: 2, message: /rpm\-sign/ }] },
    { name: 'a module without a stream', code: lines('FROM fedora:42', 'RUN dnf module install -y tomcat && dnf clean all'), findings: [{ line: 2 }] },
  ],
});
