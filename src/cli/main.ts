/** Entry point of `auth-doctor` (bundled by scripts/build-cli.mjs): wires the real process into run(). */
import { nodeIo } from './node-io';
import { run } from './run';

// `auth-doctor … | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// exitCode rather than exit(): lets pending output to a pipe drain before the process ends.
run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `auth-doctor: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
