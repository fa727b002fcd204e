// Preloaded into a measured child when /usr/bin/time is absent: reports its peak RSS on exit.
process.on('exit', () => {
  process.stderr.write(`max-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
