// Preloaded with --import: records the process's peak resident memory (all threads) at exit.
import { writeFileSync } from 'node:fs';

const out = process.env.DFSCAN_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
