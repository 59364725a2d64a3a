import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3005 spec (apt-get dist-upgrade), with the other managers' upgrades.
testRule('os-upgrade', {
  valid: [
    { name: 'installs only', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl') },
    { name: 'named packages', code: lines('FROM rockylinux:9', 'RUN yum update -y openssl && yum clean all', 'FROM alpine:3.22', 'RUN apk upgrade --no-cache openssl') },
    { name: 'a build stage', code: lines('FROM debian:bookworm-slim AS build', 'RUN apt-get update && apt-get -y upgrade', 'FROM scratch', 'COPY --from=build /etc/os-release /') },
    { name: 'pip upgrades are another matter', code: lines('FROM python:3.13-slim', 'RUN pip install --upgrade pip==25.2') },
  ],
  invalid: [
    { name: 'apt-get dist-upgrade', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get dist-upgrade'), findings: [{ line: 2, message: /apt-get dist-upgrade/ }] },
    { name: 'apt-get upgrade with options', code: lines('FROM debian:bookworm-slim', 'RUN apt-get -y -o Dpkg::Options::=--force-confnew upgrade'), findings: [{ line: 2, message: /apt-get upgrade/ }] },
    { name: 'apk', code: lines('FROM alpine:3.22', 'RUN apk upgrade --no-cache'), findings: [{ line: 2 }] },
    { name: 'yum and dnf', code: lines('FROM rockylinux:9', 'RUN yum -y update && yum clean all', 'RUN dnf upgrade -y --refresh', 'RUN microdnf update -y'), findings: [{ line: 2 }, { line: 3 }, { line: 4 }] },
    { name: 'zypper', code: lines('FROM opensuse/leap:15.6', 'RUN zypper -n dist-upgrade && zypper -n dup && zypper -n up'), findings: [{ line: 2 }, { line: 2 }, { line: 2 }] },
  ],
});
