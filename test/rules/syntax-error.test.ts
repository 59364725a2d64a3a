import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('syntax-error', {
  valid: [
    { name: 'a well-formed file', code: lines('ARG V=1', 'FROM alpine:3.24', 'RUN <<EOF', 'echo $V', 'EOF') },
    { name: 'an instruction before FROM: instruction-before-from reports it', code: lines('ENV A=1', 'FROM alpine') },
    { name: "a heredoc written `<< 'EOF'` (BuildKit 0.22 accepts the space)", code: lines('FROM alpine', "RUN cat << 'EOF' > /x", 'ENV not-an-instruction', 'EOF') },
  ],
  invalid: [
    { name: 'an unknown instruction', code: lines('FROM alpine', 'RUNN echo hi'), findings: [{ line: 2, message: /unknown instruction "RUNN"/ }] },
    { name: 'an unclosed heredoc', code: lines('FROM alpine', 'RUN <<EOF', 'echo hi'), findings: [{ line: 2, message: /never closed/ }] },
    { name: 'no FROM at all', code: lines('# nothing', 'ARG A=1'), findings: [{ line: 2, message: /no FROM/ }] },
    { name: 'an empty file: Docker refuses a file with no instructions', code: '', findings: [{ line: 1, message: /no instructions/ }] },
    { name: 'a file of comments and blank lines only', code: lines('# syntax=docker/dockerfile:1', '', '# nothing else'), findings: [{ line: 1, message: /no instructions/ }] },
  ],
});
