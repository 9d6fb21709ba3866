import { DEFAULT_AGENCIES } from '../core/agencies/default-directory';
import { agencyKey, createDirectory, extendDirectory, resolveAgencies, splitAgencies } from '../core/agencies/directory';
import { readDirectorySheet } from '../core/agencies/directory-sheet';
import { createSheetView } from '../core/grid/view';
import { GridSchema } from '../core/grid/grid';

const dir = createDirectory(DEFAULT_AGENCIES);
const names = (cell: string) => resolveAgencies(dir, cell).map((r) => (r.agency ? r.agency.name : r.generic ? `~${r.text}` : `?${r.text}`));

describe('splitting lead and coordinating cells as the seeds write them', () => {
  it.each([
    ['Sở Tư pháp, UBND cấp huyện, cấp xã.', ['Sở Tư pháp', 'UBND cấp huyện', 'UBND cấp xã']],
    ['Các sở, ban, ngành tỉnh, UBND cấp huyện; UBND cấp xã', ['Các sở, ban, ngành tỉnh', 'UBND cấp huyện', 'UBND cấp xã']],
    ['Các sở, ban, ngành tỉnh; UBND cấp huyện, xã.', ['Các sở, ban, ngành tỉnh', 'UBND cấp huyện', 'UBND cấp xã']],
    ['Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã', ['Các sở, ban, ngành tỉnh', 'UBND cấp huyện', 'UBND cấp xã']],
    ['Văn phòng UBND tỉnh; Sở Nội vụ; Sở Thông tin và Truyền thông', ['Văn phòng UBND tỉnh', 'Sở Nội vụ', 'Sở Thông tin và Truyền thông']],
    ['Văn phòng UBND Tỉnh và Sở Nội vụ', ['Văn phòng UBND tỉnh', 'Sở Nội vụ']],
    ['Sở Thông tin và Truyền thông, các cơ quan có liên quan và UBND cấp huyện', ['Sở Thông tin và Truyền thông', '~các cơ quan có liên quan', 'UBND cấp huyện']],
    ['Sở Nội vụ, Sở Thông tin và Truyền thông', ['Sở Nội vụ', 'Sở Thông tin và Truyền thông']],
    ['Văn phòng UBND tỉnh, các cơ quan, địa phương', ['Văn phòng UBND tỉnh', '~các cơ quan, địa phương']],
    ['Sở Lao động, Thương binh và Xã hội', ['Sở Lao động, Thương binh và Xã hội']],
    ['Cơ quan hành chính, đơn vị sự nghiệp', ['~Cơ quan hành chính, đơn vị sự nghiệp']],
    [
      'Văn phòng UBND tỉnh; các Sở: Tư pháp, Tài chính, Tài nguyên và Môi trường,\nThông tin và Truyền thông, Ban Dân vận Tỉnh ủy, Ban pháp chế Hội đồng nhân\ndân Tỉnh, Báo Đồng Tháp, Đài Truyền hình Đồng Tháp.',
      ['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Tài nguyên và Môi trường', 'Sở Thông tin và Truyền thông', 'Ban Dân vận Tỉnh ủy', 'Ban Pháp chế HĐND tỉnh', 'Báo Đồng Tháp', 'Đài Phát thanh và Truyền hình Đồng Tháp'],
    ],
    ['- Sở Nội vụ\n- Sở Tư pháp', ['Sở Nội vụ', 'Sở Tư pháp']],
  ])('%j', (cell, expected) => {
    expect(names(cell)).toEqual(expected);
  });

  it('restores elided words in the text it returns', () => {
    expect(splitAgencies(dir, 'UBND cấp huyện, cấp xã')).toEqual(['UBND cấp huyện', 'UBND cấp xã']);
  });
});

describe('matching names across spellings', () => {
  it('ignores tone-mark placement, NFC/NFD, case and extra spaces', () => {
    const a = agencyKey('Ủy ban nhân dân các xã, phường, thị trấn');
    expect(agencyKey('Uỷ ban nhân dân các xã,  phường, thị trấn')).toBe(a);
    expect(agencyKey('ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG, THỊ TRẤN'.normalize('NFD'))).toBe(a);
    expect(names('Sở Văn hoá, Thể thao và Du lịch')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(names('SỞ NỘI VỤ')).toEqual(['Sở Nội vụ']);
  });
  it('knows the abbreviations staff use', () => {
    expect(names('Sở TT&TT')).toEqual(['Sở Thông tin và Truyền thông']);
    expect(names('UBND tỉnh')).toEqual(['UBND tỉnh']);
    expect(names('VP UBND tỉnh')).toEqual(['Văn phòng UBND tỉnh']);
    expect(names('Ủy ban nhân dân các huyện, thành phố')).toEqual(['UBND cấp huyện']);
  });
  it('keeps pre-2025 names, pointing at the department that took them over', () => {
    const [ref] = resolveAgencies(dir, 'Sở Kế hoạch và Đầu tư');
    expect(ref.agency?.mergedInto).toBe('Sở Tài chính');
    expect(resolveAgencies(dir, 'Sở Nông nghiệp và Môi trường')[0].agency?.name).toBe('Sở Nông nghiệp và Môi trường');
  });
  it('suggests the closest known name for an unknown one (fuzzy)', () => {
    const [ref] = resolveAgencies(dir, 'Sở Giao duc va Dao tao Dong Thap');
    expect(ref.agency).toBeNull();
    expect(ref.suggestion).toBe('Sở Giáo dục và Đào tạo');
    expect(resolveAgencies(dir, 'Sở Nội vụ tỉnh Đồng Tháp')[0].agency?.name).toBe('Sở Nội vụ');
    expect(resolveAgencies(dir, 'Sở Tài chánh')[0].suggestion).toBe('Sở Tài chính');
    expect(resolveAgencies(dir, 'Phòng Nội vụ')[0].suggestion).toBe('Sở Nội vụ');
    expect(resolveAgencies(dir, 'Công ty Cổ phần XYZ')[0].suggestion).toBeUndefined();
  });
});

describe('a workbook extends the directory with a "Danh mục cơ quan" sheet', () => {
  const grid = GridSchema.parse({
    name: 'Danh mục cơ quan',
    values: [
      ['STT', 'Tên cơ quan', 'Tên gọi khác', null],
      [1, 'Trung tâm Chuyển đổi số tỉnh', 'TT CĐS', 'Trung tâm CĐS'],
      [2, 'Sở Nội vụ', 'SNV', null],
      [3, 'Các phòng chuyên môn', 'Nhóm', null],
    ],
  });
  const entries = readDirectorySheet(createSheetView(grid));
  it('reads one agency a row with aliases, skipping the header and STT', () => {
    expect(entries).toEqual([
      { name: 'Trung tâm Chuyển đổi số tỉnh', aliases: ['TT CĐS', 'Trung tâm CĐS'], kind: 'agency' },
      { name: 'Sở Nội vụ', aliases: ['SNV'], kind: 'agency' },
      { name: 'Các phòng chuyên môn', aliases: [], kind: 'group' },
    ]);
  });
  it('then knows the new names and their aliases, and still the defaults', () => {
    const d2 = extendDirectory(dir, entries);
    expect(resolveAgencies(d2, 'TT CĐS')[0].agency?.name).toBe('Trung tâm Chuyển đổi số tỉnh');
    expect(resolveAgencies(d2, 'Sở Tư pháp')[0].agency?.name).toBe('Sở Tư pháp');
    expect(resolveAgencies(dir, 'TT CĐS')[0].agency).toBeNull();
  });
});
