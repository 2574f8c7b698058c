// Preloaded into a timed child (`node -r ./bench/max-rss.cjs …`): prints the process's peak resident set
// size on stderr as it exits, as "MAXRSS <kilobytes>", for the benchmark to read.
//
// On Linux the peak is VmHWM of /proc/self/status: getrusage's ru_maxrss (process.resourceUsage().maxRSS)
// survives exec, so a child forked from the big benchmark process would report the parent's size.
'use strict';
const fs = require('node:fs');

function peakKb() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  try {
    fs.writeSync(2, `\nMAXRSS ${peakKb()}\n`);
  } catch {
    // stderr closed: nothing to report
  }
});
