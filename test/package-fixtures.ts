/**
 * Real files for the input tests, built byte by byte so no binary fixture is checked in:
 * - compound files (OLE2 / CFB, [MS-CFB]): an encrypted Office Open XML workbook (EncryptionInfo and
 *   EncryptedPackage streams, as Excel writes a password-protected .xlsx) and an old .xls (a Workbook
 *   stream opening with a BIFF8 BOF record);
 * - small .xlsx packages written directly as SpreadsheetML, for odd sheets (formulas, errors, hidden sheets
 *   and rows, chart sheets, no sheets at all) that exceljs cannot or would not write;
 * - a zip bomb: a sheet of hundreds of megabytes of repeated cells, deflated as a stream to a small file.
 */
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as zlib from 'node:zlib';
import { zipSync, strToU8, type Zippable } from 'fflate';

// ---------------------------------------------------------------------------------------------- CFB

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/**
 * A version-3 compound file holding the given streams in its root storage. Every stream is padded to at
 * least 4096 bytes so it lives in ordinary sectors (no mini stream is needed). The streams form a valid
 * red-black tree when there are one or two of them (the root black, the right sibling red).
 */
export function buildCompoundFile(streams: { name: string; data: Buffer }[]): Buffer {
  if (streams.length < 1 || streams.length > 2) throw new Error('one or two streams');
  // Directory order: shorter names first, then by upper-case comparison.
  const sorted = [...streams].sort((a, b) => a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1));
  const padded = sorted.map((s) => {
    const size = Math.max(4096, s.data.length);
    const data = Buffer.alloc(Math.ceil(size / SECTOR) * SECTOR);
    s.data.copy(data);
    return { name: s.name, data, size };
  });
  const dirSector = 1;
  let next = 2;
  const starts = padded.map((p) => {
    const start = next;
    next += p.data.length / SECTOR;
    return start;
  });
  const sectors = next;
  if (sectors > SECTOR / 4) throw new Error('too big for one FAT sector');

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift: 2^9
  header.writeUInt16LE(6, 32); // mini sector shift: 2^6
  header.writeUInt32LE(0, 40); // directory sectors (0 in version 3)
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(dirSector, 48);
  header.writeUInt32LE(0, 52);
  header.writeUInt32LE(4096, 56); // mini stream cut-off
  header.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  header.writeUInt32LE(0, 64);
  header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 72);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREESECT, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, dirSector * 4);
  padded.forEach((p, k) => {
    const n = p.data.length / SECTOR;
    for (let i = 0; i < n; i++) fat.writeUInt32LE(i === n - 1 ? ENDOFCHAIN : starts[k] + i + 1, (starts[k] + i) * 4);
  });

  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, color: number, left: number, right: number, child: number, start: number, size: number) => {
    const o = i * 128;
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 64);
    dir[o + 66] = type;
    dir[o + 67] = color;
    dir.writeUInt32LE(left, o + 68);
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(start, o + 116);
    dir.writeUInt32LE(size, o + 120);
  };
  entry(0, 'Root Entry', 5, 1, NOSTREAM, NOSTREAM, 1, ENDOFCHAIN, 0);
  padded.forEach((p, k) => entry(k + 1, p.name, 2, k === 0 ? 1 : 0, NOSTREAM, k === 0 && padded.length > 1 ? 2 : NOSTREAM, NOSTREAM, starts[k], p.size));
  for (let i = padded.length + 1; i < 4; i++) {
    dir.writeUInt32LE(NOSTREAM, i * 128 + 68);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 72);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 76);
  }
  return Buffer.concat([header, fat, dir, ...padded.map((p) => p.data)]);
}

/**
 * A password-protected .xlsx as Excel saves it: a compound file with the agile EncryptionInfo (version 4.4,
 * its XML descriptor) and the EncryptedPackage (the package's size, then ciphertext — here random bytes).
 */
