import { PackageZip } from './zip';

/** Files bundled in one .zip (a page's download of many workbooks), their names in UTF-8, each stored as it is. */
export function zipFiles(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, opts: { date: Date }): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new PackageZip((c) => chunks.push(c), { date: opts.date });
  for (const f of files) zip.file(f.name, f.bytes);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
