import { platformFlag } from '../src/graph/platform.js';
import { defineRule } from '../src/rules/types.js';
import { KNOWN_ARCH, KNOWN_OS, LINUX_DISTRIBUTIONS, LINUX_TAG, WINDOWS_IMAGE } from './data/platforms.js';

export default defineRule({
  id: 'invalid-base-image-platform',
  category: 'correctness',
  severity: 'warning',
  aliases: ['InvalidBaseImagePlatform'],
  summary: 'FROM --platform names a platform the base image cannot have',
  fixable: false,
  docs: {
    what:
      'Reports a constant `FROM --platform` that cannot match the image: an operating system or architecture Docker does not know (`linux/amd46`), a Windows image (servercore, nanoserver) asked for as Linux, or a Linux image (a distribution such as alpine or debian, or a tag naming one, such as `-alpine` or `-bookworm`) asked for as Windows.',
    why: 'The pull fails with "no matching manifest", or, for a typo, the platform cannot be parsed; either way the build stops at its first step.',
    example: 'FROM --platform=linux/amd64 mcr.microsoft.com/windows/servercore:ltsc2022',
    fix: 'Ask for the platform the image is published for:\n\nFROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022',
    notes:
      'BuildKit\'s InvalidBaseImagePlatform compares the flag with the platforms in the image\'s manifest, which it fetches from the registry. dfscan works offline: it reports only what the names show, and says nothing of an architecture an image may lack (an arm64 build of an amd64-only image).',
  },
  check({ graph, report }) {
    for (const stage of graph.stages) {
      const flag = platformFlag(stage.from);
      if (!flag || !flag.constant) continue;
      const at = { node: stage.from, start: flag.start, end: flag.end };
      if (!KNOWN_OS.has(flag.os)) {
        report({ ...at, message: `"${flag.os}" in --platform=${flag.value} is not an operating system Docker builds for (${[...KNOWN_OS].join(', ')})` });
        continue;
      }
      if (flag.arch && !KNOWN_ARCH.has(flag.arch)) {
        report({ ...at, message: `"${flag.arch}" in --platform=${flag.value} is not a known architecture (amd64, arm64, arm, 386, ppc64le, s390x, riscv64, ...)` });
        continue;
      }
      if (stage.base.kind !== 'image') continue;
      const ref = stage.base.ref;
      const windows = WINDOWS_IMAGE.test(ref.name) || WINDOWS_IMAGE.test(ref.tag ?? '');
      const linux = !windows && (LINUX_DISTRIBUTIONS.test(ref.name) || LINUX_TAG.test(ref.tag ?? ''));
      if (windows && flag.os !== 'windows') report({ ...at, message: `${ref.raw} is a Windows image: --platform=${flag.value} finds no matching manifest` });
      else if (linux && flag.os !== 'linux') report({ ...at, message: `${ref.raw} is a Linux image: --platform=${flag.value} finds no matching manifest` });
    }
  },
});
