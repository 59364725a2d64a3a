import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Cases from hadolint's own spec for go-pin-versions, plus dfscan's documented differences.
testRule('go-pin-versions', {
  valid: [
    { name: 'pinned', code: lines('FROM golang:1.25', 'RUN go install example.com/pkg@v1.2.3', 'RUN go install tool foobar@v1.2.3', 'RUN go get example.com/pkg@v1.2.3', 'RUN go get -tool foobar@v1.2.3', 'RUN go run example.com/pkg@v1.2.3') },
    { name: 'local paths', code: lines('FROM golang:1.25', 'RUN go install /go/app/foobar', 'RUN go install ./app/foobar', 'RUN go install .', 'RUN go run /go/app/foobar', 'RUN go run ./app/foobar', 'RUN go run .', 'RUN go install -v ./...', 'RUN go run main.go') },
    { name: 'go run arguments', code: lines('FROM golang:1.25', 'RUN go run example.com/pkg@v1.2.3 -f', 'RUN go run example.com/pkg@v1.2.3 --foobar', 'RUN go run example.com/pkg@v1.2.3 foobar', 'RUN go run example.com/pkg@v1.2.3 --foo bar') },
    { name: 'build flags', code: lines('FROM golang:1.25', 'RUN go install -ldflags "-s -w" example.com/pkg@v1.2.3') },
    { name: 'the project copied into GOPATH', code: lines('FROM golang:1.25', 'COPY . /go/src/github.com/acme/app', 'WORKDIR /go/src/github.com/acme/app', 'RUN go get -d ./... && go install github.com/acme/app/cmd/server') },
  ],
  invalid: [
    { name: 'not pinned', code: lines('FROM golang:1.25', 'RUN go install example.com/pkg'), findings: [{ line: 2, message: /example\.com\/pkg/ }] },
    { name: 'latest', code: lines('FROM golang:1.25', 'RUN go install example.com/pkg@latest'), findings: [{ line: 2, message: /pkg@latest/ }] },
    { name: 'go install tool', code: lines('FROM golang:1.25', 'RUN go install tool foobar', 'RUN go install tool foobar@latest'), findings: [{ line: 2, message: /foobar/ }, { line: 3 }] },
    { name: 'go get', code: lines('FROM golang:1.25', 'RUN go get example.com/pkg', 'RUN go get example.com/pkg@latest', 'RUN go get -tool foobar', 'RUN go get -tool foobar@latest'), findings: [{ line: 2 }, { line: 3 }, { line: 4 }, { line: 5 }] },
    { name: 'go run', code: lines('FROM golang:1.25', 'RUN go run example.com/pkg', 'RUN go run example.com/pkg@latest'), findings: [{ line: 2, message: /go\ run/ }, { line: 3 }] },
  ],
});
