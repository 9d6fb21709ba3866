/**
 * Every agency the seeds name resolves in the default directory: the lead and coordinating cells of every
 * transcribed table, the leads named in appendix titles, and the agencies of the prose plans (seeds 001,
 * 002, and 003's body). An unknown agency on a real plan is a false finding a reviewer would reject.
 */
import { DEFAULT_AGENCIES } from '../core/agencies/default-directory';
import { agencyKey, createDirectory, lookupAgency, resolveAgencies } from '../core/agencies/directory';
import { validateWorkbook } from '../core/workbook';
import { loadSampleWorkbooks } from '../scripts/build-samples';

const dir = createDirectory(DEFAULT_AGENCIES);
/** What a reviewer sees for a cell: each name, marked ? when the directory does not know it. */
const unknownIn = (cell: string) => resolveAgencies(dir, cell).filter((r) => !r.agency && !r.generic).map((r) => r.text);

describe('the agencies of every transcribed table', () => {
  for (const { module, sample } of loadSampleWorkbooks().filter((w) => w.module.startsWith('seed'))) {
    const result = validateWorkbook(sample.sheets, { asOf: '2024-10-20' });
    for (const sheet of result.sheets.filter((s) => s.task)) {
      it(`${module} › ${sheet.name}: every lead and coordinating agency is known`, () => {
        const unknown = sheet.task!.rows.flatMap((row) => [...row.lead, ...row.coordinating].filter((r) => !r.agency && !r.generic).map((r) => `${row.row}: ${r.text}`));
        expect(unknown).toEqual([]);
        expect(sheet.findings.filter((f) => f.code === 'unknown-agency')).toEqual([]);
      });
    }
  }
});