export function encryptedWorkbook(): Buffer {
  const descriptor = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
      'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" ' +
      'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
      '</encryption>',
    'utf8',
  );
  const info = Buffer.alloc(8);
  info.writeUInt16LE(4, 0); // version 4.4: agile encryption
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4); // flags
  const packageData = Buffer.alloc(9000);
  packageData.writeBigUInt64LE(8992n, 0);
  for (let i = 8; i < packageData.length; i++) packageData[i] = (i * 2654435761) >>> 24;
  return buildCompoundFile([
    { name: 'EncryptionInfo', data: Buffer.concat([info, descriptor]) },
    { name: 'EncryptedPackage', data: packageData },
  ]);
}

/** An Excel 97–2003 .xls: a Workbook stream with a BIFF8 BOF record (workbook globals) and an EOF record. */
export function oldExcelWorkbook(): Buffer {
  const bof = Buffer.alloc(20);
  bof.writeUInt16LE(0x0809, 0); // BOF
  bof.writeUInt16LE(16, 2);
  bof.writeUInt16LE(0x0600, 4); // BIFF8
  bof.writeUInt16LE(0x0005, 6); // workbook globals
  bof.writeUInt16LE(0x0dbb, 8); // build
  bof.writeUInt16LE(0x07cc, 10); // year
  const eof = Buffer.from([0x0a, 0x00, 0x00, 0x00]);
  return buildCompoundFile([{ name: 'Workbook', data: Buffer.concat([bof, eof]) }]);
}

// --------------------------------------------------------------------------------------- SpreadsheetML

export type XCell =
  | string
  | number
  | boolean
  | null
  | { f: string; v?: string | number | boolean; t?: 'str' | 'e' | 'b' }
  | { e: string }
  | { date: number };

export type XSheet = {
  name: string;
  rows: XCell[][];
  merges?: string[];
  state?: 'hidden' | 'veryHidden';
  hiddenRows?: number[];
  /** A chart sheet instead of a worksheet. */
  chart?: boolean;
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colName = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function cellXml(ref: string, v: XCell): string {
  if (v === null) return '';
  // As Excel writes text: a literal "_xHHHH_" is escaped as "_x005F_xHHHH_" (ST_Xstring), so it reads back as written.
  if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v).replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')}</t></is></c>`;
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if ('e' in v) return `<c r="${ref}" t="e"><v>${esc(v.e)}</v></c>`;
  if ('date' in v) return `<c r="${ref}" s="1"><v>${v.date}</v></c>`;
  const t = v.t ?? (typeof v.v === 'string' ? 'str' : typeof v.v === 'boolean' ? 'b' : undefined);
  const val = v.v === undefined ? '' : `<v>${typeof v.v === 'boolean' ? (v.v ? 1 : 0) : esc(String(v.v))}</v>`;
  return `<c r="${ref}"${t ? ` t="${t}"` : ''}><f>${esc(v.f)}</f>${val}</c>`;
}

