import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { refused } from '../core/io/check';
import { problemMessage, readWorkbook, type ReadProblem, type ReadResult } from '../core/io/read';
import officeCrypto from 'officecrypto-tool';
import { encryptedWorkbook, zipOf } from './package-fixtures';

/**
 * The right sentence for each kind of file that cannot be used, in Vietnamese and English, with a stable code:
 * a password-protected .ods, an Excel 2.x–4.0 worksheet, an XML entity bomb, a damaged .xls or .xlsb, and the
 * limits no option lifts. The files are made here, from the seeds' rows.
 */

const ROOT = path.join(__dirname, '..');
const problemOf = (r: ReadResult) => (r.ok ? { read: r.format } : r.problem);
const cliAndPage = (p: ReadProblem) => [problemMessage(p, 'so.ods'), problemMessage(p, 'so.ods', { flags: false })];

/** Rows of the Đồng Tháp plan (samples/src), in plain ASCII where an old format has no Vietnamese code page. */
const ROWS = [
  ['STT', 'Nhiem vu', 'Co quan chu tri', 'Thoi gian hoan thanh'],
  [1, 'Ra soat, danh gia thu tuc hanh chinh', 'So Noi vu', 'Quy II/2022'],
  [2, 'Cong khai thu tuc hanh chinh tren Cong Dich vu cong', 'Van phong UBND tinh', 'Thang 12/2022'],
];

function odsParts(manifestEntries: string, content = true) {
  return [
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
    {
      name: 'META-INF/manifest.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>${manifestEntries}</manifest:manifest>`,
    },
    // The ciphertext of a protected file is bytes no XML parser takes.
    ...(content ? [{ name: 'content.xml', data: new Uint8Array(Array.from({ length: 2528 }, (_, i) => (i * 2654435761) >>> 24)) }] : []),
  ];
}

const ENCRYPTED_ENTRY = (file: string) =>
  `<manifest:file-entry manifest:full-path="${file}" manifest:media-type="text/xml" manifest:size="1705"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="qgpvEg1Acr7+PtBuKzHPxEttWpgCgWJUBpjQbAIsRfg="><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="nEE8fWb8ukHxuZveVXsu7Q=="/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="RZDTLcf7Y+1BT9OmbsJY/g=="/></manifest:encryption-data></manifest:file-entry>`;

describe('a password-protected .ods', () => {
  it('LibreOffice’s encrypted content.xml: password-protected, not damaged, and LibreOffice removes it', () => {
    const r = readWorkbook(zipOf(odsParts(ENCRYPTED_ENTRY('content.xml'))));
    expect(problemOf(r)).toEqual({ code: 'encrypted', app: 'libreoffice' });
    for (const m of cliAndPage({ code: 'encrypted', app: 'libreoffice' })) {
      expect(m).toEqual({
        vi: 'Tệp so.ods được đặt mật khẩu; hãy mở bằng LibreOffice Calc (nhập mật khẩu) rồi lưu lại không đặt mật khẩu.',
        en: 'so.ods is password-protected; open it in LibreOffice Calc with its password and save it again without one.',
      });
    }
  });

  it('LibreOffice 7.5’s whole-package encryption (one encrypted-package part, no content.xml): password-protected too', () => {
    expect(problemOf(readWorkbook(zipOf(odsParts(ENCRYPTED_ENTRY('encrypted-package'), false))))).toEqual({ code: 'encrypted', app: 'libreoffice' });
  });

  it('the same .ods without encryption in its manifest is read, and one with bad XML is damaged', () => {
    const content = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="KH"><table:table-row><table:table-cell office:value-type="string"><text:p>Rà soát thủ tục</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    const plain = odsParts('', false);
    expect(problemOf(readWorkbook(zipOf([...plain, { name: 'content.xml', data: content }])))).toEqual({ read: 'ods' });
    expect(problemOf(readWorkbook(zipOf(odsParts(''))))).toMatchObject({ code: 'corrupt' });
  });
});

