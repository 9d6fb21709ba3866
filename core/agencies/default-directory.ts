import type { AgencyInput } from './directory';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const roman = (n: number): string => (n >= 10 ? 'X'.repeat(Math.floor(n / 10)) : '') + (n % 10 === 0 ? '' : ROMAN[(n % 10) - 1]);

/** "Kho bạc Nhà nước khu vực I" … "XX": the numbered regions of a central agency, as aliases. */
function regions(prefix: string, count: number, numerals: 'roman' | 'arabic'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix} ${numerals === 'roman' ? roman(i + 1) : i + 1}`);
}

/**
 * The agencies named in the seed plans (Đồng Tháp 2021–2022, Đồng Nai 2024) and the departments
 * formed by the 2025 mergers. This is data, not logic: a workbook extends it with a sheet named
 * "Danh mục cơ quan", and old names stay as their own entries pointing at what replaced them.
 */
export const DEFAULT_AGENCIES: AgencyInput[] = [
  // Provincial departments (sở) that exist before and after 2025.
  { name: 'Sở Nội vụ', aliases: ['SNV', 'Sở Nội vụ tỉnh'] },
  { name: 'Sở Tư pháp', aliases: ['STP'] },
  { name: 'Sở Tài chính', aliases: ['STC'] },
  { name: 'Sở Công Thương', aliases: ['Sở Công thương', 'SCT'] },
  { name: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT', 'Sở GDĐT', 'Sở Giáo dục - Đào tạo'] },
  { name: 'Sở Y tế', aliases: ['SYT'] },
  { name: 'Sở Xây dựng', aliases: ['SXD'] },
  { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN', 'Sở KHCN'] },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: ['Sở VHTTDL', 'Sở VH, TT&DL', 'Sở Văn hóa - Thể thao và Du lịch'] },
  { name: 'Sở Ngoại vụ', aliases: [] },
  { name: 'Văn phòng UBND tỉnh', aliases: ['Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh', 'Văn phòng UBND', 'VPUBND tỉnh'] },
  { name: 'Thanh tra tỉnh', aliases: ['Thanh tra Tỉnh'] },
  { name: 'Ban Quản lý các khu công nghiệp', aliases: ['Ban Quản lý các KCN', 'BQL các KCN'] },
  { name: 'Trung tâm Phục vụ hành chính công tỉnh', aliases: ['Trung tâm Phục vụ hành chính công', 'Trung tâm kiểm soát TTHC và Phục vụ hành chính công Tỉnh', 'Trung tâm Kiểm soát TTHC và Phục vụ hành chính công'] },
  // Departments merged in 2025: the old names stay, pointing at their successor.
  { name: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT', 'Sở Kế hoạch - Đầu tư'], mergedInto: 'Sở Tài chính' },
  { name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'Sở TTTT', 'Sở Thông tin - Truyền thông'], mergedInto: 'Sở Khoa học và Công nghệ' },
  { name: 'Sở Tài nguyên và Môi trường', aliases: ['Sở TN&MT', 'Sở TNMT'], mergedInto: 'Sở Nông nghiệp và Môi trường' },
  { name: 'Sở Nông nghiệp và Phát triển nông thôn', aliases: ['Sở NN&PTNT', 'Sở NNPTNT'], mergedInto: 'Sở Nông nghiệp và Môi trường' },
  { name: 'Sở Giao thông vận tải', aliases: ['Sở GTVT', 'Sở Giao thông - Vận tải'], mergedInto: 'Sở Xây dựng' },
  { name: 'Sở Lao động, Thương binh và Xã hội', aliases: ['Sở LĐTB&XH', 'Sở LĐTBXH', 'Sở Lao động - Thương binh và Xã hội'], mergedInto: 'Sở Nội vụ' },
  { name: 'Ban Dân tộc', aliases: ['Ban Dân tộc tỉnh'], mergedInto: 'Sở Dân tộc và Tôn giáo' },
  // Departments formed in 2025.
  { name: 'Sở Nông nghiệp và Môi trường', aliases: ['Sở NN&MT', 'Sở NNMT'] },
  { name: 'Sở Dân tộc và Tôn giáo', aliases: [] },
  // Central agencies' provincial branches and the courts, named in the seeds' titles and prose.
  { name: 'Công an tỉnh', aliases: ['Công an Tỉnh', 'CA tỉnh'] },
  { name: 'Bảo hiểm xã hội tỉnh', aliases: ['BHXH tỉnh', 'BHXH', 'Bảo hiểm Xã hội tỉnh'] },
  // 1/3/2025: 35 regional offices replaced the provincial ones (Quyết định 391/QĐ-BTC ngày 26/02/2025);
  // 1/7/2025: renamed back to provincial offices (Quyết định 2286/QĐ-BTC ngày 30/6/2025, Công văn
  // 1521/BHXH-TCCB). Sources: lawnet.vn "List of 35 regional social security offices from March 1, 2025";
  // vjs.vietnam.vn "Bảo hiểm xã hội khu vực XV đổi tên thành Bảo hiểm xã hội Hà Tĩnh".
  { name: 'Bảo hiểm xã hội khu vực', aliases: ['BHXH khu vực', ...regions('Bảo hiểm xã hội khu vực', 35, 'roman')], mergedInto: 'Bảo hiểm xã hội tỉnh' },
  { name: 'Bưu điện tỉnh', aliases: ['Bưu điện Tỉnh'] },
  { name: 'Cục Thuế tỉnh', aliases: ['Cục Thuế'] },
  // 1/3/2025: provincial tax departments became 20 regional tax branches (Quyết định 381/QĐ-BTC ngày
  // 26/02/2025). Source: vietnam.vn "Bỏ cấp tổng cục, danh sách 20 chi cục thuế khu vực người dân cần biết
  // từ 1/3". Their name after 1/7/2025 is not given by a source we found, so Cục Thuế tỉnh is not marked
  // as merged into them.
  { name: 'Chi cục Thuế khu vực', aliases: regions('Chi cục Thuế khu vực', 20, 'roman') },
  { name: 'Cục Quản lý thị trường tỉnh', aliases: ['Cục Quản lý thị trường', 'Cục QLTT tỉnh', 'Cục QLTT'], mergedInto: 'Chi cục Quản lý thị trường tỉnh' },
  // 2025: the provincial market-surveillance departments moved to the provinces as sub-departments of the
  // Sở Công Thương (Nghị định 40/2025/NĐ-CP; handover 17/3/2025). Source: soct.ninhthuan.gov.vn "Chuyển giao
  // lực lượng Quản lý thị trường về các địa phương" (18/3/2025).
  { name: 'Chi cục Quản lý thị trường tỉnh', aliases: ['Chi cục QLTT tỉnh', 'Chi cục Quản lý thị trường', 'Chi cục QLTT'] },
  { name: 'Cục Thi hành án dân sự tỉnh', aliases: ['Cục thi hành án dân sự', 'Cục THADS tỉnh'] },
  { name: 'Tòa án nhân dân tỉnh', aliases: ['TAND tỉnh', 'Tòa án tỉnh'] },
  { name: 'Viện kiểm sát nhân dân tỉnh', aliases: ['VKSND tỉnh', 'Viện kiểm sát tỉnh', 'Viện kiểm sát'] },
  { name: 'Ngân hàng Nhà nước chi nhánh tỉnh', aliases: ['Ngân hàng Nhà nước tỉnh', 'NHNN chi nhánh tỉnh', 'NHNN tỉnh', 'Chi nhánh Ngân hàng Nhà nước tỉnh', 'Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh'], mergedInto: 'Ngân hàng Nhà nước Khu vực' },
  // 1/3/2025: the 63 provincial branches became 15 regional branches. Source: sbv.gov.vn/w/sbv624657 (State
  // Bank of Vietnam, 18/3/2025: "the restructuring of 63 SBV provincial branches into 15 regional branches").
  { name: 'Ngân hàng Nhà nước Khu vực', aliases: ['NHNN Khu vực', 'NHNN chi nhánh khu vực', ...regions('Ngân hàng Nhà nước Khu vực', 15, 'arabic')] },
  { name: 'Kho bạc Nhà nước tỉnh', aliases: ['KBNN tỉnh', 'KBNN', 'Kho bạc tỉnh'], mergedInto: 'Kho bạc Nhà nước khu vực' },
  // 15/3/2025: 63 provincial treasuries became 20 regional treasuries, kept after 1/7/2025. Sources:
  // news.laodong.vn "Cơ cấu tổ chức Kho bạc Nhà nước theo quyết định mới" and "Hệ thống Kho bạc Nhà nước đã
  // sẵn sàng vận hành phục vụ chính quyền địa phương 2 cấp".
  { name: 'Kho bạc Nhà nước khu vực', aliases: ['KBNN khu vực', ...regions('Kho bạc Nhà nước khu vực', 20, 'roman')] },
  // Press, party bodies and councils named in the seeds.
  { name: 'Cổng Thông tin điện tử tỉnh', aliases: ['Cổng Thông tin điện tử Tỉnh', 'Cổng TTĐT tỉnh'] },
  { name: 'Tỉnh ủy', aliases: ['Tỉnh uỷ', 'Tỉnh Ủy'] },
  { name: 'Ban Thường vụ Tỉnh ủy', aliases: ['BTV Tỉnh ủy'] },
  { name: 'Ban Dân vận Tỉnh ủy', aliases: ['Ban Dân vận Tỉnh uỷ', 'BDV/TU', 'Ban Dân vận'] },
  { name: 'Hội đồng nhân dân tỉnh', aliases: ['HĐND tỉnh', 'Hội đồng nhân dân Tỉnh'] },
  { name: 'Ban Pháp chế HĐND tỉnh', aliases: ['Ban pháp chế Hội đồng nhân dân Tỉnh', 'Ban Pháp chế Hội đồng nhân dân tỉnh'] },
  { name: 'Ban Chỉ đạo CCHC tỉnh', aliases: ['Ban Chỉ đạo cải cách hành chính tỉnh'] },
  {
    name: 'Ủy ban MTTQ Việt Nam tỉnh',
    aliases: ['Ủy ban MTTQVN tỉnh', 'UBMTTQVN tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ban TT UBMTTQVN tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh', 'Ủy ban Mặt trận Tổ quốc', 'Ủy ban MTTQ tỉnh', 'Ủy ban MTTQVN'],
  },
  { name: 'Báo Đồng Tháp', aliases: [] },
  { name: 'Đài Phát thanh và Truyền hình Đồng Tháp', aliases: ['Đài Phát thanh - Truyền hình Đồng Tháp', 'Đài Phát thanh – Truyền hình Đồng Tháp', 'Đài Truyền hình Đồng Tháp', 'Đài PT&TH ĐT', 'Đài PT-TH Đồng Tháp'] },
  { name: 'Báo Đồng Nai', aliases: [] },
  { name: 'Đài Phát thanh và Truyền hình Đồng Nai', aliases: ['Đài PT-TH Đồng Nai', 'Đài PT&TH Đồng Nai', 'Đài PT-TH của tỉnh'] },
  // Groups: collective leads that are real and accepted in plans.
  {
    name: 'Các sở, ban, ngành tỉnh',
    kind: 'group',
    aliases: ['Các sở, ngành tỉnh', 'Các sở, ban, ngành', 'Các sở, ngành', 'Các sở, cơ quan ngang sở', 'Các sở, ban, ngành cấp tỉnh', 'Các Sở, ban, ngành của tỉnh', 'Sở, ban, ngành tỉnh', 'Các sở, ban ngành tỉnh', 'Các sở, ngành có liên quan', 'Các cơ quan chuyên môn thuộc UBND tỉnh'],
  },
  {
    name: 'UBND cấp huyện',
    kind: 'group',
    aliases: [
      'UBND các huyện, thành phố',
      'Ủy ban nhân dân các huyện, thành phố',
      'UBND huyện, thành phố',
      'UBND các huyện, thị xã, thành phố',
      'UBND các huyện, thành phố, thị xã',
      'UBND các huyện, thành phố Long Khánh, thành phố Biên Hòa',
      'UBND huyện',
      'UBND các huyện',
    ],
    mergedInto: 'UBND cấp xã',
  },
  { name: 'UBND cấp xã', kind: 'group', aliases: ['UBND các xã, phường, thị trấn', 'Ủy ban nhân dân các xã, phường, thị trấn', 'UBND xã, phường, thị trấn', 'UBND các xã, phường', 'UBND xã'] },
  { name: 'UBND tỉnh', kind: 'group', aliases: ['Ủy ban nhân dân tỉnh', 'UBND Tỉnh', 'Chủ tịch UBND tỉnh', 'Lãnh đạo UBND tỉnh'] },
  // Elected at commune level to oversee local officials (seed 001): one per commune, a group.
  { name: 'Ban Thanh tra nhân dân', kind: 'group', aliases: ['Ban Thanh tra nhân dân cấp xã'] },
];
