import type { AgencyInput } from './directory';

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
  // Sector agencies, press and party bodies named in the seeds.
  { name: 'Công an tỉnh', aliases: ['Công an Tỉnh'] },
  { name: 'Bảo hiểm xã hội tỉnh', aliases: ['BHXH tỉnh', 'Bảo hiểm Xã hội tỉnh'] },
  { name: 'Bưu điện tỉnh', aliases: ['Bưu điện Tỉnh'] },
  { name: 'Cục Thuế tỉnh', aliases: ['Cục Thuế'] },
  { name: 'Cục Quản lý thị trường tỉnh', aliases: ['Cục Quản lý thị trường'] },
  { name: 'Cục Thi hành án dân sự tỉnh', aliases: ['Cục thi hành án dân sự', 'Cục THADS tỉnh'] },
  { name: 'Cổng Thông tin điện tử tỉnh', aliases: ['Cổng Thông tin điện tử Tỉnh', 'Cổng TTĐT tỉnh'] },
  { name: 'Ban Dân vận Tỉnh ủy', aliases: ['Ban Dân vận Tỉnh uỷ', 'BDV/TU', 'Ban Dân vận'] },
  { name: 'Ban Pháp chế HĐND tỉnh', aliases: ['Ban pháp chế Hội đồng nhân dân Tỉnh', 'Ban Pháp chế Hội đồng nhân dân tỉnh'] },
  { name: 'Ban Chỉ đạo CCHC tỉnh', aliases: ['Ban Chỉ đạo cải cách hành chính tỉnh'] },
  { name: 'Ủy ban MTTQ Việt Nam tỉnh', aliases: ['Ủy ban MTTQVN tỉnh', 'UBMTTQVN tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ban TT UBMTTQVN tỉnh'] },
  { name: 'Báo Đồng Tháp', aliases: [] },
  { name: 'Đài Phát thanh và Truyền hình Đồng Tháp', aliases: ['Đài Phát thanh - Truyền hình Đồng Tháp', 'Đài Phát thanh – Truyền hình Đồng Tháp', 'Đài Truyền hình Đồng Tháp', 'Đài PT&TH ĐT', 'Đài PT-TH Đồng Tháp'] },
  { name: 'Báo Đồng Nai', aliases: [] },
  { name: 'Đài Phát thanh và Truyền hình Đồng Nai', aliases: ['Đài PT-TH Đồng Nai', 'Đài PT&TH Đồng Nai', 'Đài PT-TH của tỉnh'] },
  // Groups: collective leads that are real and accepted in plans.
  {
    name: 'Các sở, ban, ngành tỉnh',
    kind: 'group',
    aliases: ['Các sở, ngành tỉnh', 'Các sở, ban, ngành', 'Các sở, ngành', 'Các Sở, ban, ngành của tỉnh', 'Sở, ban, ngành tỉnh', 'Các sở, ban ngành tỉnh', 'Các sở, ngành có liên quan', 'Các cơ quan chuyên môn thuộc UBND tỉnh'],
  },
  {
    name: 'UBND cấp huyện',
    kind: 'group',
    aliases: ['UBND các huyện, thành phố', 'Ủy ban nhân dân các huyện, thành phố', 'UBND huyện, thành phố', 'UBND các huyện, thị xã, thành phố', 'UBND huyện', 'UBND các huyện'],
    mergedInto: 'UBND cấp xã',
  },
  { name: 'UBND cấp xã', kind: 'group', aliases: ['UBND các xã, phường, thị trấn', 'Ủy ban nhân dân các xã, phường, thị trấn', 'UBND xã, phường, thị trấn', 'UBND các xã, phường', 'UBND xã'] },
  { name: 'UBND tỉnh', kind: 'group', aliases: ['Ủy ban nhân dân tỉnh', 'UBND Tỉnh', 'Chủ tịch UBND tỉnh'] },
];
