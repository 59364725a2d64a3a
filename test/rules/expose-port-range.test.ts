import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('expose-port-range', {
  valid: [
    { name: 'valid ports (hadolint DL3011)', code: lines('FROM alpine', 'EXPOSE 65535', 'EXPOSE 80 443/tcp 53/udp') },
    { name: 'a range (hadolint DL3011)', code: lines('FROM alpine', 'EXPOSE 40000-40100') },
    { name: 'a variable (hadolint DL3011)', code: lines('FROM alpine', 'ARG PORT', 'EXPOSE ${PORT}') },
  ],
  invalid: [
    { name: 'too high (hadolint DL3011)', code: lines('FROM alpine', 'EXPOSE 80000'), findings: [{ line: 2, message: /port 80000 is out of range/ }] },
    { name: 'range end too high (hadolint DL3011)', code: lines('FROM alpine', 'EXPOSE 40000-80000/tcp'), findings: [{ line: 2, message: /80000/ }] },
    { name: 'a variable with a bad default', code: lines('FROM alpine', 'ARG PORT=99999', 'EXPOSE $PORT'), findings: [{ line: 3 }] },
  ],
});
