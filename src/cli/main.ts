import { main } from './cli';

// The bundle's entry: wire the real process in, and leave the exit status for Node to apply once
// stdout has drained (process.exit could cut off a large report).
main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => new Date(),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `cx-metrics: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