function sheetXml(s: XSheet): string {
  const hidden = new Set(s.hiddenRows ?? []);
  const rows = s.rows
    .map((row, r) => {
      const cells = row.map((v, c) => cellXml(`${colName(c)}${r + 1}`, v)).join('');
      return cells || hidden.has(r + 1) ? `<row r="${r + 1}"${hidden.has(r + 1) ? ' hidden="1"' : ''}>${cells}</row>` : '';
    })
    .join('');
  const merges = s.merges?.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

const CHART_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></chartsheet>';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a minimal workbook package, in order, as name → XML. */
export function workbookParts(sheets: XSheet[]): { name: string; data: string }[] {
  const sheetEls = sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  const rels = sheets
    .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${s.chart ? 'chartsheet' : 'worksheet'}" Target="${s.chart ? 'chartsheets' : 'worksheets'}/sheet${i + 1}.xml"/>`)
    .join('');
  const n = sheets.length;
  const overrides = sheets
    .map((s, i) =>
      s.chart
        ? `<Override PartName="/xl/chartsheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>`
        : `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  return [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>${sheetEls}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      // Style 1: a date (dd/mm/yyyy).
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    },
    ...sheets.map((s, i) => (s.chart ? { name: `xl/chartsheets/sheet${i + 1}.xml`, data: CHART_SHEET } : { name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) })),
  ];
}

/** A zip of the given parts, in order, deflated, every entry stamped with the same time. */
export function zipOf(parts: readonly { name: string; data: string | Uint8Array }[], date = new Date(2024, 0, 1)): Buffer {
  const files: Zippable = {};
  for (const p of parts) files[p.name] = [typeof p.data === 'string' ? strToU8(p.data) : p.data, { mtime: date }];
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** An .xlsx of the given sheets. */
export function xlsxOf(sheets: XSheet[]): Buffer {
  return zipOf(workbookParts(sheets));
}

// -------------------------------------------------------------------------------------------- zip bomb

function crc32Update(crc: number, chunk: Buffer): number {
  const native = (zlib as unknown as { crc32?: (b: Buffer, v?: number) => number }).crc32;
  if (native) return native(chunk, crc) >>> 0;
  let c = ~crc >>> 0;
  for (let i = 0; i < chunk.length; i++) {
    c ^= chunk[i];
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

/**
 * Writes a zip bomb to `file`: a real workbook whose one sheet is `megabytes` MB of repeated cells, deflated
 * as it is generated (never held in memory), at the highest compression: a few hundred kilobytes on disk.
 * With `lie`, the sheet's headers declare 1 kB instead of its real size, as a malicious file would.
 */
export async function writeZipBomb(file: string, megabytes: number, lie = false): Promise<{ size: number; unpacked: number }> {
  const small = workbookParts([{ name: 'Phụ lục', rows: [] }]).filter((p) => !p.name.startsWith('xl/worksheets/'));
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const tail = Buffer.from('</sheetData></worksheet>');
  const unit = '<row><c t="inlineStr"><is><t>Rà soát văn bản quy phạm pháp luật</t></is></c><c><v>1</v></c></row>';
  const block = Buffer.from(unit.repeat(Math.floor((1024 * 1024) / Buffer.byteLength(unit))), 'utf8');

  const deflater = zlib.createDeflateRaw({ level: 9, memLevel: 9 });
  const compressed: Buffer[] = [];
  deflater.on('data', (c: Buffer) => compressed.push(c));
  const done = once(deflater, 'end');
  let crc = 0;
  let unpacked = 0;
  const feed = async (chunk: Buffer) => {
    crc = crc32Update(crc, chunk);
    unpacked += chunk.length;
    if (!deflater.write(chunk)) await once(deflater, 'drain');
  };
  await feed(head);
  for (let i = 0; i < megabytes; i++) await feed(block);
  await feed(tail);
  deflater.end();
  await done;
  const data = Buffer.concat(compressed);

  // The small parts through the normal writer, then the bomb appended as one more entry.
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const declared = lie ? 1024 : unpacked;
  const base = zipOf(small);
  const eocd = base.length - 22;
  const cdOffset = base.readUInt32LE(eocd + 16);
  const cdSize = base.readUInt32LE(eocd + 12);
  const entries = base.readUInt16LE(eocd + 10);
  const before = base.subarray(0, cdOffset);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(before.length, 42);
  const newCdOffset = before.length + local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries + 1, 8);
  end.writeUInt16LE(entries + 1, 10);
  end.writeUInt32LE(cdSize + central.length + name.length, 12);
  end.writeUInt32LE(newCdOffset, 16);
  const out = Buffer.concat([before, local, name, data, base.subarray(cdOffset, cdOffset + cdSize), central, name, end]);
  await fs.promises.writeFile(file, out);
  return { size: out.length, unpacked };
}

/**
 * The Đồng Tháp sample plan with a note on a status cell, as an agency might send it back: Excel on the web will not
 * insert a sheet with comments (UnsupportedFeature), Excel for Windows will.
 */
export async function sampleWithNote(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(__dirname, '..', 'samples', 'dong-thap-2022-ke-hoach-cchc.xlsx')) as unknown as ArrayBuffer);
  wb.worksheets[0].getCell('J49').note = 'Sở Nội vụ: đang trình UBND tỉnh, dự kiến xong trong Quý IV/2022';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