describe('Excel 2.x, 3.0 and 4.0 worksheets (bare BIFF2–4 streams)', () => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(ROWS), 'KH');
  const versions = [
    ['biff2', '2.x'],
    ['biff3', '3.0'],
    ['biff4', '4.0'],
  ] as const;

  it.each(versions)('%s: read through SheetJS, cell for cell', (bookType) => {
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: bookType as XLSX.BookType }) as ArrayBuffer);
    const r = readWorkbook(bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect(r.format).toBe('xls');
    // A worksheet file of those days holds one sheet and no name for it (Excel shows the file's): SheetJS says Sheet1.
    expect(r.grids.map((g) => [g.name, g.values])).toEqual([['Sheet1', ROWS]]);
  });

  it.each(versions)('%s cut short: named as the old Excel file it is, to save again as .xlsx', (bookType, version) => {
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: bookType as XLSX.BookType }) as ArrayBuffer);
    expect(problemOf(readWorkbook(bytes.slice(0, 40)))).toEqual({ code: 'old-excel', version });
  });

  it('the sentence', () => {
    expect(problemMessage({ code: 'old-excel', version: '4.0' }, 'KH-1994.xls')).toEqual({
      vi: 'Tệp KH-1994.xls là sổ Excel 4.0 (định dạng cũ, trước năm 1995) mà cchc không đọc được; hãy mở bằng Excel hoặc LibreOffice Calc rồi lưu lại dưới dạng .xlsx.',
      en: 'KH-1994.xls is an Excel 4.0 file (an old format, from before 1995) that cchc cannot read; open it in Excel or LibreOffice Calc and save it again as .xlsx.',
    });
  });
});

describe('an XML entity bomb', () => {
  it('says it may be a malicious file, in both languages and in both hosts', () => {
    for (const m of cliAndPage({ code: 'xml-entities' })) {
      expect(m).toEqual({
        vi: 'Tệp so.ods chứa khai báo thực thể XML mà Excel không bao giờ ghi (kiểu “XML bomb”); có thể là tệp độc hại nên không được đọc.',
        en: 'so.ods declares XML entities, which Excel never writes (an “XML bomb”); it may be a malicious file and was not read.',
      });
    }
  });

  it('in an .ods content.xml too', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body>&b;</office:body></office:document-content>`;
    expect(problemOf(readWorkbook(zipOf([...odsParts('', false), { name: 'content.xml', data: bomb }])))).toEqual({ code: 'xml-entities' });
  });

  it('a DOCTYPE without entities is no bomb: read as before', () => {
    const content = `<?xml version="1.0"?><!DOCTYPE office:document-content><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="KH"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    expect(problemOf(readWorkbook(zipOf([...odsParts('', false), { name: 'content.xml', data: content }])))).toEqual({ read: 'ods' });
  });
});

describe('a refusal on a limit names only an option that lifts that limit', () => {
  it('an .ods row repeated 20 000 times with text in it: a fixed limit, no --max-cells, in either host', () => {
    const content = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="KH"><table:table-row table:number-rows-repeated="20000"><table:table-cell office:value-type="string"><text:p>Sở Nội vụ</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    const r = readWorkbook(zipOf([...odsParts('', false), { name: 'content.xml', data: content }]), { maxCells: 1_000_000_000 });
    expect(problemOf(r)).toEqual({ code: 'too-large', limit: 10_000, what: 'repeat' });
    const [cli, page] = cliAndPage(r.ok ? { code: 'empty-file' } : r.problem);
    expect(cli).toEqual(page);
    expect(cli).toEqual({
      vi: 'Sổ so.ods lặp lại một ô hoặc một dòng có dữ liệu hơn 10.000 lần (kế hoạch thật không như vậy; có thể là tệp độc hại).',
      en: 'so.ods repeats one cell or row that holds something more than 10,000 times (no real plan does; possibly a malicious file).',
    });
  });

  const fixed: ReadProblem[] = [
    { code: 'too-large', limit: 10_000, what: 'repeat' },
    { code: 'too-large', limit: 100_000_000, what: 'text' },
    { code: 'too-large', limit: 1_000_000, what: 'merges' },
    { code: 'too-large', what: 'memory' },
  ];
  it.each(fixed.map((p) => ['what' in p ? p.what : '', p] as const))('%s: no option named, the CLI’s sentence is the page’s', (_what, p) => {
    const [cli, page] = cliAndPage(p);
    expect(cli.vi).not.toMatch(/--/);
    expect(cli.en).not.toMatch(/--/);
    expect(cli).toEqual(page);
  });

  it('the cells limit names --max-cells in the CLI, and lifting it reads the file', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'KH');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const r = readWorkbook(bytes, { maxCells: 60 });
    expect(problemOf(r)).toEqual({ code: 'too-large', limit: 60, what: 'cells' });
    expect(refused('KH.xlsx', r.ok ? { code: 'empty-file' } : r.problem).message.en).toMatch(/--max-cells/);
    expect(problemOf(readWorkbook(bytes, { maxCells: 100 }))).toEqual({ read: 'xlsx' });
  });

  it('a part that lies about its size names the whole --max-bytes limit, not what was left of it when it went off', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [i + 1, 'Rà soát, đánh giá thủ tục hành chính '.repeat(200)]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'KH');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
    // Every part declares 1 byte in the central directory: only the inflater's cap can stop it.
    const v = new DataView(bytes.buffer);
    for (let i = 0; i + 46 < bytes.length; i++) if (v.getUint32(i, true) === 0x02014b50) v.setUint32(i + 24, 1, true);
    const r = readWorkbook(bytes, { maxBytes: 1024 * 1024 });
    expect(problemOf(r)).toEqual({ code: 'too-large-unpacked', limit: 1024 * 1024 });
    expect(refused('KH.xlsx', r.ok ? { code: 'empty-file' } : r.problem).message.en).toMatch(/more than 1 MB .*--max-bytes/);
  });
});

