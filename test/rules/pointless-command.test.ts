import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3001 spec, with each command of its list.
testRule('pointless-command', {
  valid: [
    { name: 'installing the tools is fine', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y --no-install-recommends vim openssh-client procps') },
    { name: 'CMD may start services', code: lines('FROM debian:bookworm-slim', 'CMD ["service", "nginx", "start"]') },
    { name: 'other commands', code: lines('FROM debian:bookworm-slim', 'RUN pwd && ls -la && mkdir -p /srv') },
  ],
  invalid: [
    { name: 'ssh', code: lines('FROM debian:bookworm-slim', 'RUN ssh user@host'), findings: [{ line: 2, message: /`ssh`/ }] },
    { name: 'vim', code: lines('FROM debian:bookworm-slim', 'RUN vim /etc/hosts'), findings: [{ line: 2, message: /`vim`/ }] },
    {
      name: 'the rest of the list',
      code: lines('FROM debian:bookworm-slim', 'RUN shutdown -h now', 'RUN service nginx start', 'RUN ps aux', 'RUN free -m', 'RUN top', 'RUN kill -9 1', 'RUN mount /dev/sda1 /mnt', 'RUN ifconfig'),
      findings: [{ line: 2 }, { line: 3, message: /ENTRYPOINT or CMD/ }, { line: 4 }, { line: 5 }, { line: 6 }, { line: 7 }, { line: 8 }, { line: 9 }],
    },
  ],
});
