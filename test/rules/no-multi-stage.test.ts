import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('no-multi-stage', {
  valid: [
    {
      name: 'a multi-stage Go build',
      code: lines('FROM golang:1.27 AS build', 'COPY . .', 'RUN go build -o /app .', 'FROM gcr.io/distroless/static-debian12', 'COPY --from=build /app /app'),
    },
    { name: 'a toolchain image that builds and ships nothing (a tools image)', code: lines('FROM golang:1.27', 'RUN go install golang.org/x/tools/gopls@latest && echo ok', 'ENV X=1') },
    {
      name: 'build dependencies removed in the same RUN (apk virtual group)',
      code: lines('FROM python:3.13-alpine', 'COPY . /app', 'RUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install --no-cache-dir -r /app/requirements.txt && apk del .build-deps'),
    },
    {
      name: 'build dependencies purged through apt-mark auto',
      code: lines(
        'FROM debian:bookworm-slim',
        'COPY . /src',
        'RUN savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends gcc make; make -C /src; apt-mark auto \'.*\'; apt-mark manual $savedAptMark; apt-get purge -y --auto-remove; rm -rf /var/lib/apt/lists/*',
      ),
    },
    { name: 'compilers in a build stage only', code: lines('FROM debian:bookworm AS build', 'RUN apt-get update && apt-get install -y build-essential', 'COPY . .', 'RUN make', 'FROM debian:bookworm-slim', 'COPY --from=build /out /out') },
  ],
  invalid: [
    {
      name: 'unsafe fix: a static Go binary moves into the runtime image, with the image settings',
      code: lines('FROM golang:1.24', 'ENV PORT=8080', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /usr/local/bin/app ./cmd/app', 'EXPOSE 8080', 'USER nonroot', 'ENTRYPOINT ["/usr/local/bin/app"]'),
      findings: [{ line: 1, message: /golang.*build in a separate stage/ }],
      unsafe: true,
      output: lines(
        'FROM golang:1.24 AS build', 'ENV PORT=8080', 'WORKDIR /src', 'COPY . .', 'RUN CGO_ENABLED=0 go build -o /usr/local/bin/app ./cmd/app', 'EXPOSE 8080', 'USER nonroot', 'ENTRYPOINT ["/usr/local/bin/app"]',
        '',
        'FROM gcr.io/distroless/static-debian12:latest', 'COPY --from=build /usr/local/bin/app /usr/local/bin/app', 'WORKDIR /src', 'ENV PORT=8080', 'EXPOSE 8080', 'USER nonroot', 'ENTRYPOINT ["/usr/local/bin/app"]',
      ),
    },
    {
      name: 'no multi-stage fix for a binary that needs the C library (CGO on by default)',
      code: lines('FROM golang:1.24', 'WORKDIR /src', 'COPY . .', 'RUN go build -o app .', 'CMD ["./app"]'),
      findings: [{ line: 1 }],
      unsafe: true,
      output: lines('FROM golang:1.24', 'WORKDIR /src', 'COPY . .', 'RUN go build -o app .', 'CMD ["./app"]'),
    },
    {
      name: 'a relative output and a relative program, through an ENV that turns CGO off',
      code: lines('FROM golang:1.24', 'ENV CGO_ENABLED=0', 'WORKDIR /src', 'COPY . .', 'RUN go build -o app .', 'CMD ["./app"]'),
      findings: [{ line: 1 }],
      unsafe: true,
      output: lines('FROM golang:1.24 AS build', 'ENV CGO_ENABLED=0', 'WORKDIR /src', 'COPY . .', 'RUN go build -o app .', 'CMD ["./app"]', '', 'FROM gcr.io/distroless/static-debian12:latest', 'COPY --from=build /src/app /src/app', 'WORKDIR /src', 'ENV CGO_ENABLED=0', 'CMD ["./app"]'),
    },
    {
      name: 'not with a shell-form CMD, a HEALTHCHECK or a RUN after the build',
      code: lines('FROM golang:1.24', 'ENV CGO_ENABLED=0', 'COPY . .', 'RUN go build -o /app .', 'RUN chmod +x /app', 'CMD ["/app"]'),
      findings: [{ line: 1 }],
      unsafe: true,
      output: lines('FROM golang:1.24', 'ENV CGO_ENABLED=0', 'COPY . .', 'RUN go build -o /app .', 'RUN chmod +x /app', 'CMD ["/app"]'),
    },
    {
      name: 'single-stage Go build',
      code: lines('FROM golang:1.27', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app ./cmd/app', 'CMD ["/app"]'),
      findings: [{ line: 1, message: /golang:1\.27 .*Go toolchain.*distroless/, bytes: 316_194_729 - 2_000_000 }],
    },
    {
      name: 'maven, gradle, rust and the .NET SDK as the final base',
      code: lines('FROM mcr.microsoft.com/dotnet/sdk:9.0', 'COPY . .', 'RUN dotnet publish -c Release -o /out', 'ENTRYPOINT ["dotnet", "/out/app.dll"]'),
      findings: [{ line: 1, message: /\.NET SDK/, bytes: 'some' }],
    },
    {
      name: 'build-essential kept in the final image that compiles',
      code: lines('FROM python:3.13-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt'),
      findings: [{ line: 2, message: /build-essential.*C\/C\+\+ toolchain/, bytes: 114_400_000 }],
    },
    {
      name: 'apk build-base with a build',
      code: lines('FROM alpine:3.24', 'RUN apk add --no-cache build-base', 'COPY . /src', 'RUN make -C /src'),
      findings: [{ line: 2, message: /build-base/ }],
    },
    {
      name: 'the final stage reached through a named stage keeps the toolchain',
      code: lines('FROM rust:1 AS base', 'FROM base', 'COPY . .', 'RUN cargo build --release'),
      findings: [{ line: 1, message: /Rust toolchain/ }],
    },
  ],
});
