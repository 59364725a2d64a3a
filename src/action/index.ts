#!/usr/bin/env node
// The action's entry (dist/action.js): runs in the workspace with the runner's environment.
import { TOOL } from '../version.js';
import { runAction } from './main.js';
import { command } from './runner.js';

try {
  process.exitCode = await runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() });
} catch (err) {
  process.stdout.write(command('error', `${TOOL.name}: internal error: ${String((err as Error)?.message ?? err).split('\n')[0]} (please report this)`));
  process.exitCode = 2;
}
