/**
 * The folder listings a directory scan has made. The configuration search asks them whether a
 * folder can hold a file of a given name before asking the file system, which saves a lookup per
 * name in each folder that holds a Dockerfile (five, mostly for names that are not there).
 */
import { resolve } from 'node:path';

export class FolderListings {
  /** Absolute folder path → the names in it, lower-cased. */
  private readonly folders = new Map<string, ReadonlySet<string>>();

  record(dir: string, names: readonly string[]): void {
    this.folders.set(resolve(dir), new Set(names.map((n) => n.toLowerCase())));
  }

  /**
   * False only when the folder was listed and holds no entry of this name in any letter case (a
   * case-insensitive file system finds `.DFSCAN.YAML` under `.dfscan.yaml`); otherwise the file
   * system has to be asked.
   */
  mayHold(dir: string, name: string): boolean {
    const names = this.folders.get(resolve(dir));
    return names === undefined || names.has(name.toLowerCase());
  }
}
