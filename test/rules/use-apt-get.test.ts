import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3027 spec.
testRule('use-apt-get', {
  valid: [
    { name: 'apt-get', code: lines('FROM ubuntu:24.04', 'RUN apt-get install -y python') },
    { name: 'apt-cache and apt-key are other programs', code: lines('FROM ubuntu:24.04', 'RUN apt-cache policy curl && apt-key list') },
  ],
  invalid: [
    { name: 'apt install', code: lines('FROM ubuntu:24.04', 'RUN apt install python'), findings: [{ line: 2, message: /use `apt-get install`/ }] },
    { name: 'apt search', code: lines('FROM ubuntu:24.04', 'RUN apt-get update && apt search python'), findings: [{ line: 2, message: /apt-cache search/ }] },
    {
      name: '--fix writes apt-get or apt-cache where they do the same, after sudo and NAME=value too',
      code: lines('FROM ubuntu:24.04', 'RUN apt update && DEBIAN_FRONTEND=noninteractive apt install -y curl && apt show curl', 'RUN apt upgrade -y && apt list --installed'),
      findings: [{ line: 2 }, { line: 2 }, { line: 2 }, { line: 3 }, { line: 3 }],
      output: lines('FROM ubuntu:24.04', 'RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y curl && apt-cache show curl', 'RUN apt upgrade -y && apt list --installed'),
    },
  ],
});
