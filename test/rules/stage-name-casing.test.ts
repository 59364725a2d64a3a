import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('stage-name-casing', {
  valid: [
    { name: 'lower-case names', code: lines('FROM alpine AS build-env', 'FROM alpine AS stage_2') },
    { name: 'no name', code: lines('FROM Alpine') },
  ],
  invalid: [
    { name: 'a capital letter (BuildKit example)', code: lines('FROM alpine AS BuilderBase'), findings: [{ line: 1, message: /"BuilderBase" should be lower case: "builderbase"/ }] },
    { name: 'all capitals', code: lines('FROM alpine AS BUILD', 'FROM alpine AS ok'), findings: [{ line: 1 }] },
    {
      name: '--fix lowers the name and the references written out',
      code: lines('FROM golang:1.23 AS Build', 'RUN go build -o /app .', 'FROM Build AS Test', 'RUN go test ./...', 'FROM alpine:3.24', 'COPY --from=BUILD /app /app', 'RUN --mount=type=bind,from=Test,target=/t ls /t'),
      findings: [{ line: 1 }, { line: 3 }],
      output: lines('FROM golang:1.23 AS build', 'RUN go build -o /app .', 'FROM build AS test', 'RUN go test ./...', 'FROM alpine:3.24', 'COPY --from=build /app /app', 'RUN --mount=type=bind,from=test,target=/t ls /t'),
    },
  ],
});
