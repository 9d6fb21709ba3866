#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { promises as fs } from 'node:fs';
import { AsOfRuleSchema, isIsoDate, parsePeriod, parseReportSettings, reportDates, type Lang, type ReportDates, type ReportSettings } from '../core';
import { runReport } from './commands/report';
import { runForms } from './commands/forms';
import { comingPeriod } from '../core/plan/forms';
import { runValidate } from './commands/validate';
import { processIo, type Io } from './io';

const VERSION = '0.1.0';

const HELP: Record<Lang, string> = {
  vi: `cchc — kiểm tra và tổng hợp kế hoạch cải cách hành chính trong sổ Excel

Cách dùng:
  cchc validate <tệp.xlsx>... [--as-of YYYY-MM-DD] [--json] [--lang vi|en] [--due-soon 30]
  cchc report <tệp.xlsx>... --period 2024-Q3 --out <báo-cáo.xlsx> [--docx <dự-thảo.docx>] [--settings <cài-đặt.json>]
              [--as-of YYYY-MM-DD | --as-of-rule cut-off|period-end] [--json] [--force]
              [--plan <kế-hoạch.xlsx>] [--previous <báo-cáo-kỳ-trước.xlsx>]
  cchc forms <kế-hoạch.xlsx> --out <thư-mục> [--period 2024-Q3] [--force] [--json]

  Đọc được .xlsx, .xlsm, .xls (Excel 97–2003), .xlsb và .ods (LibreOffice).

  validate   Kiểm tra các trang nhiệm vụ (Phụ lục) và bảng chỉ số trong từng sổ.
  report     Tổng hợp các sổ thành trang báo cáo quý (tệp .xlsx mới; không sửa sổ nguồn).
  forms      Lập biểu báo cáo cho từng cơ quan chủ trì của kế hoạch, ghi vào thư mục --out.
  --plan     Kế hoạch gốc: đối chiếu báo cáo với từng nhiệm vụ của kế hoạch (nhiệm vụ chưa có báo cáo,
             cơ quan chưa gửi báo cáo, dòng không có trong kế hoạch).
  --previous Báo cáo kỳ trước do cchc lập: nêu những gì thay đổi so với kỳ trước.
  --period   Kỳ báo cáo: 2024-Q1 (Quý I), 2024-H1 (6 tháng), 2024-Q3 (Quý III/9 tháng), 2024-Y (năm), 2024-Q2, 2024-Q4.
             (forms: mặc định kỳ có ngày chốt số liệu gần nhất sắp tới.)
  --out      Tệp báo cáo sẽ ghi; không ghi đè tệp đã có trừ khi có --force.
  --docx     Ghi thêm dự thảo báo cáo bằng Word (.docx) theo thể thức Nghị định 30/2020/NĐ-CP, cùng số liệu.
  --settings Tệp JSON cài đặt: cơ quan ban hành, số, nơi nhận, người ký, asOfRule… (xem README).
  --as-of    Ngày dùng để xét hạn (validate: mặc định hôm nay; report: mặc định ngày chốt số liệu của kỳ,
             ngày 14 tháng cuối kỳ theo Nghị định 09/2019/NĐ-CP, ví dụ 2024-Q3 → 14/09/2024).
  --as-of-rule  cut-off (ngày chốt số liệu, mặc định) hoặc period-end (ngày cuối kỳ, cho nơi tính đến hết quý).
  --json     In kết quả dạng JSON.
  --lang     Ngôn ngữ: vi (mặc định) hoặc en.
  --due-soon Số ngày coi là "sắp đến hạn" (mặc định 30).
  --max-cells Giới hạn số ô của một sổ (mặc định 5 000 000).
  --max-bytes Giới hạn dung lượng một sổ khi giải nén, tính bằng MB (mặc định 200).
  --max-seconds Thời gian tối đa để đọc và kiểm tra một sổ, tính bằng giây (mặc định 60); sổ quá hạn bị bỏ qua.
  --jobs     Số luồng đọc tệp song song (mặc định: số lõi CPU, tối đa 8).

Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không dùng được (các tệp khác vẫn được kiểm tra).`,
  en: `cchc — validate and consolidate administrative-reform plan workbooks

Usage:
  cchc validate <file.xlsx>... [--as-of YYYY-MM-DD] [--json] [--lang vi|en] [--due-soon 30]
  cchc report <file.xlsx>... --period 2024-Q3 --out <report.xlsx> [--docx <draft.docx>] [--settings <settings.json>]
              [--as-of YYYY-MM-DD | --as-of-rule cut-off|period-end] [--json] [--force]
              [--plan <plan.xlsx>] [--previous <last-report.xlsx>]
  cchc forms <plan.xlsx> --out <folder> [--period 2024-Q3] [--force] [--json]

  Reads .xlsx, .xlsm, .xls (Excel 97–2003), .xlsb and .ods (LibreOffice).

  validate   Check the task sheets (appendices) and index sheets of each workbook.
  report     Consolidate the workbooks into the quarterly summary (a new .xlsx; sources are not changed).
  forms      Write a reporting form for each lead agency of the plan into the folder --out.
  --plan     The plan: hold the returns against each of its tasks (tasks not reported, agencies that sent
             nothing, rows not in the plan).
  --previous The last period's report made by cchc: say what changed since.
  --period   Reporting period: 2024-Q1, 2024-H1 (six months), 2024-Q3 (nine months), 2024-Y (year), 2024-Q2, 2024-Q4.
             (forms: by default the period whose cut-off date comes next.)
  --out      The report file to write; an existing file is not overwritten without --force.
  --docx     Also write the draft report in Word (.docx), in the format of Decree 30/2020/NĐ-CP, same figures.
  --settings A JSON settings file: issuing body, number, recipients, signer, asOfRule… (see the README).
  --as-of    The date deadlines are judged against (validate: today; report: the period's legal cut-off,
             the 14th of its last month under Decree 09/2019/NĐ-CP, e.g. 2024-Q3 → 2024-09-14).
  --as-of-rule  cut-off (the legal cut-off, default) or period-end (the period's last day, for offices counting to it).
  --json     Print the result as JSON.
  --lang     Language: vi (default) or en.
  --due-soon Days counted as "due soon" (default 30).
  --max-cells Refuse workbooks with more cells than this (default 5,000,000).
  --max-bytes Refuse workbooks that unpack to more than this many MB (default 200).
  --max-seconds Seconds one workbook may take to read and check (default 60); a slower one is skipped.
  --jobs     Files read in parallel (default: one per CPU core, at most 8).

Exit codes: 0 no errors; 1 errors found; 2 a file could not be used (the others are still checked).`,
};

