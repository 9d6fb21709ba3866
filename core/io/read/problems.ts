import type { Message } from '../../findings';

/**
 * Why a workbook cannot be used, as data: a stable code for the JSON output and one sentence for the
 * user. The sentences are honest about whose fault it is: a damaged file, a file we refuse on purpose
 * (too large, too slow, password), or a file Excel reads and cchc cannot yet.
 */
export type ReadProblem =
  | { code: 'empty-file' }
  | { code: 'not-workbook' }
  /** Opened only with a password; `app` is the program that removes it (an .ods: LibreOffice Calc). */
  | { code: 'encrypted'; app?: 'libreoffice' }
  /**
   * Encrypted with the password Excel uses when none was typed ("VelvetSweatshop": a workbook protected against
   * changes, not against reading). Excel opens it without asking; cchc cannot decrypt this kind.
   */
  | { code: 'encrypted-default' }
  /** An Excel 2.x, 3.0 or 4.0 worksheet (before 1995) that SheetJS could not read. */
  | { code: 'old-excel'; version: '2.x' | '3.0' | '4.0' }
  /** An XML part that declares its own entities: Excel never writes one; an "entity bomb" does. */
  | { code: 'xml-entities' }
  /** Damaged: Excel would have to repair it too, or cannot open it. */
  | { code: 'corrupt'; detail: string }
  /** Excel (or LibreOffice) opens such files; cchc cannot read this one yet. */
  | { code: 'unsupported'; what: Message }
  | { code: 'no-sheets'; chartSheets: number }
  /**
   * Over a limit: `cells` is the one --max-cells sets; the others are fixed (no option lifts them): characters of
   * text, merged areas, one cell or row repeated (an .ods), and the memory the engine gives one file.
   */
  | { code: 'too-large'; limit: number; what: 'cells' | 'text' | 'merges' | 'repeat' }
  | { code: 'too-large'; what: 'memory' }
  | { code: 'too-large-unpacked'; limit: number }
  /** Over the time budget for one file. */
  | { code: 'too-slow'; seconds: number }
  /** A fault in cchc, not in the file. */
  | { code: 'reader-failed'; detail: string };

export type ReadProblemCode = ReadProblem['code'];

export class ReadProblemError extends Error {
  constructor(readonly problem: ReadProblem) {
    super('detail' in problem ? `${problem.code}: ${problem.detail}` : problem.code);
  }
}

export const problem = (p: ReadProblem): ReadProblemError => new ReadProblemError(p);

const num = (n: number, locale: string) => n.toLocaleString(locale, { maximumFractionDigits: n < 10 ? 2 : 0 });

/**
 * The one sentence for a problem with the file `name` (its base name, as the user knows it). With `flags`
 * (the default, for the CLI) a refusal on a limit names the option that lifts it; a web page has none.
 */
