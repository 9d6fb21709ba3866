import { main } from '../cli/main';
import type { Io } from '../cli/io';

/** Runs the CLI in this process with its output captured: exit code, stdout and stderr as text. */
export async function runCli(args: string[], columns = 120): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), columns };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
