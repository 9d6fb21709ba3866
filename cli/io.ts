/** Where the CLI writes: real streams in main, buffers in tests. */
export type Io = {
  out(line: string): void;
  err(line: string): void;
  columns: number;
};

export function processIo(): Io {
  return {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
    columns: process.stdout.columns || 110,
  };
}
