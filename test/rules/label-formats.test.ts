import { describe, expect, it } from 'vitest';
import { isEmail, isGitHash, isRfc3339, isSemver, isSpdx, isUrl } from '../../rules/data/label-formats.js';

describe('label value formats', () => {
  it('recognises URLs (RFC 3986, absolute)', () => {
    for (const ok of ['https://example.com', 'http://a.b/c?d=e#f', 'git+ssh://git@github.com/a/b.git', 'urn:isbn:0451450523']) expect(isUrl(ok), ok).toBe(true);
    for (const bad of ['example.com', 'https://exa mple.com', 'http://x/%zz', '']) expect(isUrl(bad), bad).toBe(false);
  });
  it('recognises RFC 3339 times', () => {
    for (const ok of ['2024-05-01T12:00:00Z', '2024-05-01 12:00:00.123+02:00', '1985-04-12t23:20:50.52z']) expect(isRfc3339(ok), ok).toBe(true);
    for (const bad of ['2024-05-01', '2024-13-01T00:00:00Z', '2024-05-01T12:00:00', '05/01/2024']) expect(isRfc3339(bad), bad).toBe(false);
  });
  it('recognises SPDX identifiers and expressions', () => {
    for (const ok of ['MIT', 'Apache-2.0', 'GPL-2.0+', 'MIT OR Apache-2.0', '(MIT AND BSD-3-Clause)', 'GPL-2.0-only WITH Classpath-exception-2.0', 'LicenseRef-acme']) expect(isSpdx(ok), ok).toBe(true);
    for (const bad of ['Apache 2', 'MIT OR', 'proprietary', '']) expect(isSpdx(bad), bad).toBe(false);
  });
  it('recognises git hashes', () => {
    for (const ok of ['3f9c2ab', '3f9c2ab0c1d2e3f4a5b6c7d8e9f00112233445ab']) expect(isGitHash(ok), ok).toBe(true);
    for (const bad of ['main', '3F9C2AB', 'abc', 'g123456']) expect(isGitHash(bad), bad).toBe(false);
  });
  it('recognises semantic versions', () => {
    for (const ok of ['1.2.3', '0.0.0', '1.2.3-rc.1+build.5', '10.20.30-alpha']) expect(isSemver(ok), ok).toBe(true);
    for (const bad of ['v1.2.3', '1.2', '01.2.3', '1.2.3-', '1.2.3+']) expect(isSemver(bad), bad).toBe(false);
  });
  it('recognises e-mail addresses', () => {
    for (const ok of ['jane@example.com', 'a.b+c@sub.example.org', '"j d"@example.com']) expect(isEmail(ok), ok).toBe(true);
    for (const bad of ['Jane Doe', 'jane@', '@example.com', 'jane@-bad.com', 'jane@@x.org']) expect(isEmail(bad), bad).toBe(false);
  });
});
