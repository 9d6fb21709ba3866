import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { GridInput, Message } from '../core';
import { DEFAULT_LIMITS, NoWorksheetsError, readXlsx, WorkbookTooLargeError, WorkbookUnpacksTooLargeError, type ReadLimits } from './xlsx-read';

export type LoadResult = { ok: true; grids: GridInput[] } | { ok: false; code: string; message: Message };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An .xlsx is a zip; an encrypted .xlsx and an old .xls are OLE compound files. Tell them apart. */
function sniff(buf: Buffer, file: string): LoadResult | null {
  const name = path.basename(file);
  if (buf.length === 0) return { ok: false, code: 'empty-file', message: { vi: `Tệp ${name} rỗng (0 byte).`, en: `${name} is empty (0 bytes).` } };
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) {
    // "EncryptedPackage" in UTF-16LE marks a password-protected Office Open XML file.
    if (buf.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      return { ok: false, code: 'encrypted', message: { vi: `Tệp ${name} được đặt mật khẩu; hãy mở trong Excel, gỡ mật khẩu rồi lưu lại.`, en: `${name} is password-protected; open it in Excel, remove the password and save it again.` } };
    }
    return { ok: false, code: 'old-format', message: { vi: `Tệp ${name} là định dạng Excel cũ (.xls); hãy mở trong Excel và lưu lại dưới dạng .xlsx.`, en: `${name} is an old Excel file (.xls); open it in Excel and save it as .xlsx.` } };
  }
  if (!buf.subarray(0, 4).equals(ZIP_MAGIC)) {
    return { ok: false, code: 'not-xlsx', message: { vi: `Tệp ${name} không phải là sổ Excel .xlsx.`, en: `${name} is not an Excel .xlsx workbook.` } };
  }
  return null;
}

/** Loads a workbook file, or says in one sentence why it cannot be used. Never throws. */
export async function loadWorkbookFile(file: string, limits: Partial<ReadLimits> = DEFAULT_LIMITS): Promise<LoadResult> {
  const name = path.basename(file);
  let buf: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, code: 'is-directory', message: { vi: `${name} là một thư mục, không phải tệp Excel.`, en: `${name} is a folder, not an Excel file.` } };
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, code: 'missing', message: { vi: `Không tìm thấy tệp ${file}.`, en: `File not found: ${file}.` } };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, code: 'no-access', message: { vi: `Không có quyền đọc tệp ${file}.`, en: `No permission to read ${file}.` } };
    return { ok: false, code: 'unreadable', message: { vi: `Không đọc được tệp ${file}.`, en: `Cannot read ${file}.` } };
  }
  const bad = sniff(buf, file);
  if (bad) return bad;
  try {
    const grids = await readXlsx(buf, limits);
    if (grids.length === 0) return { ok: false, code: 'no-sheets', message: { vi: `Sổ ${name} không có trang tính nào.`, en: `${name} has no worksheets.` } };
    return { ok: true, grids };
  } catch (e) {
    if (e instanceof WorkbookTooLargeError) {
      return { ok: false, code: 'too-large', message: { vi: `Sổ ${name} quá lớn (hơn ${e.limit.toLocaleString('vi-VN')} ô); có thể tăng giới hạn bằng --max-cells.`, en: `${name} is too large (more than ${e.limit.toLocaleString('en-US')} cells); raise the limit with --max-cells.` } };
    }
    if (e instanceof WorkbookUnpacksTooLargeError) {
      const mb = e.limit / 1024 / 1024;
      const shown = (locale: string) => mb.toLocaleString(locale, { maximumFractionDigits: mb < 10 ? 2 : 0 });
      return {
        ok: false,
        code: 'too-large-unpacked',
        message: {
          vi: `Sổ ${name} khi giải nén lớn hơn ${shown('vi-VN')} MB (có thể là tệp độc hại “zip bomb”); nếu đúng là sổ thật, hãy tăng giới hạn bằng --max-bytes.`,
          en: `${name} unpacks to more than ${shown('en-US')} MB (possibly a malicious “zip bomb”); if it is a real workbook, raise the limit with --max-bytes.`,
        },
      };
    }
    if (e instanceof NoWorksheetsError) {
      return e.chartSheets > 0
        ? { ok: false, code: 'no-sheets', message: { vi: `Sổ ${name} chỉ có trang biểu đồ, không có trang tính nào để kiểm tra.`, en: `${name} has only chart sheets, no worksheet to check.` } }
        : { ok: false, code: 'no-sheets', message: { vi: `Sổ ${name} không có trang tính nào.`, en: `${name} has no worksheets.` } };
    }
    return { ok: false, code: 'corrupt', message: { vi: `Tệp ${name} bị hỏng hoặc không phải sổ Excel .xlsx hợp lệ.`, en: `${name} is damaged or not a valid Excel .xlsx workbook.` } };
  }
}
