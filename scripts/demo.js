#!/usr/bin/env node
// The README's first command: validate the bundled sample workbooks, then say where to look next.
// Plain JavaScript on the built CLI, so it runs right after `npm ci` (which builds dist/ in prepare).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'main.js');
if (!fs.existsSync(cli)) {
  console.error('Chưa có bản dựng của cchc: chạy `npm ci` (hoặc `npm run build:cli`) trước. / The CLI is not built yet: run `npm ci` first.');
  process.exit(2);
}
const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join('samples', f));
const asOf = '2022-10-15';
const step = (title, args) => {
  console.log(`\n$ cchc ${args.join(' ')}\n# ${title}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  // Exit 1 means "findings with errors": expected on real plans, not a failure of the demo.
  if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 2);
};

step(`Kiểm tra các sổ mẫu, tính đến ngày ${asOf} / Validate the sample workbooks as of ${asOf}`, ['validate', ...samples, '--as-of', asOf]);

// Two consolidated reports, each with the Word draft the office sends upward: Đồng Tháp's 2022 plan for Quý III/2022,
// Đồng Nai's 2024 appendices and indices for Quý III/2024, both counted to the period's legal cut-off (the 14th).
fs.mkdirSync(path.join(root, 'out'), { recursive: true });
const reports = [
  ['2022-Q3', samples.filter((f) => f.includes('dong-thap-2022')), path.join('out', 'bao-cao-dong-thap-q3-2022')],
  ['2024-Q3', samples.filter((f) => f.includes('dong-nai-2024')), path.join('out', 'bao-cao-dong-nai-q3-2024')],
];
for (const [period, files, out] of reports) {
  step(`Tổng hợp báo cáo kỳ ${period} và dự thảo báo cáo Word / Consolidated report for ${period} and its Word draft`, [
    'report',
    ...files,
    '--period',
    period,
    '--out',
    `${out}.xlsx`,
    '--docx',
    `${out}.docx`,
    '--force',
  ]);
}
console.log('\nXong. Báo cáo tổng hợp và dự thảo báo cáo nằm ở / Done. The reports and the drafts are at:');
for (const [, , out] of reports) console.log(`  ${path.join(root, out)}.xlsx\n  ${path.join(root, out)}.docx`);
console.log('Các sổ mẫu nằm trong samples/; xem `npx cchc --help` để dùng với sổ của bạn.');
console.log('The sample workbooks are in samples/; see `npx cchc --help --lang en` to run it on your own.');
