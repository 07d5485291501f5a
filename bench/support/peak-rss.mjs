// Loaded into a CLI process with `node --import`: at exit it writes the process's peak RSS (kB,
// getrusage's ru_maxrss, which counts every thread) to the file BENCH_PEAK_RSS_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
