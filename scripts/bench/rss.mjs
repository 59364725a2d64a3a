// Preloaded with --import: records the process's peak resident memory and CPU time (all
// threads) at exit, for the bench to read.
import { writeFileSync } from 'node:fs';

const out = process.env.DFSCAN_BENCH_RSS;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ rss: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
