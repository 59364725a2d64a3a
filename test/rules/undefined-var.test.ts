import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('undefined-var', {
  valid: [
    { name: 'declared before use (BuildKit example)', code: lines('FROM alpine AS base', 'ARG foo', 'COPY $foo .') },
    { name: 'a global ARG declared again', code: lines('ARG VERSION=1', 'FROM alpine', 'ARG VERSION', 'COPY app-$VERSION.jar /app.jar') },
    { name: 'an ENV of the base stage', code: lines('FROM alpine AS base', 'ENV APP=/app', 'FROM base', 'WORKDIR $APP') },
    { name: 'a variable the base image may set', code: lines('FROM eclipse-temurin:21', 'ENV PATH=$JAVA_HOME/bin:$PATH') },
    { name: 'a default in the reference', code: lines('FROM scratch', 'COPY app${SUFFIX:-} /app') },
    { name: 'RUN is left to the shell', code: lines('FROM scratch', 'RUN echo $HOME') },
    { name: 'proxy variables are predefined', code: lines('FROM scratch', 'ENV http_proxy=$HTTP_PROXY') },
    { name: 'PATH on scratch: Docker sets a default', code: lines('FROM scratch', 'ENV PATH=/app/bin:$PATH') },
    { name: 'a base image variable that contains a defined name', code: lines('FROM golang:1.27', 'ENV PATH=/x:$PATH', 'WORKDIR $GOPATH/src/app') },
    { name: 'a platform ARG declared in the stage', code: lines('FROM alpine', 'ARG TARGETARCH', 'COPY bin/app-$TARGETARCH /app') },
  ],
  invalid: [
    { name: 'undeclared on scratch (BuildKit example)', code: lines('FROM scratch AS base', 'COPY $foo .'), findings: [{ line: 2, message: /\$foo expands to nothing: no ARG or ENV defines it/ }] },
    { name: 'a typo (BuildKit example)', code: lines('FROM alpine', 'ENV PATH=$PAHT:/app/bin'), findings: [{ line: 2, message: /\$PAHT expands to nothing: nothing defines it here \(did you mean \$PATH\?\)/ }] },
    { name: 'a typo of a defined name', code: lines('FROM alpine', 'ARG VERSION=1', 'COPY app-$VERSOIN.jar /app.jar'), findings: [{ line: 3, message: /did you mean \$VERSION\?/ }] },
    { name: 'a global ARG not declared again', code: lines('ARG VERSION=1.4.2', 'FROM eclipse-temurin:21-jre', 'COPY target/app-$VERSION.jar /app.jar'), findings: [{ line: 3, message: /global ARG VERSION is not visible in a stage/ }] },
    { name: 'a platform ARG not declared in the stage', code: lines('FROM alpine', 'COPY bin/app-$TARGETARCH /app'), findings: [{ line: 2, message: /ARG TARGETARCH/ }] },
  ],
});
