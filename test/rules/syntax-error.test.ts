import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('syntax-error', {
  valid: [
    { name: 'a well-formed file', code: lines('ARG V=1', 'FROM alpine:3.24', 'RUN <<EOF', 'echo $V', 'EOF') },
    { name: 'an instruction before FROM: instruction-before-from reports it', code: lines('ENV A=1', 'FROM alpine') },
    { name: 'quotes Docker closes: escaped inside double quotes, none inside single quotes, a quote in a RUN left to the shell', code: lines('FROM alpine', 'ENV a="x\\"y" b=\'x\\\'\'\' c=it\\\'s', 'LABEL d="a b"', 'RUN echo "open') },
    { name: "a heredoc written `<< 'EOF'` (BuildKit 0.22 accepts the space)", code: lines('FROM alpine', "RUN cat << 'EOF' > /x", 'ENV not-an-instruction', 'EOF') },
  ],
  invalid: [
    { name: 'an unknown instruction', code: lines('FROM alpine', 'RUNN echo hi'), findings: [{ line: 2, message: /unknown instruction "RUNN"/ }] },
    { name: 'an unclosed heredoc', code: lines('FROM alpine', 'RUN <<EOF', 'echo hi'), findings: [{ line: 2, message: /never closed/ }] },
    { name: 'no FROM at all', code: lines('# nothing', 'ARG A=1'), findings: [{ line: 2, message: /no FROM/ }] },
    { name: 'an ENV quote left open', code: lines('FROM alpine', 'ENV A="unterminated'), findings: [{ line: 2, message: /the " quote opened here is never closed: docker build refuses this ENV/ }] },
    { name: "a single quote closed by what looks like an escaped quote (BuildKit's own test file)", code: lines('FROM alpine', "ENV name='a\\'b'"), findings: [{ line: 2, message: /the ' quote opened here is never closed/ }] },
    { name: 'an empty file: Docker refuses a file with no instructions', code: '', findings: [{ line: 1, message: /no instructions/ }] },
    { name: 'a file of comments and blank lines only', code: lines('# syntax=docker/dockerfile:1', '', '# nothing else'), findings: [{ line: 1, message: /no instructions/ }] },
  ],
});
