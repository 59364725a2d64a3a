import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('copy-entire-stage', {
  valid: [
    { name: 'one path (hadolint DL3067)', code: lines('FROM alpine AS build', 'FROM scratch', 'COPY --from=build /app /app') },
    { name: 'the root into a folder', code: lines('FROM alpine AS build', 'FROM scratch', 'COPY --from=build / /rootfs/') },
    { name: 'the build context', code: lines('FROM scratch', 'COPY / /') },
    { name: 'a stage built FROM scratch that collects artifacts', code: lines('FROM golang:1.27 AS build', 'RUN go build -o /out/app .', 'FROM scratch AS binaries', 'COPY --from=build /out/app /', 'FROM alpine', 'COPY --from=binaries / /') },
    { name: 'the xx helper, made to be copied whole', code: lines('FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx', 'FROM golang:1.27-alpine', 'COPY --from=xx / /') },
  ],
  invalid: [
    { name: 'root to root (hadolint DL3067)', code: lines('FROM alpine AS build', 'FROM scratch', 'COPY --from=build / /'), findings: [{ line: 3, message: /whole filesystem of "build"/ }] },
    { name: 'quoted and exec form', code: lines('FROM alpine AS build', 'FROM scratch', 'COPY --from=build ["/", "/"]'), findings: [{ line: 3 }] },
  ],
});
