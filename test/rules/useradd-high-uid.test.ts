import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3046 spec, for the stages of the final image.
testRule('useradd-high-uid', {
  valid: [
    { name: 'with -l', code: lines('FROM debian:bookworm-slim', 'RUN useradd -l -u 123456 luser', 'RUN useradd --no-log-init -u 123456 luser2') },
    { name: 'a low UID', code: lines('FROM debian:bookworm-slim', 'RUN useradd -u 12345 luser') },
    { name: 'no UID', code: lines('FROM debian:bookworm-slim', 'RUN useradd luser') },
    { name: 'a UID from a variable', code: lines('FROM debian:bookworm-slim', 'RUN useradd -u "$UID" luser') },
    { name: 'a build stage', code: lines('FROM debian:bookworm-slim AS build', 'RUN useradd -u 123456 luser', 'FROM scratch', 'COPY --from=build /etc/passwd /etc/passwd') },
  ],
  invalid: [
    {
      name: 'a high UID without -l',
      code: lines('FROM debian:bookworm-slim', 'RUN useradd -u 123456 luser'),
      // 123456 × 292 bytes = 36.0 MB of zeros, 34.9 kB compressed.
      findings: [{ line: 2, message: /36\.0 MB lastlog.*35 kB compressed/, bytes: Math.round((123456 * 292) / 1032) }],
    },
  ],
});
