import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Cases from hadolint's own spec for pip-pin-versions, plus dfscan's documented differences.
testRule('pip-pin-versions', {
  valid: [
    { name: 'pinned', code: lines('FROM python:3.13-slim', 'RUN pip3 install MySQL_python==1.2.2') },
    { name: 'local packages', code: lines('FROM python:3.13-slim', 'RUN pip3 install mypkg.whl', 'RUN pip3 install mypkg.tar.gz', 'RUN pip install .') },
    { name: 'requirement files', code: lines('FROM python:3.13-slim', 'RUN pip install -r requirements.txt', 'RUN pip install --requirement requirements.txt') },
    { name: 'other operators', code: lines('FROM python:3.13-slim', 'RUN pip install MySQL_python~=1.2.2', 'RUN pip install MySQL_python===1.2.2', 'RUN pip install \'alabaster>=0.7\'', 'RUN pip install \'alabaster<0.7\'', 'RUN pip install \'alabaster!=0.7\'') },
    { name: 'options with values', code: lines('FROM python:3.13-slim', 'RUN pip install --ignore-installed MySQL_python==1.2.2', 'RUN pip3 install --build /opt/yamllint yamllint==1.20.0', 'RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0', 'RUN pip3 install --root /opt/yamllint yamllint==1.20.0', 'RUN pip3 install --target /opt/yamllint yamllint==1.20.0', 'RUN pip3 install --trusted-host host example==1.2.2', 'RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0', 'RUN pip install MySQL_python==1.2.2 --user --disable-pip-version-check --no-cache-dir') },
    { name: 'python -m pip', code: lines('FROM python:3.13-slim', 'RUN python -m pip install example==1.2.2') },
    { name: 'a git URL with a ref', code: lines('FROM python:3.13-slim', 'RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext') },
    { name: 'a constraints file', code: lines('FROM python:3.13-slim', 'RUN pip install pykafka --constraint http://foo.bar.baz', 'RUN pip install pykafka -c http://foo.bar.baz') },
  ],
  invalid: [
    { name: 'pip2 and pip3 unpinned', code: lines('FROM python:3.13-slim', 'RUN pip2 install MySQL_python', 'RUN pip3 install MySQL_python'), findings: [{ line: 2, message: /MySQL_python/ }, { line: 3 }] },
    { name: 'python -m pip with an index', code: lines('FROM python:3.13-slim', 'RUN python -m pip install --index-url url example'), findings: [{ line: 2, message: /example/ }] },
    { name: 'a git URL without a ref', code: lines('FROM python:3.13-slim', 'RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext'), findings: [{ line: 2 }] },
    { name: 'upgrading pip itself', code: lines('FROM python:3.13-slim', 'RUN pip install --no-cache-dir --upgrade pip setuptools==80.9.0'), findings: [{ line: 2, message: /of\ pip\ open/ }] },
  ],
});
