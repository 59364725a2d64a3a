/**
 * The value formats of hadolint's label schema (`label-schema:` in .hadolint.yaml, DL3052–DL3058)
 * and how each is recognised. Source for the formats: hadolint README, "Linting Labels".
 */
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import spdxDeprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import type { LabelType } from '../../src/rules/types.js';

/** The SPDX license list (spdx-license-ids, from spdx.org/licenses), deprecated ids included. */
const SPDX = new Set([...spdxIds, ...spdxDeprecated].map((id) => id.toLowerCase()));

/** RFC 3986 absolute URI: a scheme, `:`, then only URI characters, with complete `%` escapes. */
export function isUrl(value: string): boolean {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.+)$/.exec(value);
  if (!m) return false;
  const rest = m[2]!;
  if (!/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(rest)) return false;
  if (/%(?![0-9A-Fa-f]{2})/.test(rest)) return false;
  return (rest.match(/#/g) ?? []).length <= 1;
}

/** RFC 3339 date-time: `2024-05-01T12:00:00Z`, `2024-05-01 12:00:00.5+02:00`. */
export function isRfc3339(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m) return false;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  const offsetOk = m[9] === undefined || (Number(m[9]) < 24 && Number(m[10]) < 60);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second <= 60 && offsetOk;
}

/**
 * An SPDX license identifier (`MIT`, `GPL-2.0-or-later`, `LicenseRef-x`), or an expression of
 * them (`MIT OR Apache-2.0`, `GPL-2.0-only WITH Classpath-exception-2.0`), as the OCI
 * `org.opencontainers.image.licenses` annotation expects.
 */
export function isSpdx(value: string): boolean {
  const tokens = value.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return false;
  let expectId = true;
  let afterWith = false;
  for (const t of tokens) {
    if (expectId) {
      const id = t.endsWith('+') ? t.slice(0, -1) : t;
      const ok = afterWith ? /^[A-Za-z0-9.-]+$/.test(id) : SPDX.has(id.toLowerCase()) || /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id);
      if (!ok) return false;
      expectId = false;
      afterWith = false;
    } else {
      const op = t.toUpperCase();
      if (op !== 'AND' && op !== 'OR' && op !== 'WITH') return false;
      expectId = true;
      afterWith = op === 'WITH';
    }
  }
  return !expectId;
}

/** A git object name: abbreviated (7 to 40 hex digits) or a full SHA-1 or SHA-256. */
export function isGitHash(value: string): boolean {
  return /^[0-9a-f]{7,40}$/.test(value) || /^[0-9a-f]{64}$/.test(value);
}

/** Semantic Versioning 2.0.0 (the grammar of semver.org). */
export function isSemver(value: string): boolean {
  return /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/.test(value);
}

/** RFC 5322 addr-spec: a dot-atom or quoted local part, `@`, and a domain of dot-separated labels. */
export function isEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const localOk = /^"(?:[^"\\]|\\.)*"$/.test(local) || /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local);
  const domainOk = /^\[[^\]]+\]$/.test(domain) || /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(domain);
  return localOk && domainOk;
}

export interface LabelFormat {
  readonly type: LabelType;
  readonly valid: (value: string) => boolean;
  /** What a valid value looks like, for messages. */
  readonly expected: string;
}

export const LABEL_FORMATS: Readonly<Record<Exclude<LabelType, 'text'>, LabelFormat>> = {
  url: { type: 'url', valid: isUrl, expected: 'an absolute URL (RFC 3986), e.g. https://example.com/project' },
  rfc3339: { type: 'rfc3339', valid: isRfc3339, expected: 'an RFC 3339 time, e.g. 2024-05-01T12:00:00Z' },
  spdx: { type: 'spdx', valid: isSpdx, expected: 'an SPDX license identifier or expression, e.g. Apache-2.0' },
  hash: { type: 'hash', valid: isGitHash, expected: 'a git commit hash (7 to 40 hex digits)' },
  semver: { type: 'semver', valid: isSemver, expected: 'a semantic version, e.g. 1.4.2' },
  email: { type: 'email', valid: isEmail, expected: 'an e-mail address (RFC 5322)' },
};
