import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('dnf-weak-deps', {
  valid: [
    { name: 'weak dependencies off', code: lines('FROM fedora:41', 'RUN dnf install -y --setopt=install_weak_deps=False python3-pip && dnf clean all', 'RUN dnf --setopt install_weak_deps=0 install -y git') },
    { name: 'turned off in dnf.conf earlier, through a base stage', code: lines('FROM fedora:41 AS base', 'RUN echo "install_weak_deps=False" >> /etc/dnf/dnf.conf', 'FROM base', 'RUN dnf install -y git') },
    { name: 'saved by config-manager', code: lines('FROM rockylinux:9', 'RUN dnf config-manager --setopt=install_weak_deps=False --save && dnf install -y git') },
    { name: 'yum on CentOS 7, which has no weak dependencies', code: lines('FROM centos:7', 'RUN yum install -y git && yum clean all') },
    { name: 'microdnf', code: lines('FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4', 'RUN microdnf install -y git && microdnf clean all') },
    { name: 'a build stage', code: lines('FROM fedora:41 AS build', 'RUN dnf install -y gcc make', 'FROM scratch', 'COPY --from=build /out /') },
  ],
  invalid: [
    {
      name: 'dnf install',
      code: lines('FROM fedora:41', 'RUN dnf install -y python3-pip && dnf clean all'),
      findings: [{ line: 2, message: /`dnf install` without --setopt=install_weak_deps=False also installs the weak dependencies/, bytes: null }],
    },
    {
      name: 'yum where yum is dnf',
      code: lines('FROM rockylinux:9', 'RUN yum install -y git'),
      findings: [{ line: 2, message: /`yum install`/ }],
    },
    {
      name: 'yum on CentOS Stream, through a stage alias',
      code: lines('FROM quay.io/centos/centos:stream9 AS base', 'FROM base', 'RUN yum -y install httpd'),
      findings: [{ line: 3 }],
    },
    {
      name: 'the setting written after the install',
      code: lines('FROM amazonlinux:2023', 'RUN dnf install -y tar && echo "install_weak_deps=False" >> /etc/dnf/dnf.conf'),
      findings: [{ line: 2 }],
    },
    {
      name: '--fix-unsafe turns weak dependencies off for the install',
      code: lines('FROM fedora:41', 'RUN dnf install -y python3-pip && dnf clean all'),
      findings: [{ line: 2 }],
      output: lines('FROM fedora:41', 'RUN dnf install --setopt=install_weak_deps=False -y python3-pip && dnf clean all'),
      unsafe: true,
    },
  ],
});