describe('the leads named in the titles of seed 003’s 24 appendices', () => {
  // Exactly as the titles write them (seed 003, the lines after each "PHỤ LỤC n"), capitals and tone marks included.
  it.each([
    ['SỞ NỘI VỤ', 'Sở Nội vụ'],
    ['SỞ TƯ PHÁP', 'Sở Tư pháp'],
    ['VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH', 'Văn phòng UBND tỉnh'],
    ['SỞ TÀI CHÍNH', 'Sở Tài chính'],
    ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Sở Thông tin và Truyền thông'],
    ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Sở Kế hoạch và Đầu tư'],
    ['SỞ CÔNG THƯƠNG', 'Sở Công Thương'],
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
    ['SỞ Y TẾ', 'Sở Y tế'],
    ['SỞ GIAO THÔNG VẬN TẢI', 'Sở Giao thông vận tải'],
    ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Sở Tài nguyên và Môi trường'],
    ['SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động, Thương binh và Xã hội'],
    ['THANH TRA TỈNH', 'Thanh tra tỉnh'],
    ['SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['SỞ XÂY DỰNG', 'Sở Xây dựng'],
    ['BẢO HIỂM XÃ HỘI TỈNH', 'Bảo hiểm xã hội tỉnh'],
    ['CÔNG AN TỈNH', 'Công an tỉnh'],
    ['BƯU ĐIỆN TỈNH', 'Bưu điện tỉnh'],
    ['CỤC THUẾ TỈNH', 'Cục Thuế tỉnh'],
    ['CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH', 'Cục Quản lý thị trường tỉnh'],
    ['TÒA ÁN NHÂN DÂN TỈNH', 'Tòa án nhân dân tỉnh'],
    ['TOÀ ÁN NHÂN DÂN TỈNH', 'Tòa án nhân dân tỉnh'],
    ['NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH', 'Ngân hàng Nhà nước chi nhánh tỉnh'],
    ['ỦY BAN NHÂN DÂN CÁC HUYỆN, THÀNH PHỐ', 'UBND cấp huyện'],
    ['ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG, THỊ TRẤN', 'UBND cấp xã'],
  ])('%s → %s', (title, name) => {
    const refs = resolveAgencies(dir, title);
    expect(refs.map((r) => r.agency?.name ?? `?${r.text}`)).toEqual([name]);
  });
});

describe('the agencies of the prose plans', () => {
  // Seed 001 (Đồng Tháp 2021, reform models): "Cơ quan thực hiện" / "Cơ quan chủ trì theo dõi, kiểm tra" and
  // section III; seed 002 (Đồng Tháp 2023): section III; seed 003's body (Đồng Nai 2024): lines 371 and 435.
  it.each([
    ['001:78', 'Lãnh đạo UBND Tỉnh, các sở, ban, ngành tỉnh, UBND cấp huyện.'],
    ['001:80', 'Văn phòng UBND Tỉnh.'],
    ['001:92', 'Các sở, cơ quan ngang sở, Đài Phát thanh – Truyền hình Đồng Tháp; UBND cấp huyện, cấp xã.'],
    ['001:94', 'Sở Nội vụ.'],
    ['001:110', 'UBND cấp xã và các cơ quan hành chính khác.'],
    ['001:150', 'Các sở, cơ quan ngang sở và các cơ quan, đơn vị có liên quan, UBND cấp huyện, cấp xã.'],
    ['001:190', 'Sở Thông tin và Truyền thông.'],
    ['001:214', 'Ban Dân vận Tỉnh ủy, Hội đồng nhân dân Tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp và các Đoàn thể Tỉnh'],
    ['001:216', 'Ban Thanh tra nhân dân'],
    ['001:218', 'Bưu điện Tỉnh'],
    ['002:30', 'các sở, ban, ngành cấp tỉnh; các cơ quan Trung ương đóng trên địa bàn tỉnh; Ban Chỉ đạo CCHC tỉnh'],
    ['002:33', 'UBND các huyện, thành phố, thị xã'],
    ['002:35–58', 'Sở Nội vụ; Sở Tư pháp; Văn phòng UBND tỉnh; Sở Tài chính; Sở Thông tin và Truyền thông; Sở Kế hoạch và Đầu tư; Sở Khoa học và Công nghệ'],
    ['002:46', 'Trung tâm Phục vụ Hành chính công tỉnh'],
    ['002:60', 'Ủy ban Mặt trận Tổ quốc'],
    ['003:371', 'Các Sở, ban, ngành của tỉnh, các cơ quan ngành dọc, UBND các huyện, thành phố Long Khánh, thành phố Biên Hòa'],
    [
      '003:435',
      'Các sở, ban, ngành; Tòa án nhân dân tỉnh; Công an tỉnh; Cục Quản lý thị trường tỉnh, Bảo hiểm xã hội tỉnh; Bưu điện tỉnh; Cục Thuế tỉnh; Ngân hàng nhà nước tỉnh;',
    ],
    ['003 body', 'Ban Thường vụ Tỉnh ủy; Tỉnh ủy; Ủy ban MTTQVN tỉnh; Đài Phát thanh và Truyền hình Đồng Nai; Báo Đồng Nai'],
  ])('%s: %s', (_where, cell) => {
    expect(unknownIn(cell)).toEqual([]);
  });
});

describe('the abbreviations staff write', () => {
  it.each([
    ['TAND tỉnh', 'Tòa án nhân dân tỉnh'],
    ['VKSND tỉnh', 'Viện kiểm sát nhân dân tỉnh'],
    ['NHNN chi nhánh tỉnh', 'Ngân hàng Nhà nước chi nhánh tỉnh'],
    ['NHNN tỉnh', 'Ngân hàng Nhà nước chi nhánh tỉnh'],
    ['BHXH tỉnh', 'Bảo hiểm xã hội tỉnh'],
    ['Cục QLTT tỉnh', 'Cục Quản lý thị trường tỉnh'],
    ['KBNN tỉnh', 'Kho bạc Nhà nước tỉnh'],
    ['Cục THADS tỉnh', 'Cục Thi hành án dân sự tỉnh'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['UBND tỉnh', 'UBND tỉnh'],
  ])('%s → %s', (abbr, name) => {
    expect(lookupAgency(dir, abbr)?.name).toBe(name);
  });

  it('knows the 2025 names of central agencies’ provincial branches, with the old names pointing at them', () => {
    expect(lookupAgency(dir, 'Ngân hàng Nhà nước Khu vực 2')?.name).toBe('Ngân hàng Nhà nước Khu vực');
    expect(lookupAgency(dir, 'Ngân hàng Nhà nước chi nhánh tỉnh')?.mergedInto).toBe('Ngân hàng Nhà nước Khu vực');
    expect(lookupAgency(dir, 'Kho bạc Nhà nước khu vực XVI')?.name).toBe('Kho bạc Nhà nước khu vực');
    expect(lookupAgency(dir, 'Cục Quản lý thị trường tỉnh')?.mergedInto).toBe('Chi cục Quản lý thị trường tỉnh');
    expect(lookupAgency(dir, 'Bảo hiểm xã hội khu vực XXXV')?.mergedInto).toBe('Bảo hiểm xã hội tỉnh');
    expect(lookupAgency(dir, 'Chi cục Thuế khu vực XX')?.name).toBe('Chi cục Thuế khu vực');
  });

  it('points every old name at an agency the directory has', () => {
    for (const a of dir.agencies) if (a.mergedInto) expect([a.name, lookupAgency(dir, a.mergedInto)?.name]).toEqual([a.name, a.mergedInto]);
  });

  it('gives no two agencies the same key', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of DEFAULT_AGENCIES)
      for (const n of [a.name, ...(a.aliases ?? [])]) {
        const k = agencyKey(n);
        const o = owners.get(k);
        if (o !== undefined && o !== a.name) clashes.push(`${n} (${a.name} / ${o})`);
        owners.set(k, a.name);
      }
    expect(clashes).toEqual([]);
  });
});
