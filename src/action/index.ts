#!/usr/bin/env node
// The action's entry (dist/action.js): runs in the workspace with the runner's environment.
import { fileURLToPath } from 'node:url';
import { relaunchWithLiftoff } from '../cli/relaunch.js';
import { TOOL } from '../version.js';
import { command } from './runner.js';

// GitHub runs actions on Node 24, which needs --liftoff-only on the command line (see relaunch.ts).
const relaunched = relaunchWithLiftoff(fileURLToPath(import.meta.url));
if (relaunched !== null) {
  process.exitCode = relaunched;
} else {
  try {
    const { runAction } = await import('./main.js');
    process.exitCode = await runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() });
  } catch (err) {
    process.stdout.write(command('error', `${TOOL.name}: internal error: ${String((err as Error)?.message ?? err).split('\n')[0]} (please report this)`));
    process.exitCode = 2;
  }
}
