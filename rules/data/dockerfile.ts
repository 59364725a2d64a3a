/**
 * Facts of the Dockerfile language the instruction rules check against, each with where it is
 * stated.
 */

/**
 * Stage names BuildKit reserves: `scratch` is the empty image and `context` the build context
 * (`COPY --from=context`). Sources: BuildKit build check ReservedStageName; hadolint DL3063.
 */
export const RESERVED_STAGE_NAMES: readonly string[] = ['scratch', 'context'];

/**
 * Instructions Docker refuses as an ONBUILD trigger. Source: Dockerfile reference, ONBUILD
 * ("Chaining ONBUILD instructions using ONBUILD ONBUILD isn't allowed"; "The ONBUILD instruction
 * may not trigger FROM or MAINTAINER instructions").
 */
export const FORBIDDEN_ONBUILD_TRIGGERS: readonly string[] = ['ONBUILD', 'FROM', 'MAINTAINER'];

/**
 * Instructions of which only the last in a stage takes effect. Source: Dockerfile reference
 * (CMD, ENTRYPOINT, HEALTHCHECK: "If you list more than one ... only the last ... will take
 * effect"); BuildKit build check MultipleInstructionsDisallowed.
 */
export const SINGLE_INSTRUCTIONS: readonly string[] = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

/**
 * Build arguments Docker defines without an ARG line. Source: Dockerfile reference, "Predefined
 * ARGs" (the proxy variables) and "Automatic platform ARGs in the global scope" (those are
 * visible to FROM lines only, until a stage declares them with `ARG NAME`).
 */
export const PROXY_ARGS: ReadonlySet<string> = new Set([
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
]);

/** BuildKit's own build arguments (`BUILDKIT_INLINE_CACHE`, `BUILDKIT_SYNTAX`, ...), set by the builder. */
export const BUILDKIT_ARG_PREFIX = 'BUILDKIT_';

/**
 * Signal names STOPSIGNAL accepts: the Linux signals as Docker's signal table lists them
 * (moby/sys signal/signal_linux.go), with or without the `SIG` prefix, any case, or a number
 * from 1 to 64, or `SIGRTMIN+n` / `SIGRTMAX-n`.
 */
export const SIGNALS: ReadonlySet<string> = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR',
  'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'UNUSED', 'URG', 'USR1', 'USR2', 'VTALRM',
  'WINCH', 'XCPU', 'XFSZ', 'RTMIN', 'RTMAX',
]);

/**
 * File names of tar archives, plain or compressed, which `ADD` from the build context unpacks
 * (gzip, bzip2, xz). Source: Dockerfile reference, ADD ("a local tar archive in a recognized
 * compression format (identity, gzip, bzip2 or xz) ... is unpacked as a directory"). A `.zip`
 * or a compressed single file is not unpacked.
 */
export const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tb2|tar\.xz|txz|tar\.lzma|tlz|tar\.z|taz)$/i;

/**
 * File endings that are never tar archives in practice (text, code, configuration, zip-based
 * packages), so an ADD of them copies as COPY would: `--fix` turns such an ADD into COPY safely.
 * Docker recognises an archive by its content, not its name, so any other name keeps the fix unsafe.
 */
export const PLAIN_FILE_ENDING = /\.(txt|md|json|ya?ml|toml|ini|conf|cfg|env|properties|xml|html?|css|sh|bash|py|js|mjs|cjs|ts|rb|go|mod|sum|java|jar|war|php|pl|lua|sql|crt|pem|key|lock|gradle|csproj|sln|zip|whl)$/i;

/** Flags only ADD has: an ADD with one of them stays an ADD. */
export const ADD_ONLY_FLAGS: readonly string[] = ['checksum', 'keep-git-dir', 'unpack'];

/** Endings hadolint 2.15 treats as archives for DL3020 and DL3010 (an ADD of these is not reported). */
export const HADOLINT_ARCHIVE_ENDINGS: readonly string[] = [
  '.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz',
];

/** Sources ADD downloads instead of reading from the build context. */
export const REMOTE_SOURCE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i;

/**
 * Images made to be copied whole (`COPY --from=xx / /`): tonistiigi/xx, the cross-compilation
 * helpers, documented that way in its README (github.com/tonistiigi/xx).
 */
export const COPY_WHOLE_IMAGES: readonly string[] = ['tonistiigi/xx'];
