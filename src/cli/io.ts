/** What the command line needs from its host; node-io.ts gives the real process, tests give fakes. */
export interface CliIo {
  stdin: {
    /** True when standard input is a terminal (nothing piped in). */
    isTTY: boolean;
    /** Standard input's bytes as they arrive; leaving the loop early stops the reading. */
    chunks(): AsyncIterable<Uint8Array>;
  };
  stdout: {
    write(text: string): unknown;
    /** Terminal width when standard output is a terminal. */
    columns?: number;
  };
  stderr: { write(text: string): unknown };
  /**
   * The file's bytes as they are read; leaving the loop early stops the reading. The iteration rejects
   * with a Node-style error (`code` ENOENT, EISDIR, EACCES…) when the file cannot be read.
   */
  fileChunks(path: string): AsyncIterable<Uint8Array>;
}
