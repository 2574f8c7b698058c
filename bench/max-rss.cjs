// Preloaded into a timed child (`node -r ./bench/max-rss.cjs …`): prints the process's peak resident set
// size on stderr as it exits, as "MAXRSS <kilobytes>", for the benchmark to read.
'use strict';
process.on('exit', () => {
  try {
    require('node:fs').writeSync(2, `\nMAXRSS ${process.resourceUsage().maxRSS}\n`);
  } catch {
    // stderr closed: nothing to report
  }
});
