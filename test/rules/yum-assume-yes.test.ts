import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3030 spec, plus the subcommands and settings dfscan also reads.
testRule('yum-assume-yes', {
  valid: [
    { name: '-y', code: lines('FROM centos:7', 'RUN yum install -y httpd-2.24.2 && yum clean all') },
    { name: '--assumeyes and group installs', code: lines('FROM centos:7', 'RUN yum groupinstall --assumeyes "Development Tools"', 'RUN yum localinstall -y /tmp/x.rpm') },
    { name: 'a setting', code: lines('FROM centos:7', 'RUN yum --setopt=assumeyes=1 install httpd-2.24.2') },
    { name: 'yum.conf written earlier', code: lines('FROM centos:7', 'RUN echo "assumeyes=1" >> /etc/yum.conf', 'RUN yum install httpd-2.24.2') },
    { name: 'subcommands that do not ask', code: lines('FROM centos:7', 'RUN yum clean all && yum makecache && yum list installed') },
  ],
  invalid: [
    { name: 'install without -y', code: lines('FROM centos:7', 'RUN yum install httpd-2.24.2 && yum clean all'), findings: [{ line: 2, message: /yum install/ }] },
    { name: 'group and local installs', code: lines('FROM centos:7', 'RUN yum groupinstall "Development Tools"', 'RUN yum localinstall /tmp/x.rpm'), findings: [{ line: 2 }, { line: 3 }] },
    { name: 'update', code: lines('FROM centos:7', 'RUN yum update'), findings: [{ line: 2, message: /yum update/ }] },
    {
      name: '--fix adds -y after the subcommand',
      code: lines('FROM centos:7', 'RUN yum install httpd-2.24.2 && yum clean all'),
      findings: [{ line: 2 }],
      output: lines('FROM centos:7', 'RUN yum install -y httpd-2.24.2 && yum clean all'),
    },
  ],
});