export function problemMessage(p: ReadProblem, name: string, opts: { flags?: boolean } = {}): Message {
  const flags = opts.flags ?? true;
  switch (p.code) {
    case 'empty-file':
      return { vi: `Tệp ${name} rỗng (0 byte).`, en: `${name} is empty (0 bytes).` };
    case 'not-workbook':
      return { vi: `Tệp ${name} không phải là sổ bảng tính (.xlsx, .xlsm, .xls hay .ods).`, en: `${name} is not a spreadsheet workbook (.xlsx, .xlsm, .xls or .ods).` };
    case 'encrypted':
      return p.app === 'libreoffice'
        ? { vi: `Tệp ${name} được đặt mật khẩu; hãy mở bằng LibreOffice Calc (nhập mật khẩu) rồi lưu lại không đặt mật khẩu.`, en: `${name} is password-protected; open it in LibreOffice Calc with its password and save it again without one.` }
        : { vi: `Tệp ${name} được đặt mật khẩu; hãy mở trong Excel, gỡ mật khẩu rồi lưu lại.`, en: `${name} is password-protected; open it in Excel, remove the password and save it again.` };
    case 'encrypted-default':
      return {
        vi: `Tệp ${name} được mã hóa bằng mật khẩu mặc định của Excel: Excel mở được mà không hỏi mật khẩu (tệp chỉ được khóa chống sửa), nhưng cchc chưa đọc được kiểu mã hóa này; hãy mở bằng Excel rồi lưu lại dưới dạng .xlsx.`,
        en: `${name} is encrypted with Excel's default password: Excel opens it without asking for one (the file is only protected against changes), but cchc cannot read this kind of encryption yet; open it in Excel and save it again as .xlsx.`,
      };
    case 'old-excel':
      return {
        vi: `Tệp ${name} là sổ Excel ${p.version} (định dạng cũ, trước năm 1995) mà cchc không đọc được; hãy mở bằng Excel hoặc LibreOffice Calc rồi lưu lại dưới dạng .xlsx.`,
        en: `${name} is an Excel ${p.version} file (an old format, from before 1995) that cchc cannot read; open it in Excel or LibreOffice Calc and save it again as .xlsx.`,
      };
    case 'xml-entities':
      return {
        vi: `Tệp ${name} chứa khai báo thực thể XML mà Excel không bao giờ ghi (kiểu “XML bomb”); có thể là tệp độc hại nên không được đọc.`,
        en: `${name} declares XML entities, which Excel never writes (an “XML bomb”); it may be a malicious file and was not read.`,
      };
    case 'corrupt':
      return { vi: `Tệp ${name} bị hỏng, không đọc được; nếu Excel vẫn mở được, hãy lưu lại bằng Excel rồi gửi lại.`, en: `${name} is damaged and cannot be read; if Excel still opens it, save it again from Excel and resend it.` };
    case 'unsupported':
      return { vi: `Excel mở được tệp ${name} nhưng cchc chưa đọc được (${p.what.vi}); hãy lưu lại dưới dạng .xlsx rồi thử lại.`, en: `Excel can open ${name} but cchc cannot read it yet (${p.what.en}); save it as .xlsx and try again.` };
    case 'no-sheets':
      return p.chartSheets > 0
        ? { vi: `Sổ ${name} chỉ có trang biểu đồ, không có trang tính nào để kiểm tra.`, en: `${name} has only chart sheets, no worksheet to check.` }
        : { vi: `Sổ ${name} không có trang tính nào.`, en: `${name} has no worksheets.` };
    case 'too-large':
      if (p.what === 'memory') return { vi: `Sổ ${name} cần quá nhiều bộ nhớ để đọc nên đã bị bỏ qua.`, en: `${name} needs too much memory to read and was skipped.` };
      if (p.what === 'repeat')
        return {
          vi: `Sổ ${name} lặp lại một ô hoặc một dòng có dữ liệu hơn ${num(p.limit, 'vi-VN')} lần (kế hoạch thật không như vậy; có thể là tệp độc hại).`,
          en: `${name} repeats one cell or row that holds something more than ${num(p.limit, 'en-US')} times (no real plan does; possibly a malicious file).`,
        };
      if (p.what === 'text') return { vi: `Sổ ${name} có quá nhiều chữ (hơn ${num(p.limit, 'vi-VN')} ký tự trong các ô; có thể là tệp độc hại).`, en: `${name} holds too much text (more than ${num(p.limit, 'en-US')} characters in its cells; possibly a malicious file).` };
      if (p.what === 'merges') return { vi: `Sổ ${name} có quá nhiều ô gộp (hơn ${num(p.limit, 'vi-VN')}).`, en: `${name} has too many merged areas (more than ${num(p.limit, 'en-US')}).` };
      return flags
        ? { vi: `Sổ ${name} quá lớn (hơn ${num(p.limit, 'vi-VN')} ô); có thể tăng giới hạn bằng --max-cells.`, en: `${name} is too large (more than ${num(p.limit, 'en-US')} cells); raise the limit with --max-cells.` }
        : { vi: `Sổ ${name} quá lớn (hơn ${num(p.limit, 'vi-VN')} ô).`, en: `${name} is too large (more than ${num(p.limit, 'en-US')} cells).` };
    case 'too-large-unpacked': {
      const mb = p.limit / 1024 / 1024;
      return flags
        ? {
            vi: `Sổ ${name} khi giải nén lớn hơn ${num(mb, 'vi-VN')} MB (có thể là tệp độc hại “zip bomb”); nếu đúng là sổ thật, hãy tăng giới hạn bằng --max-bytes.`,
            en: `${name} unpacks to more than ${num(mb, 'en-US')} MB (possibly a malicious “zip bomb”); if it is a real workbook, raise the limit with --max-bytes.`,
          }
        : {
            vi: `Sổ ${name} khi giải nén lớn hơn ${num(mb, 'vi-VN')} MB (có thể là tệp độc hại “zip bomb”).`,
            en: `${name} unpacks to more than ${num(mb, 'en-US')} MB (possibly a malicious “zip bomb”).`,
          };
    }
    case 'too-slow':
      return flags
        ? { vi: `Đọc sổ ${name} mất quá ${num(p.seconds, 'vi-VN')} giây nên đã dừng; các sổ khác vẫn được xử lý (có thể tăng giới hạn bằng --max-seconds).`, en: `Reading ${name} took more than ${num(p.seconds, 'en-US')} seconds and was stopped; the other files go on (raise the limit with --max-seconds).` }
        : { vi: `Đọc sổ ${name} mất quá ${num(p.seconds, 'vi-VN')} giây nên đã dừng; các sổ khác vẫn được xử lý.`, en: `Reading ${name} took more than ${num(p.seconds, 'en-US')} seconds and was stopped; the other files go on.` };
    case 'reader-failed':
      return { vi: `cchc gặp lỗi khi đọc tệp ${name} (lỗi của cchc, không phải của tệp): ${p.detail}.`, en: `cchc failed while reading ${name} (a fault in cchc, not in the file): ${p.detail}.` };
  }
}
