import { defineRule } from '../src/rules/types.js';
import { checkPins, pinPrograms } from '../src/rules/pin-check.js';

export default defineRule({
  id: 'go-pin-versions',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3062'],
  programs: pinPrograms('go'),
  summary: '`go install`, `go get` or `go run` names a module without a version',
  fixable: false,
  docs: {
    what: 'Finds `go install`, `go get` and `go run` of a remote package without `@version`, or with a moving one (`@latest`, `@master`, `@main`). Local packages (`.`, `./cmd/app`, `./...`), `.go` files and packages of the module copied into GOPATH are not reported.',
    why: '`go install pkg@latest` builds whatever was released last on the day of the build; without a version at all, the result depends on the module in the working directory. Rebuilds of one Dockerfile can produce different tools.',
    example: 'FROM golang:1.25\nRUN go install golang.org/x/tools/gopls@latest',
    fix: 'Pin the version:\n\nFROM golang:1.25\nRUN go install golang.org/x/tools/gopls@v0.20.0',
    notes: 'Follows hadolint 2.15 DL3062 ("Pin versions in go install"). dfscan also accepts a package path under a folder the stage copied into GOPATH (`COPY . /go/src/example.com/app` then `go install example.com/app/...`): that is the project\'s own code, not a download.',
  },
  check(context) {
    checkPins(context, 'go');
  },
});
