/** Where the CLI writes: real streams in main, buffers in tests. */
export type Io = {
  out(line: string): void;
  err(line: string): void;
  columns: number;
  /** A transient status line on a terminal ('' clears it); absent when stderr is not a terminal. */
  progress?(line: string): void;
  /** The clock: "today" for --as-of and the report's time stamp. The machine's unless a test fixes it. */
  now?(): Date;
};

export function processIo(): Io {
  const io: Io = {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
    columns: process.stdout.columns || 110,
  };
  if (process.stderr.isTTY) {
    const width = () => Math.max(20, (process.stderr.columns || 80) - 1);
    io.progress = (line) => process.stderr.write(`\r\x1b[2K${[...line].slice(0, width()).join('')}`);
  }
  return io;
}
