import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('signature-check-disabled', {
  valid: [
    {
      name: 'a source named with its keyring',
      code: lines('FROM debian:bookworm-slim', 'RUN echo "deb [signed-by=/etc/apt/keyrings/x.gpg] https://repo.example.com/apt stable main" > /etc/apt/sources.list.d/x.list'),
    },
    {
      name: 'a local folder of packages the build made',
      code: lines('FROM debian:bookworm-slim', 'RUN tempDir="$(mktemp -d)"; dpkg-scanpackages . > Packages; echo "deb [ trusted=yes ] file://$tempDir ./" > /etc/apt/sources.list.d/temp.list'),
    },
    { name: 'apk packages built by abuild in the same RUN', code: lines('FROM alpine:3.20', 'RUN abuild -r && apk add --no-cache --allow-untrusted /tmp/packages/nginx-module-geoip-1.27.0-r1.apk') },
    { name: 'gpgcheck turned on', code: lines('FROM rockylinux:9', 'RUN sed -i "s/gpgcheck=0/gpgcheck=1/" /etc/yum.repos.d/x.repo && dnf install -y git-2.43.5') },
    { name: 'zypper importing keys on first use', code: lines('FROM opensuse/leap:15.6', 'RUN zypper --gpg-auto-import-keys refresh') },
  ],
  invalid: [
    {
      name: 'an apt source trusted blindly',
      code: lines('FROM debian:bookworm-slim', 'RUN echo "deb [trusted=yes] http://repo.example.com/apt stable main" > /etc/apt/sources.list.d/x.list'),
      findings: [{ line: 2, message: /`\[trusted=yes\]` turns off signature checks of apt for that source.*signing key/, bytes: null }],
    },
    {
      name: 'apt options',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --allow-unauthenticated example', 'RUN apt-get install -y --force-yes other', 'RUN apt-get -o APT::Get::AllowUnauthenticated=true install -y third'),
      findings: [{ line: 2, message: /--allow-unauthenticated/ }, { line: 3, message: /--force-yes/ }, { line: 4, message: /AllowUnauthenticated=true/ }],
    },
    {
      name: 'a downloaded apk installed unchecked',
      code: lines('FROM alpine:3.20', 'RUN wget https://github.com/sgerrand/alpine-pkg-glibc/releases/download/2.35-r1/glibc-2.35-r1.apk && apk add --allow-untrusted glibc-2.35-r1.apk'),
      findings: [{ line: 2, message: /`apk --allow-untrusted`/ }],
    },
    {
      name: 'rpm family',
      code: lines(
        'FROM rockylinux:9',
        'RUN dnf install -y --nogpgcheck example',
        'RUN yum --setopt=example.gpgcheck=0 install -y other',
        'RUN printf "[x]\\nbaseurl=http://repo.example.com\\ngpgcheck=0\\n" > /etc/yum.repos.d/x.repo',
        'RUN rpm -i --nosignature /tmp/x.rpm',
      ),
      findings: [{ line: 2, message: /dnf --nogpgcheck/ }, { line: 3, message: /gpgcheck=0/ }, { line: 4, message: /gpgcheck=0/ }, { line: 5, message: /rpm --nosignature/ }],
    },
    { name: 'zypper without checks', code: lines('FROM opensuse/leap:15.6', 'RUN zypper --no-gpg-checks install -y example'), findings: [{ line: 2, message: /zypper --no-gpg-checks/ }] },
  ],
});
