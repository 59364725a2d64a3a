/**
 * What a configuration says, once read and checked: layers of settings (the file's own, one per
 * `overrides` glob, the command line's) that are merged for each Dockerfile.
 */
import type { LabelType, Severity } from '../rules/types.js';

export type Threshold = Severity | 'none';

/** One source of settings; a missing field leaves the one below in force. */
export interface SettingsLayer {
  /** Rule ids that do not run. */
  readonly ignore?: readonly string[];
  /** Severity per rule id. */
  readonly severities?: ReadonlyMap<string, Severity>;
  readonly failureThreshold?: Threshold;
  readonly trustedRegistries?: readonly string[];
  readonly labelSchema?: Readonly<Record<string, LabelType>>;
  readonly strictLabels?: boolean;
  readonly reportUnusedPragmas?: boolean;
}

export interface PathOverride {
  /** As written in the file. */
  readonly glob: string;
  /** Whether a path relative to the configuration's folder (with `/`) matches. */
  readonly matches: (relativePath: string) => boolean;
  readonly layer: SettingsLayer;
}

export interface ConfigFile {
  /** As shown in messages. */
  readonly path: string;
  /** Absolute folder of the file: `overrides` globs are relative to it. */
  readonly dir: string;
  /** dfscan's own format, or hadolint's (read so that teams can switch without rewriting it). */
  readonly dialect: 'dfscan' | 'hadolint';
  readonly base: SettingsLayer;
  readonly overrides: readonly PathOverride[];
}

/** A problem with a configuration file or option: one line, `file:line:column: what is wrong`. */
export class ConfigError extends Error {}
