import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('expose-proto-casing', {
  valid: [{ name: 'lower case (BuildKit example)', code: lines('FROM alpine', 'EXPOSE 80/tcp 53/udp 8080') }],
  invalid: [
    { name: 'upper case (BuildKit example)', code: lines('FROM alpine', 'EXPOSE 80/TcP'), findings: [{ line: 2, message: /protocol "TcP" should be lower case: 80\/tcp/ }] },
    { name: 'one of several', code: lines('FROM alpine', 'EXPOSE 80/tcp 53/UDP'), findings: [{ line: 2, message: /53\/udp/ }] },
    {
      name: '--fix writes the protocol in lower case',
      code: lines('FROM alpine', 'EXPOSE 80/TCP 53/udp 8080-8081/Udp'),
      findings: [{ line: 2 }, { line: 2 }],
      output: lines('FROM alpine', 'EXPOSE 80/tcp 53/udp 8080-8081/udp'),
    },
  ],
});