describe('a damaged old workbook is damaged, not "a format cchc cannot read yet"', () => {
  it('an .xls cut short, on which SheetJS fails with a TypeError: corrupt', () => {
    const wb = XLSX.read(fs.readFileSync(path.join(ROOT, 'samples', 'dong-thap-2022-ke-hoach-cchc.xlsx')));
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    for (const n of [600, 1085, 1570]) expect(problemOf(readWorkbook(bytes.slice(0, n)))).toEqual({ code: 'corrupt', detail: expect.stringMatching(/^Cannot (read|set) properties of undefined/) });
  });

  it('an .xlsb whose cell text claims three billion characters: corrupt at once, not all the memory there is', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(ROWS), 'KH');
    const good = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsb', compression: false }) as ArrayBuffer);
    expect(problemOf(readWorkbook(good))).toEqual({ read: 'xlsb' });
    // The first BrtShortSt (0x11) or BrtCellSt (0x06) of the stored sheet part: its character count's top byte.
    const bad = good.slice();
    const text = new TextEncoder().encode('Ra soat');
    const utf16 = new Uint8Array(text.length * 2);
    text.forEach((c, i) => (utf16[2 * i] = c));
    const at = bad.findIndex((_, i) => utf16.every((c, k) => bad[i + k] === c));
    expect(at).toBeGreaterThan(0);
    bad[at - 1] = 0xdd;
    expect(problemOf(readWorkbook(bad))).toEqual({ code: 'corrupt', detail: expect.stringMatching(/a string of \d{10} characters in a record of \d+ bytes/) });
  });
});

describe('a workbook encrypted with Excel’s default password ("VelvetSweatshop")', () => {
  const SAMPLE = path.join(ROOT, 'samples', 'dong-thap-2022-ke-hoach-cchc.xlsx');
  const plain = readWorkbook(new Uint8Array(fs.readFileSync(SAMPLE)));

  // officecrypto-tool encrypts as Excel does: agile (Excel 2010 and later) and standard (Excel 2007).
  it.each([['agile', undefined], ['standard', 'standard' as const]])('%s encryption: Excel opens it without a password, and so does cchc, cell for cell', async (_kind, type) => {
    const encrypted = await officeCrypto.encrypt(fs.readFileSync(SAMPLE), { password: 'VelvetSweatshop', ...(type ? { type } : {}) });
    expect([...encrypted.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const r = readWorkbook(new Uint8Array(encrypted));
    if (!r.ok || !plain.ok) throw new Error(JSON.stringify(r.ok ? null : r.problem));
    expect(r.format).toBe('xlsx');
    expect(r.grids).toEqual(plain.grids);
  }, 60_000);

  it.each([['agile', undefined], ['standard', 'standard' as const]])('%s encryption with a password of its own: password-protected', async (_kind, type) => {
    const encrypted = await officeCrypto.encrypt(fs.readFileSync(SAMPLE), { password: 'SoNoiVu@2024', ...(type ? { type } : {}) });
    expect(problemOf(readWorkbook(new Uint8Array(encrypted)))).toEqual({ code: 'encrypted' });
  }, 60_000);

  it('an encrypted package whose key cannot be had (no key encryptor): password-protected', () => {
    expect(problemOf(readWorkbook(new Uint8Array(encryptedWorkbook())))).toEqual({ code: 'encrypted' });
  });

  it('the sentence for one Excel opens without asking and cchc cannot decrypt', () => {
    for (const m of cliAndPage({ code: 'encrypted-default' })) {
      expect(m).toEqual({
        vi: 'Tệp so.ods được mã hóa bằng mật khẩu mặc định của Excel: Excel mở được mà không hỏi mật khẩu (tệp chỉ được khóa chống sửa), nhưng cchc chưa đọc được kiểu mã hóa này; hãy mở bằng Excel rồi lưu lại dưới dạng .xlsx.',
        en: "so.ods is encrypted with Excel's default password: Excel opens it without asking for one (the file is only protected against changes), but cchc cannot read this kind of encryption yet; open it in Excel and save it again as .xlsx.",
      });
    }
  });
});
