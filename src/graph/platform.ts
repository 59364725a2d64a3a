/** The `--platform` flag of a FROM line: its value as written and its parts when it is a constant. */
import type { FromNode } from './types.js';

export interface PlatformFlag {
  /** As written, quotes removed. */
  readonly value: string;
  /** Source offsets of the whole flag. */
  readonly start: number;
  readonly end: number;
  /** No variable in it. */
  readonly constant: boolean;
  readonly os: string;
  readonly arch: string;
}

export function platformFlag(node: FromNode): PlatformFlag | null {
  const flag = [...node.flags].reverse().find((f) => f.name === 'platform');
  if (!flag || flag.value === null) return null;
  const [os = '', arch = ''] = flag.value.split('/');
  return {
    value: flag.value,
    start: node.raw.args.toSource(flag.start),
    end: node.raw.args.toSourceEnd(flag.end),
    constant: !flag.value.includes('$'),
    os: os.toLowerCase(),
    arch: arch.toLowerCase(),
  };
}
