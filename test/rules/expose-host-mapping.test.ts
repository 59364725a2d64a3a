import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('expose-host-mapping', {
  valid: [
    { name: 'a port (BuildKit example)', code: lines('FROM alpine', 'EXPOSE 80') },
    { name: 'ports with protocols and ranges', code: lines('FROM alpine', 'EXPOSE 80/tcp 53/udp 9000-9010') },
  ],
  invalid: [
    { name: 'IP and host port (BuildKit example)', code: lines('FROM alpine', 'EXPOSE 127.0.0.1:80:80'), findings: [{ line: 2, message: /EXPOSE 127\.0\.0\.1:80:80 names a host address or port: EXPOSE takes the container port only \(80\)/ }] },
    { name: 'host port (BuildKit example)', code: lines('FROM alpine', 'EXPOSE 80:80'), findings: [{ line: 2 }] },
    {
      name: '--fix keeps the container port',
      code: lines('FROM alpine', 'EXPOSE 8080:80/tcp 443 127.0.0.1:53:53/udp'),
      findings: [{ line: 2 }, { line: 2 }],
      output: lines('FROM alpine', 'EXPOSE 80/tcp 443 53/udp'),
    },
  ],
});