function today(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function nowStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

function usageError(io: Io, lang: Lang, vi: string, en: string): number {
  io.err(lang === 'vi' ? `Lỗi: ${vi}` : `Error: ${en}`);
  io.err(lang === 'vi' ? 'Xem hướng dẫn: cchc --help' : 'See: cchc --help --lang en');
  return 2;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let parsed;
  const langGuess: Lang = argv.includes('en') && argv.some((a) => a.startsWith('--lang')) ? 'en' : 'vi';
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
        period: { type: 'string' },
        out: { type: 'string' },
        docx: { type: 'string' },
        settings: { type: 'string' },
        'as-of-rule': { type: 'string' },
        force: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'vi' },
        'due-soon': { type: 'string', default: '30' },
        'max-cells': { type: 'string', default: '5000000' },
        'max-bytes': { type: 'string', default: '200' },
        'max-seconds': { type: 'string', default: '60' },
        jobs: { type: 'string' },
        plan: { type: 'string' },
        previous: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    const msg = (e as Error).message;
    return usageError(io, langGuess, `tùy chọn không hợp lệ (${msg}).`, `invalid option (${msg}).`);
  }
  const { values, positionals } = parsed;
  const lang = values.lang === 'en' ? 'en' : values.lang === 'vi' ? 'vi' : null;
  if (!lang) return usageError(io, 'vi', `--lang phải là vi hoặc en, không phải "${values.lang}".`, `--lang must be vi or en, not "${values.lang}".`);
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.help || !command) {
    io.out(HELP[lang]);
    return command || values.help ? 0 : 2;
  }
  let period = null;
  let settings: ReportSettings = {};
  let dates: ReportDates | null = null;
  const givenAsOf = values['as-of'];
  const clock = io.now?.() ?? new Date();
  if (givenAsOf !== undefined && !isIsoDate(givenAsOf))
    return usageError(io, lang, `--as-of phải là một ngày dạng YYYY-MM-DD, ví dụ 2024-09-14 (nhận được "${givenAsOf}").`, `--as-of must be a date YYYY-MM-DD, e.g. 2024-09-14 (got "${givenAsOf}").`);
  if (command === 'forms') {
    const p = values.period ? parsePeriod(values.period) : { ok: true as const, value: comingPeriod(today(clock)) };
    if (!p.ok) return usageError(io, lang, p.reason.vi, p.reason.en);
    period = p.value;
  }
  if (command === 'report') {
    if (!values.period) return usageError(io, lang, 'cần --period, ví dụ --period 2024-Q3.', '--period is required, e.g. --period 2024-Q3.');
    const p = parsePeriod(values.period);
    if (!p.ok) return usageError(io, lang, p.reason.vi, p.reason.en);
    period = p.value;
    if (values.settings) {
      const read = await readSettings(values.settings);
      if (!read.ok) return usageError(io, lang, read.reason.vi, read.reason.en);
      settings = read.value;
    }
    const rule = AsOfRuleSchema.safeParse(values['as-of-rule'] ?? settings.asOfRule ?? 'cut-off');
    if (!rule.success)
      return usageError(io, lang, `--as-of-rule phải là cut-off (ngày chốt số liệu) hoặc period-end (ngày cuối kỳ), không phải "${values['as-of-rule']}".`, `--as-of-rule must be cut-off or period-end, not "${values['as-of-rule']}".`);
    // A period not over yet is judged on today.
    dates = reportDates(period, { asOf: givenAsOf, rule: rule.data, today: today(clock) });
  }
  const asOf = dates?.asOf ?? givenAsOf ?? today(clock);
  const dueSoonDays = Number(values['due-soon']);
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0 || dueSoonDays > 366) return usageError(io, lang, '--due-soon phải là số ngày từ 0 đến 366.', '--due-soon must be a number of days from 0 to 366.');
  const maxCells = Number(values['max-cells']);
  if (!Number.isInteger(maxCells) || maxCells < 1) return usageError(io, lang, '--max-cells phải là số nguyên dương.', '--max-cells must be a positive whole number.');
  const maxMb = Number(values['max-bytes']);
  if (!Number.isFinite(maxMb) || maxMb <= 0) return usageError(io, lang, '--max-bytes phải là một số MB lớn hơn 0, ví dụ 200.', '--max-bytes must be a number of MB above 0, e.g. 200.');
  const maxBytes = Math.round(maxMb * 1024 * 1024);
  const maxSeconds = Number(values['max-seconds']);
  if (!Number.isFinite(maxSeconds) || maxSeconds <= 0) return usageError(io, lang, '--max-seconds phải là một số giây lớn hơn 0, ví dụ 60.', '--max-seconds must be a number of seconds above 0, e.g. 60.');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) return usageError(io, lang, '--jobs phải là số nguyên dương (số luồng đọc tệp).', '--jobs must be a positive whole number (reading threads).');
  const run = { limits: { maxCells, maxBytes, maxSeconds }, jobs };

  switch (command) {
    case 'validate':
      if (files.length === 0) return usageError(io, lang, 'cần ít nhất một tệp .xlsx.', 'at least one .xlsx file is needed.');
      return runValidate({ files, asOf, json: values.json, lang, dueSoonDays, ...run }, io);
    case 'report':
      if (files.length === 0) return usageError(io, lang, 'cần ít nhất một tệp .xlsx.', 'at least one .xlsx file is needed.');
      if (!values.out && !values.json && !values.docx)
        return usageError(io, lang, 'cần --out <báo-cáo.xlsx> (hoặc --docx <dự-thảo.docx>, hoặc --json để chỉ in số liệu).', '--out <report.xlsx> is required (or --docx <draft.docx>, or --json to print the figures only).');
      if (values.out && !/\.xlsx$/i.test(values.out)) return usageError(io, lang, '--out phải là tệp .xlsx.', '--out must be an .xlsx file.');
      if (values.docx !== undefined && !/\.docx$/i.test(values.docx)) return usageError(io, lang, '--docx phải là tệp .docx.', '--docx must be a .docx file.');
      if (values.plan !== undefined && values.plan === '') return usageError(io, lang, '--plan cần tên tệp kế hoạch.', '--plan needs the plan file.');
      return runReport(
        {
          files,
          period: period!,
          asOf,
          asOfRule: dates!.asOfRule,
          out: values.out ?? null,
          docx: values.docx ?? null,
          settings,
          json: values.json,
          force: values.force,
          lang,
          dueSoonDays,
          ...run,
          now: nowStamp(clock),
          plan: values.plan,
          previous: values.previous,
        },
        io,
      );
    case 'forms':
      if (files.length !== 1) return usageError(io, lang, 'cần đúng một tệp kế hoạch, ví dụ: cchc forms "Kế hoạch.xlsx" --out bieu-mau', 'exactly one plan file is needed, e.g. cchc forms plan.xlsx --out forms');
      if (!values.out) return usageError(io, lang, 'cần --out <thư-mục> để ghi các biểu báo cáo.', '--out <folder> is required for the forms.');
      return runForms({ plan: files[0], outDir: values.out, period: period!, force: values.force, json: values.json, lang, limits: run.limits, created: clock }, io);
    default:
      return usageError(io, lang, `không có lệnh "${command}".`, `no such command "${command}".`);
  }
}

/** The settings file's text, parsed; a file that cannot be read gets one sentence. */
async function readSettings(file: string) {
  try {
    return parseReportSettings(await fs.readFile(file, 'utf8'), file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? { vi: 'không tìm thấy tệp', en: 'file not found' } : { vi: 'không đọc được tệp', en: 'cannot read the file' };
    return { ok: false as const, reason: { code: 'settings-unreadable', vi: `Tệp cài đặt ${file}: ${why.vi}.`, en: `Settings file ${file}: ${why.en}.` } };
  }
}

if (require.main === module) {
  // For the benchmark (scripts/bench.ts) where /usr/bin/time is missing: the peak resident memory, on stderr.
  if (process.env.CCHC_PRINT_MAXRSS === '1') process.on('exit', () => process.stderr.write(`cchc-maxrss-kb=${process.resourceUsage().maxRSS}\n`));
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug of ours, not the user's input: one sentence, the detail only on request.
      process.stderr.write(`Lỗi nội bộ của cchc / internal error: ${(e as Error)?.message ?? String(e)}\n`);
      if (process.env.CCHC_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
      process.exitCode = 2;
    },
  );
}
