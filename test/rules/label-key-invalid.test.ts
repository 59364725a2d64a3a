import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('label-key-invalid', {
  valid: [
    { name: 'reverse-DNS keys (hadolint DL3048)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.source="https://x" com.example.some-key=1 maintainer=jane') },
    { name: 'quoted key', code: lines('FROM alpine', 'LABEL "org.example.a"="b"') },
    { name: 'a key from a variable', code: lines('FROM alpine', 'ARG K=Bad', 'LABEL ${K}=1') },
  ],
  invalid: [
    { name: 'upper case (hadolint DL3048)', code: lines('FROM alpine', 'LABEL Maintainer="jane"'), findings: [{ line: 2, message: /"Maintainer" must start with a lower-case letter/ }] },
    { name: 'reserved namespace (hadolint DL3048)', code: lines('FROM alpine', 'LABEL com.docker.label="x"'), findings: [{ line: 2, message: /reserved for Docker/ }] },
    { name: 'double dot (hadolint DL3048)', code: lines('FROM alpine', 'LABEL org..example=1'), findings: [{ line: 2, message: /repeat/ }] },
    { name: 'trailing dot and bad characters (hadolint DL3048)', code: lines('FROM alpine', 'LABEL org.example.=1 org.ex@mple=2'), findings: [{ line: 2, message: /end with/ }, { line: 2, message: /only lower-case/ }] },
  ],
});
