/**
 * The files a user drops or picks, with the path each is known by: its name, or for a folder its path inside
 * that folder ("Quý III/so-noi-vu.xlsx" dropped as "Quý III" → "so-noi-vu.xlsx"; a sub-folder keeps its part).
 * That path names the file in the findings and the report, and is what the report's links point to, relative
 * to the folder the report is saved in. From a folder only workbooks are taken; a file picked by hand is
 * always taken (the reader then says if it is not a workbook).
 */

/** `path`: as the page names the file; `full`: with the folder that was dropped or chosen, to tell two apart. */
export type Picked = { file: File; path: string; full: string };
export type Gathered = { files: Picked[]; skipped: number };

/** What the reader takes; the bytes decide in the end, the name only picks files out of a folder. */
const WORKBOOK = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|fods|xml)$/i;

/** Excel's lock files ("~$Sổ.xlsx") and hidden files are not workbooks someone sent. */
const isWorkbookName = (name: string) => WORKBOOK.test(name) && !name.startsWith('~$') && !name.startsWith('.');

/** "Thư mục/con/a.xlsx" → "con/a.xlsx": the path inside the folder that was dropped or chosen. */
export function insideFolder(relative: string): string {
  const parts = relative.split('/').filter(Boolean);
  return parts.length > 1 ? parts.slice(1).join('/') : parts.join('/');
}

/** The files of an <input type="file"> (with `webkitdirectory`, a folder's files with their relative paths). */
export function fromInput(list: FileList | null): Gathered {
  const files: Picked[] = [];
  let skipped = 0;
  for (const file of Array.from(list ?? [])) {
    const rel = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
    if (rel) {
      if (isWorkbookName(file.name)) files.push({ file, path: insideFolder(rel), full: rel });
      else skipped++;
    } else files.push({ file, path: file.name, full: file.name });
  }
  return { files, skipped };
}

type Entry = { isFile: boolean; isDirectory: boolean; name: string; fullPath: string };
type FileEntry = Entry & { file(ok: (f: File) => void, fail: (e: unknown) => void): void };
type DirEntry = Entry & { createReader(): { readEntries(ok: (es: Entry[]) => void, fail: (e: unknown) => void): void } };

/**
 * A drop: files and whole folders (through the entries API every current browser has). The entries must be
 * taken during the drop event itself, so call this synchronously from the handler and await the result.
 */
export function fromDrop(dt: DataTransfer): Promise<Gathered> {
  const items = Array.from(dt.items ?? []).filter((i) => i.kind === 'file');
  const entries = items.map((i) => (typeof i.webkitGetAsEntry === 'function' ? (i.webkitGetAsEntry() as Entry | null) : null));
  if (entries.length === 0 || entries.some((e) => e === null)) return Promise.resolve(fromInput(dt.files));
  const plain = Array.from(dt.files);
  return (async () => {
    const out: Gathered = { files: [], skipped: 0 };
    for (const [i, entry] of entries.entries()) {
      if (entry!.isDirectory) await walk(entry as DirEntry, out);
      // A file dropped by itself: the File the drop carries (the entry's would do as well).
      else if (entry!.isFile) out.files.push({ file: plain.find((f) => f.name === entry!.name) ?? (await fileOf(entry as FileEntry)), path: entry!.name, full: entry!.name });
      else if (plain[i]) out.files.push({ file: plain[i], path: plain[i].name, full: plain[i].name });
    }
    return out;
  })();
}

const fileOf = (e: FileEntry) => new Promise<File>((ok, fail) => e.file(ok, fail));

async function walk(dir: DirEntry, out: Gathered): Promise<void> {
  const reader = dir.createReader();
  // readEntries hands a folder over in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) return;
    for (const e of batch) {
      if (e.isDirectory) await walk(e as DirEntry, out);
      else if (!isWorkbookName(e.name)) out.skipped++;
      else {
        try {
          out.files.push({ file: await fileOf(e as FileEntry), path: insideFolder(e.fullPath), full: e.fullPath.replace(/^\/+/, '') });
        } catch {
          out.skipped++;
        }
      }
    }
  }
}

/** Sorted as a person would list them: "PL2" before "PL10", Vietnamese letters in their place. */
export const byPath = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true, sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** "huyen/Phụ lục.xlsx", 2 → "huyen/Phụ lục (2).xlsx": the n-th file of that name, its extension kept. */
export function numbered(path: string, n: number): string {
  const m = /^(.*?)(\.[^./]+)?$/.exec(path)!;
  return `${m[1]} (${n})${m[2] ?? ''}`;
}

/** Whether two files hold the same bytes (a file picked twice), without trusting names or dates. */
export async function sameBytes(a: Blob, b: Blob): Promise<boolean> {
  if (a.size !== b.size) return false;
  const [x, y] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]).then(([p, q]) => [new Uint8Array(p), new Uint8Array(q)]);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
