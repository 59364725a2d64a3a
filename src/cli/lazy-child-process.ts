/**
 * What commander gets in the bundle for node:child_process (scripts/build.mjs). Commander loads
 * the module as it loads, for the one thing it uses it for, running a subcommand that is a
 * program of its own, which dfscan's are not; loading it (with node:net and node:dgram) cost
 * 3.5 ms of every start. Here it is loaded on the first call.
 */
import type { spawn as Spawn } from 'node:child_process';

export const spawn: typeof Spawn = ((...args: Parameters<typeof Spawn>) => process.getBuiltinModule('node:child_process').spawn(...args)) as typeof Spawn;
