import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Cases from hadolint's own spec for zypper-pin-versions, plus dfscan's documented differences.
testRule('zypper-pin-versions', {
  valid: [
    { name: 'pinned in different ways', code: lines('FROM opensuse/leap:15.6', 'RUN zypper install -y tomcat=9.0.39 && zypper clean', 'RUN zypper install -y tomcat\\>=9.0 && zypper clean', 'RUN zypper install -y tomcat\\>9.0 && zypper clean', 'RUN zypper install -y tomcat\\<=9.0 && zypper clean', 'RUN zypper install -y tomcat\\<9.0 && zypper clean', 'RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean') },
  ],
  invalid: [
    { name: 'unpinned', code: lines('FROM opensuse/leap:15.6', 'RUN zypper install -y tomcat && zypper clean'), findings: [{ line: 2, message: /tomcat/ }] },
    { name: 'zypper in', code: lines('FROM opensuse/leap:15.6', 'RUN zypper --non-interactive in curl'), findings: [{ line: 2, message: /zypper\ in/ }] },
  ],
});
