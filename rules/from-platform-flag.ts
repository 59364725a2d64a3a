import { platformFlag } from '../src/graph/platform.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'from-platform-flag',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3029', 'FromPlatformFlagConstDisallowed'],
  summary: 'FROM --platform pins a stage to one constant platform',
  fixable: false,
  docs: {
    what:
      'Reports `FROM --platform=<constant>` (`linux/amd64`), unless the stage name says which platform it is for (`AS build-arm64`), the multi-platform pattern BuildKit accepts.',
    why:
      'A constant platform makes the image build for that platform only: `docker build --platform linux/arm64` still gets amd64 layers (run under emulation, or failing), and a multi-platform build of the Dockerfile is impossible. The platform belongs on the command line, or in `$BUILDPLATFORM` / `$TARGETPLATFORM`.',
    example: 'FROM --platform=linux/amd64 golang:1.27 AS build\nRUN go build -o /app .',
    fix:
      'Build on the runner\'s platform and cross-compile for the target:\n\nFROM --platform=$BUILDPLATFORM golang:1.27 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .',
    notes:
      'hadolint DL3029 also reports a platform given by any variable other than BUILDPLATFORM or TARGETPLATFORM (`$BUILDOS/$BUILDARCH`); dfscan follows BuildKit and reports constants only, since a variable is how a Dockerfile stays multi-platform. The stage-name exception is BuildKit\'s.',
  },
  check({ graph, report }) {
    for (const stage of graph.stages) {
      const flag = platformFlag(stage.from);
      if (!flag || !flag.constant) continue;
      const name = stage.name ?? '';
      if ((flag.os && name.includes(flag.os)) || (flag.arch && name.includes(flag.arch))) continue;
      report({
        node: stage.from,
        start: flag.start,
        end: flag.end,
        message: `--platform=${flag.value} pins this stage to one platform: builds for any other platform still get ${flag.value}; use $BUILDPLATFORM or $TARGETPLATFORM, or leave the platform to the command line`,
      });
    }
  },
});
