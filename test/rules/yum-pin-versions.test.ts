import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Cases from hadolint's own spec for yum-pin-versions, plus dfscan's documented differences.
testRule('yum-pin-versions', {
  valid: [
    { name: 'pinned', code: lines('FROM rockylinux:9', 'RUN yum install -y tomcat-9.2 && yum clean all', 'RUN yum install -y openssl-1:1.1.1k', 'RUN yum install -y rpm-sign-4.16.1.3', 'RUN yum install -y gcc-c++-1.1.1') },
    { name: 'not a yum command', code: lines('FROM rockylinux:9', 'RUN bash -c `# not even a yum command`') },
    { name: 'a module stream', code: lines('FROM rockylinux:9', 'RUN yum module install -y tomcat:9 && yum clean all') },
    { name: 'a version in a variable', code: lines('FROM rockylinux:9', 'RUN yum install -y "git-core-${GIT_VER}" && yum clean all', 'RUN yum install -y tomcat-$VERSION && yum clean all') },
    { name: 'local files, URLs and groups', code: lines('FROM rockylinux:9', 'RUN yum install -y /tmp/x.rpm https://example.com/y.rpm @development "pkgconfig(zlib)"') },
  ],
  invalid: [
    { name: 'unpinned', code: lines('FROM rockylinux:9', 'RUN yum install -y tomcat && yum clean all'), findings: [{ line: 2, message: /tomcat/ }] },
    { name: 'a module without a stream', code: lines('FROM rockylinux:9', 'RUN yum module install -y tomcat && yum clean all'), findings: [{ line: 2, message: /yum\ module\ install/ }] },
  ],
});
