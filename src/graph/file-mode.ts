/**
 * What a file mode as chmod, install -m, mkdir -m and COPY --chmod read it grants: octal
 * (`0777`, `1777`) or symbolic (`a+rwx`, `o+w,+t`).
 */

export interface ModeGrant {
  /** Others (everyone) get write permission. */
  readonly worldWritable: boolean;
  /** The sticky bit is set: in a shared directory, only a file's owner may delete it (/tmp). */
  readonly sticky: boolean;
}

/** What `mode` grants, or null when it is not a mode (a variable, `--reference=FILE`). */
export function modeGrant(mode: string): ModeGrant | null {
  if (/^[0-7]{1,4}$/.test(mode)) {
    const digits = mode.padStart(4, '0');
    return { worldWritable: (Number(digits[3]) & 2) !== 0, sticky: (Number(digits[0]) & 1) !== 0 };
  }
  const clauses = mode.split(',');
  if (!clauses.every((c) => /^[ugoa]*([-+=][rwxXstugo]*)+$/.test(c))) return null;
  let worldWritable = false;
  let sticky = false;
  for (const clause of clauses) {
    const who = /^[ugoa]*/.exec(clause)![0];
    // With no `who`, chmod applies the umask, which (022 in builds) keeps `w` from others.
    const toOthers = who.includes('o') || who.includes('a');
    for (const [, op, perms] of clause.slice(who.length).matchAll(/([-+=])([rwxXstugo]*)/g)) {
      if (perms!.includes('t')) sticky = op !== '-';
      if (!toOthers) continue;
      if (op === '+' || op === '=') {
        if (perms!.includes('w')) worldWritable = true;
        else if (op === '=') worldWritable = false;
      } else if (perms!.includes('w')) worldWritable = false;
    }
  }
  return { worldWritable, sticky };
}
