/**
 * Seed 003 — Kế hoạch 336/KH-UBND ngày 15/10/2024 của UBND tỉnh Đồng Nai: Phụ lục 4 to 12, one sheet each, from
 * /work/shared/seeds/003_*.txt, with the conventions of seed003-appendices.ts (one dump line per cell; lines of
 * one cell joined with "\n"; whole-number STT as numbers, Roman numerals as text; NFC; section rows merged B:E).
 * Exported as `sheets` only: seed003-appendices.ts puts them into its workbook in appendix order.
 *
 *   Phụ lục 4  (lines  813–858)  Sở Tài chính                      I PAPI, II PAR
 *   Phụ lục 5  (lines  859–907)  Sở Thông tin và Truyền thông      I PAPI, II SIPAS, III PAR
 *   Phụ lục 6  (lines  908–997)  Sở Kế hoạch và Đầu tư             I SIPAS, II PAR, III PCI
 *   Phụ lục 7  (lines  998–1049) Sở Công Thương                    I PAPI, II SIPAS, III PAR, IV PCI
 *   Phụ lục 8  (lines 1050–1099) Sở Giáo dục và Đào tạo            I PAPI, II SIPAS, III PAR
 *   Phụ lục 9  (lines 1100–1151) Sở Y tế                           I PAPI, II SIPAS, III PAR
 *   Phụ lục 10 (lines 1152–1189) Sở Giao thông vận tải             I SIPAS, II PAR
 *   Phụ lục 11 (lines 1190–1285) Sở Tài nguyên và Môi trường       I PAPI, II SIPAS, III PAR, IV PCI
 *   Phụ lục 12 (lines 1286–1338) Sở Lao động, Thương binh và Xã hội I PAPI, II SIPAS, III PAR, IV PCI
 * Read row by row, left to right, the cells give back dump lines 813–1338 exactly, each once, in order (checked
 * when transcribing).
 *
 * Deviations from the seed and guesses:
 * - Which bullet lines are Chỉ tiêu/kết quả and which Nhiệm vụ/giải pháp is our judgment, as in
 *   seed003-appendices.ts (targets, outputs and states to reach vs actions); the dump keeps their order, so a
 *   row's target lines always come before its task lines. Open calls:
 *   PL4 II.2: "100% … ban hành Quy chế …" (no dash) and "- Từ 85% số cơ sở nhà, đất … được … phê duyệt phương án
 *     …" are targets, "- Tổ /chức kiểm tra …" and "- Thực hiện sắp xếp lại …" tasks.
 *   PL4 II.1 and II.3: a lone dashed line is the target ("- Thực hiện các kiến nghị …", "- Giảm chi trực tiếp …").
 *   PL5 III.1: three targets ("- Kiến trúc …", "- Trung tâm dữ liệu …", "- 100% ứng dụng …"), three tasks
 *     ("- Tham mưu ban hành …", "- Triển khai …" twice), matched pairwise in the seed.
 *   PL6 II.1: the most open call. "Tổ chức ít nhất 02 cuộc đối thoại…" (no dash), "- Kế hoạch tổ chức Hội nghị…"
 *     and "- Các văn bản, chỉ đạo…" (outputs: kết quả) and "- Xử lý 100% đề xuất, kiến nghị…" (a 100% target)
 *     are Chỉ tiêu/kết quả; only "- Tăng cường đối thoại…" is a task. Read by the dashes alone, the first line
 *     could be the whole target cell and the four dashed lines the tasks.
 *   PL6 III.1: "- Rà soát, đơn giản hóa TTHC, …" reads like an action but comes before the target "- 100% thủ
 *     tục đăng ký doanh nghiệp …", so it is in the target cell with it.
 *   PL7 IV.1: "- Tăng cường chất lượng cung cấp thông tin … FTA …" and "- Tăng tỷ lệ doanh nghiệp …" are targets.
 *   PL11 IV.1: the seven "- Giảm …/Doanh nghiệp …/Thông tin …/Thời hạn …/Bảng giá đất …" lines are targets (states
 *     to reach), the two "- Rà soát …" lines tasks.
 * - One target split over two dump lines: PL4 I.2 "Thu chi ngân sách cấp huyện, cấp xã được công bố" / "công khai"
 *   is one cell with a line break (two paragraphs in the seed), not joined into one line.
 * - Rows the dump gives without tasks (and time) are covered by the cells above (vertical merges), as in
 *   seed003-appendices.ts: PL6 II.3 "Mức độ phát triển doanh nghiệp" has two targets and a time (31/12/2024) but
 *   no task: II.2's tasks cover it (D13:D14). PL11 I.6 "Chất lượng nước" has only a target: I.5's tasks and time
 *   cover it (D11:D12, E11:E12; I.5's tasks name the Luật Tài nguyên nước).
 * - Sections without sub-rows carry their own target, tasks and time on the section row, which is therefore not
 *   merged B:E (as PL13 II in seed003-appendices.ts): "III Chỉ số PAR" in PL7, PL8, PL9, PL11, PL12 and
 *   "II Chỉ số PAR" in PL10 — the same text in each ("100% các nhiệm vụ CCHC có liên quan …"), up to the seed's
 *   own variants ("… Kế hoạch CCHC của tỉnh" without a full stop in PL10, "của tỉnh ." in PL11).
 * - PL7 I (PAPI) has one row, "Cơ sở hạ tầng căn bản", with no STT in the seed: its STT cell is empty.
 * - Times are all text as in the seed ("Thường xuyên", "31/12/2024", "Quý IV năm 2024"); no real dates here.
 * - Sheet names abbreviate the longer agencies the way offices write them: "PL5 Sở TT&TT", "PL11 Sở TN&MT",
 *   "PL12 Sở LĐ-TB&XH" (the full names do not fit Excel's 31 characters).
 * - Kept as in the seed: header "Thời gian   hoàn thành" (three spaces) in all nine; PL12's title on one line (so
 *   3 title rows); PL8's title "(PAPI, SIPAS)" although it has a section III Chỉ số PAR (the eight other titles
 *   name exactly their sections); sections "Chỉ số PAR" (never "PAR INDEX") in all nine; typos and odd spacing
 *   "Tổ /chức", "và và", "2188/QĐ- UBND", "100 % Các Doanh nghiệp", "doanh nghiệp lớn doanh nghiệp nhỏ",
 *   "cơ quan chức liên quan", "EV- FTA", "khám, chữa bệnh .", "Bảm đảm", "dịch vụ dịch vụ công", "đất đai..",
 *   "CTRSH trên địa bàn tỉnh” tại mục chỉ tiêu/ kết quả thực hiện" (a closing quote without its opening one and an
 *   editor's note, left in the seed's PL11 I.3), "họp/ phỏng vấn" beside "họp/phỏng vấn", "người dân)" without "…"
 *   in PL7.
 */
import type { SampleSheet } from './types';

export const sheets: SampleSheet[] = [
  {
    name: 'PL4 Sở Tài chính',
    values: [
      /* 1 */ ['PHỤ LỤC 4', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, PAR INDEX)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ TÀI CHÍNH', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 7 */ [
        1, 'Đóng góp tự nguyện',
        'Thực hiện đúng các quy định về huy động sự đóng góp tự nguyện',
        'Chỉ đạo UBND các xã, phường, thị trấn thực hiện nghiêm việc ghi chép vào sổ sách các khoản huy động, đóng góp; đồng thời thực hiện công khai minh bạch theo quy định.',
        'Quý IV năm 2024',
      ],
      /* 8 */ [
        2, 'Ngân sách cấp xã',
        'Thu chi ngân sách cấp huyện, cấp xã được công bố\ncông khai',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương, nhất là UBND cấp xã thực hiện công khai thu, chi ngân sách đảm bảo đầy đủ các nội dung và hình thức theo quy định. Tăng cường thanh tra, kiểm tra việc thực hiện của các cơ quan, đơn vị, địa phương.',
        'Thường xuyên',
      ],
      /* 9 section */ ['II', 'Chỉ số PAR', null, null, null],
      /* 10 */ [
        1, 'Tổ chức thực hiện công tác tài chính - ngân sách',
        '- Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách',
        'Kiểm tra, hướng dẫn các cơ quan, đơn vị, địa phương tổ chức thực hiện công tác tài chính - ngân sách đảm bảo theo quy định',
        'Thường xuyên',
      ],
      /* 11 */ [
        2, 'Công tác quản lý, sử dụng tài sản công',
        '100% các cơ quan, đơn vị, địa phương ban hành Quy chế quản lý, sử dụng tài sản công\n- Từ 85% số cơ sở nhà, đất trở lên thuộc thẩm quyền quản lý được cấp có thẩm quyền phê duyệt phương án sắp xếp lại, xử lý',
        '- Tổ /chức kiểm tra việc thực hiện các quy định về quản lý, sử dụng tài sản công.\n- Thực hiện sắp xếp lại, xử lý nhà, đất thuộc thẩm quyền quản lý được cấp có thẩm quyền phê duyệt phương án sắp xếp lại, xử lý.',
        'Thường xuyên',
      ],
      /* 12 */ [
        3, 'Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập (SNCL)',
        '- Giảm chi trực tiếp từ ngân sách nhà nước cho các đơn vị sự nghiệp đạt tỷ lệ 10% so với năm 2021',
        '- Tham mưu cho UBND tỉnh về giảm chi hỗ trợ trực tiếp từ ngân sách nhà nước cho các đơn vị sự nghiệp theo quy định.',
        '31/12/2024',
      ],
      /* 13 */ [
        4, 'Thực hiện thu ngân sách hàng năm của tỉnh',
        'Phấn đấu thực hiện thu ngân sách Nhà nước trên địa bàn tỉnh Đồng Nai thuộc nhóm 10 địa phương cao từ vị trí 01 đến 10 so với 63 tỉnh, thành',
        'Thực hiện thu ngân sách đảm bảo theo Kế hoạch.',
        '31/12/2024',
      ],
    ],
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B9:E9'],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 9],
  },
  {
    name: 'PL5 Sở TT&TT',
    values: [
      /* 1 */ ['PHỤ LỤC 5', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, SIPAS, PAR INDEX)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ THÔNG TIN VÀ TRUYỀN THÔNG', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 7 */ [
        1, 'Tiếp cận và sử dụng Internet tại địa phương',
        'Tăng số lượng thuê bao và số lượng người sử dụng internet',
        'Tuyên truyền người dân về tiện ích sử dụng internet; tiếp tục phát triển hạ tầng, internet băng thông rộng tới các vùng sâu, vùng xa trên địa bàn tỉnh kết hợp với Chương trình cung cấp dịch vụ viễn thông công ích theo Quyết định của Thủ tướng Chính phủ.',
        'Thường xuyên',
      ],
      /* 8 section */ ['II', 'Chỉ số SIPAS', null, null, null],
      /* 9 */ [
        1, 'Trách nhiệm giải trình của chính quyền về chính sách',
        'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền về các chủ trương, chính sách của tỉnh, Trung ương về xây dựng, phát triển chính quyền điện tử, chính quyền số. Thực hiện tuyên truyền đa dạng dưới nhiều hình thức đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.',
        'Thường xuyên',
      ],
      /* 10 */ [
        2, 'Chất lượng tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền sự phù hợp của các chủ trương, chính sách về xây dựng, phát triển chính quyền điện tử, chính quyền số cho người dân biết và sử dụng.',
        'Thường xuyên',
      ],
      /* 11 */ [
        3, 'Kết quả, tác động của chính sách',
        'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
        'Đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền kết quả mang lại của các chủ trương, chính sách về xây dựng, phát triển chính quyền điện tử, chính quyền số góp phần giúp cho kinh tế gia đình, đời sống của người dân ngày càng tốt hơn trong thời gian qua.',
        'Thường xuyên',
      ],
      /* 12 section */ ['III', 'Chỉ số PAR', null, null, null],
      /* 13 */ [
        1, 'Phát triển các nền tảng, cơ sở dữ liệu',
        '- Kiến trúc Chính quyền điện tử của tỉnh đảm bảo theo quy định\n- Trung tâm dữ liệu phục vụ chuyển đổi số đáp ứng đầy đủ các tiêu chí, chỉ tiêu kỹ thuật\n- 100% ứng dụng có dữ liệu dùng chung được kết nối, sử dụng qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức',
        '- Tham mưu ban hành Kiến trúc Chính quyền điện tử và tổ chức triển khai, duy trì và cập nhật Kiến trúc theo quy định của Chính phủ, Bộ Thông tin và Truyền thông.\n- Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây.\n- Triển khai các ứng dụng có dữ liệu dùng chung được kết nối, sử dụng qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức.',
        'Thường xuyên',
      ],
      /* 14 */ [
        2, 'Phát triển các ứng dụng, dịch vụ trong nội bộ cơ quan nhà nước',
        '- 100% các cơ quan, đơn vị, địa phương gửi, nhận văn bản điện tử qua hệ thống văn phòng điện tử của tỉnh',
        '- Rà soát, hoàn thiện Hệ thống quản lý văn bản và điều hành công việc đảm bảo kết nối Hệ thống từ cấp tỉnh đến cấp huyện, cấp xã.',
        'Thường xuyên',
      ],
    ],
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B8:E8', 'B12:E12'],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 8, 12],
  },
  {
    name: 'PL6 Sở Kế hoạch và Đầu tư',
    values: [
      /* 1 */ ['PHỤ LỤC 6', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (SIPAS, PAR INDEX, PCI)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ KẾ HOẠCH VÀ ĐẦU TƯ', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số SIPAS', null, null, null],
      /* 7 */ [
        1, 'Trách nhiệm giải trình của chính quyền về chính sách',
        'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền về các chủ trương, chính sách về phát triển kinh tế, các hoạt động thu hút đầu tư của tỉnh, Trung ương. Thực hiện tuyên truyền đa dạng dưới nhiều hình thức đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.',
        'Thường xuyên',
      ],
      /* 8 */ [
        2, 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân khi tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Hướng dẫn các cơ quan, đơn vị liên quan và các địa phương phổ biến dưới nhiều hình thức để người dân dễ dàng tham gia góp ý xây dựng đối với các chủ trương, chính sách được lấy ý kiến của người dân (đăng tải trên trang thông tin điện tử, họp/phỏng vấn tại khu dân cư, phiếu xin ý kiến/phiếu khảo sát gửi tới người dân …)',
        'Thường xuyên',
      ],
      /* 9 */ [
        3, 'Chất lượng tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền sự phù hợp của các chủ trương, chính sách về phát triển kinh tế của tỉnh, Trung ương cho người dân biết và sử dụng.',
        'Thường xuyên',
      ],
      /* 10 */ [
        4, 'Kết quả, tác động của chính sách',
        'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
        'Đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền kết quả mang lại của các chủ trương, chính sách về phát triển kinh tế, các hoạt động thu hút đầu tư của tỉnh, Trung ương góp phần giúp cho kinh tế gia đình, đời sống của người dân ngày càng tốt hơn trong thời gian qua.',
        'Thường xuyên',
      ],
      /* 11 section */ ['II', 'Chỉ số PAR', null, null, null],
      /* 12 */ [
        1, 'Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp',
        'Tổ chức ít nhất 02 cuộc đối thoại/diễn đàn trong năm\n- Kế hoạch tổ chức Hội nghị, Hội thảo đối thoại giữa Lãnh đạo UBND tỉnh với doanh nghiệp.\n- Các văn bản, chỉ đạo về việc xử lý, giải quyết những kiến nghị, đề xuất.\n- Xử lý 100% đề xuất, kiến nghị của người dân, doanh nghiệp đúng tiến độ.',
        '- Tăng cường đối thoại với người dân, doanh nghiệp; chủ động tham mưu trong việc nắm bắt tình hình, gặp gỡ, đối thoại, trao đổi với doanh nghiệp để hỗ trợ, tháo gỡ khó khăn, vướng mắc trong hoạt động sản xuất, kinh doanh.',
        '31/12/2024',
      ],
      /* 13 */ [
        2, 'Mức độ thu hút đầu tư',
        'Phấn đấu số vốn thu hút đầu tư năm sau tăng hơn so với năm trước liền kề trên địa bàn tỉnh',
        '- Tập trung cải cách thủ tục hành chính với trọng tâm là thực hiện tốt cơ chế phối hợp với các cơ quan có liên quan trong việc đề xuất đơn giản hóa, cải tiến quy trình, rút ngắn thời gian đăng ký thành lập, thay đổi, bổ sung: Đăng ký kinh doanh, cấp Giấy chứng nhận đầu tư.\n- Công khai và minh bạch trong việc đề xuất UBND tỉnh chấp thuận chủ trương đầu tư đối với các dự án đăng ký đầu tư trên địa bàn tỉnh; triển khai hiệu quả các thủ tục công bố thông tin doanh nghiệp theo phương thức điện tử.\n- Chủ trì, phối hợp với các cơ quan liên quan giải quyết nhanh việc chứng nhận đủ điều kiện kinh doanh cho doanh nghiệp.\n- Kịp thời tham mưu UBND tỉnh xây dựng và ban hành danh mục dự án ưu tiên thu hút đầu tư trên địa bàn tỉnh để các nhà đầu tư chủ động trong việc tiếp cận thông tin và lựa chọn ngành nghề, lĩnh vực đầu tư phù hợp.',
        '31/12/2024',
      ],
      /* 14 */ [
        3, 'Mức độ phát triển doanh nghiệp',
        '- Phấn đấu số lượng doanh nghiệp gia nhập và tái gia nhập thị trường năm sau tăng hơn so với năm trước liền kề trên địa bàn tỉnh\n- Phấn đấu số vốn đăng ký của doanh nghiệp năm sau tăng hơn so với năm trước liền kề trên địa bàn tỉnh',
        null,
        '31/12/2024',
      ],
      /* 15 */ [
        4, 'Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao',
        '100% các chỉ tiêu phát triển KT-XH đạt và vượt so với kế hoạch',
        'Rà soát, đôn đốc các cơ quan, đơn vị hoàn thành các chỉ tiêu phát triển KT-XH',
        '31/12/2024',
      ],
      /* 16 section */ ['III', 'Chỉ số PCI', null, null, null],
      /* 17 */ [
        1, 'Gia nhập thị trường',
        '- Rà soát, đơn giản hóa TTHC, tập trung cắt giảm thời gian giải quyết TTHC\n- 100% thủ tục đăng ký doanh nghiệp được thực hiện qua dịch vụ công trực tuyến',
        '- Tập trung cải cách thủ tục hành chính với trọng tâm là thực hiện tốt cơ chế phối hợp với các cơ quan có liên quan trong việc đề xuất đơn giản hóa, cải tiến quy trình, rút ngắn thời gian đăng ký thành lập, thay đổi, bổ sung trong thủ tục Đăng ký kinh doanh.\n- Tổ chức, hướng dẫn, khuyến khích doanh nghiệp đăng ký kinh doanh trực tuyến, phấn đấu tỷ lệ cấp đăng ký kinh doanh (cấp mới và thay đổi đăng ký) trực tuyến đạt trên 90% hồ sơ; giải quyết đúng thời hạn 100% hồ sơ đăng ký; triển khai hiệu quả các thủ tục công bố thông tin doanh nghiệp theo phương thức điện tử.\n- Tiếp tục triển khai việc đăng ký doanh nghiệp trong 03 ngày làm việc và và tiếp tục triển khai nội dung đơn giản hóa thủ tục hành chính được UBND tỉnh phê duyệt tại Quyết định số 2188/QĐ- UBND ngày 14/9/2023. Phối hợp yêu cầu doanh nghiệp tạm ngừng kinh doanh ngành nghề đầu tư kinh doanh có điều kiện khi nhận được thông tin do cơ quan có thẩm quyền cung cấp.',
        'Thường xuyên',
      ],
      /* 18 */ [
        2, 'Chi phí không chính thức',
        '100 % Các Doanh nghiệp không chi trả chi phí khác ngoài quy định khi thực hiện thủ tục đăng ký doanh nghiệp',
        'Tăng cường kiểm tra, giám sát cán bộ, công chức trong quá trình thực thi công vụ để kịp thời phát hiện, xử lý, ngăn chặn có hiệu quả tình trạng nhũng nhiễu, gây phiền hà doanh nghiệp của một bộ phận cán bộ, công chức.',
        'Thường xuyên',
      ],
      /* 19 */ [
        3, 'Tính minh bạch',
        'Công tác đấu thầu được minh bạch.',
        'Tăng cường công tác thanh tra, kiểm tra việc đấu thầu của các đơn vị hành chính.',
        'Thường xuyên',
      ],
      /* 20 */ [
        4, 'Cạnh tranh bình đẳng',
        'Tạo sự công bằng trong việc thu hút đầu tư đối với các doanh nghiệp lớn doanh nghiệp nhỏ và vừa trong nước.',
        '- Định kỳ tham mưu UBND tỉnh tổ chức đối thoại giữa lãnh đạo tỉnh và các doanh nghiệp nhằm nắm bắt và giải quyết kịp thời các khó khăn vướng mắc của các doanh nghiệp.\n- Tham mưu, đề xuất việc tổ chức gặp mặt doanh nghiệp hàng năm, trọng tâm là khối doanh nghiệp sản xuất kinh doanh đang gặp khó khăn để có biện pháp tháo gỡ kịp thời, nhằm động viên các doanh nghiệp yên tâm sản xuất kinh doanh trên địa bàn tỉnh. Chủ trì làm đầu mối phối hợp với các cơ quan chức liên quan nghiên cứu, tham mưu các cơ chế hỗ trợ cho các doanh nghiệp trẻ của Đồng Nai và cho các đơn vị cung cấp dịch vụ hỗ trợ khởi nghiệp phát triển, vượt qua các khó khăn thách thức để đạt được mục tiêu nhanh hơn.',
        'Thường xuyên',
      ],
      /* 21 */ [
        5, 'Tính năng động và tiên phong của chính quyền',
        'Các khó khăn, vướng mắc được tháo gỡ kịp thời qua các cuộc đối thoại, tiếp xúc doanh nghiệp tại tỉnh.',
        'Làm đầu mối nắm bắt thông tin về tình hình hoạt động của doanh nghiệp để tham mưu, đề xuất UBND tỉnh chỉ đạo các cơ quan, đơn vị, địa phương chủ động gặp gỡ, tiếp xúc, đối thoại với doanh nghiệp thông qua nhiều kênh giao tiếp nhằm lắng nghe ý kiến phản ánh, kịp thời hỗ trợ, tháo gỡ khó khăn cho doanh nghiệp. Khảo sát nhà đầu tư về các chỉ số thành phần còn thấp để tập trung cải thiện.',
        'Thường xuyên',
      ],
    ],
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B11:E11', 'B16:E16', 'D13:D14'],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 11, 16],
  },
  {
    name: 'PL7 Sở Công Thương',
    values: [
      /* 1 */ ['PHỤ LỤC 7', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, SIPAS, PAR INDEX, PCI)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ CÔNG THƯƠNG', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 7 */ [
        null, 'Cơ sở hạ tầng căn bản',
        'Người dân và các cơ sở kinh doanh được duy trì sử dụng điện an toàn thường xuyên, liên tục',
        'Tăng cường công tác quản lý vận hành hệ thống điện; thường xuyên cải tạo lưới điện; tổ chức kiểm tra phát hiện và xử lý kịp thời những sự cố về đường dây, thiết bị trạm biến áp để đảm bảo an toàn sử dụng điện cho người dân và các cơ sở kinh doanh.',
        'Thường xuyên',
      ],
      /* 8 section */ ['II', 'Chỉ số SIPAS', null, null, null],
      /* 9 */ [
        1, 'Trách nhiệm giải trình của chính quyền về chính sách',
        'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền về các chủ trương, chính sách về phát triển kinh tế, các hoạt động xúc tiến thương mại, chương trình phát triển điện lực của tỉnh, Trung ương. Thực hiện tuyên truyền đa dạng dưới nhiều hình thức đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.',
        'Thường xuyên',
      ],
      /* 10 */ [
        2, 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân khi tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Hướng dẫn các cơ quan, đơn vị liên quan và các địa phương phổ biến dưới nhiều hình thức để người dân dễ dàng tham gia góp ý xây dựng đối với các chủ trương, chính sách được lấy ý kiến của người dân (đăng tải trên trang thông tin điện tử, họp/ phỏng vấn tại khu dân cư, phiếu xin ý kiến/phiếu khảo sát gửi tới người dân)',
        'Thường xuyên',
      ],
      /* 11 */ [
        3, 'Chất lượng tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền sự phù hợp của các chủ trương, chính sách về phát triển kinh tế, các hoạt động xúc tiến thương mại, chương trình phát triển điện lực của tỉnh, Trung ương cho người dân biết và sử dụng.',
        'Thường xuyên',
      ],
      /* 12 */ [
        4, 'Kết quả, tác động của chính sách',
        'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
        'Đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền kết quả mang lại của các chủ trương, chính sách về phát triển kinh tế, các hoạt động xúc tiến thương mại, chương trình phát triển điện lực của tỉnh, Trung ương góp phần giúp cho kinh tế gia đình, đời sống của người dân ngày càng tốt hơn trong thời gian qua.',
        'Thường xuyên',
      ],
      /* 13 section with its own content, no merge */ [
        'III', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh.\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định.',
        'Thường xuyên',
      ],
      /* 14 section */ ['IV', 'Chỉ số PCI', null, null, null],
      /* 15 */ [
        1, 'Chính sách hỗ trợ doanh nghiệp',
        '- Tăng cường chất lượng cung cấp thông tin liên quan đến các FTA của các cơ quan nhà nước địa phương đáp ứng nhu cầu của doanh nghiệp.\n- Tăng tỷ lệ doanh nghiệp có biết đến các chương trình hỗ trợ doanh nghiệp tận dụng cơ hội của các FTAs.',
        'Tập trung triển khai nhiều hoạt động xúc tiến thương mại hỗ trợ doanh nghiệp phát triển sản xuất, mở rộng thị trường, đẩy mạnh tiêu thụ sản phẩm như: hỗ trợ doanh nghiệp, nhất là các doanh nghiệp sản xuất các mặt hàng chủ lực của tỉnh tham gia các hội chợ, triển lãm trọng điểm trong nước; tổ chức các hội nghị phổ biến thông tin về các hiệp định thương mại tự do Việt Nam - Asean, CPTPP, EV- FTA, quy tắc xuất xứ và khai báo hồ sơ đề nghị cấp C/O trên hệ thống eCosys... để các doanh nghiệp nắm bắt, xử lý thông tin về thị trường, cơ hội giao thương kinh tế quốc tế.',
        'Thường xuyên',
      ],
    ],
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B8:E8', 'B14:E14'],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 8, 13, 14],
  },
  {
    name: 'PL8 Sở Giáo dục và Đào tạo',
    values: [
      /* 1 */ ['PHỤ LỤC 8', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, SIPAS)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 7 */ [
        1, 'Kiểm soát tham nhũng trong khu vực công',
        'Nâng cao chất lượng giáo dục tiểu học',
        'Tăng cường công tác thanh tra, kiểm tra, kiểm tra đột xuất việc giải quyết TTHC cho người dân để kịp thời phát hiện, ngăn chặn và xử lý nghiêm các trường hợp cán bộ, công chức, viên chức gây nhũng nhiễu, phiền hà người dân.',
        'Thường xuyên',
      ],
      /* 8 */ [
        2, 'Giáo dục tiểu học công lập',
        'Cải thiện, nâng cao chất lượng giáo dục tiểu học công lập',
        'Đầu tư, cải thiện điều kiện cơ sở vật chất của trường tiểu học, chú trọng các tiêu chí: số lượng học sinh trong một lớp theo quy định; nước uống, nhà vệ sinh sạch sẽ; chỉ đạo công khai các khoản thu, chi tài chính của các cơ sở giáo dục; kiểm soát việc dạy thêm, học thêm đảm bảo đúng quy định; nâng cao chất lượng dạy và học tại các nhà trường, nhất là cấp tiểu học; đảm bảo cho trẻ em trong độ tuổi được đến trường.',
        'Thường xuyên',
      ],
      /* 9 section */ ['II', 'Chỉ số SIPAS', null, null, null],
      /* 10 */ [
        1, 'Trách nhiệm giải trình của chính quyền về chính sách',
        'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền các chủ trương, chính sách về giáo dục phổ thông của tỉnh, Trung ương. Thực hiện tuyên truyền đa dạng dưới nhiều hình thức đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.',
        'Thường xuyên',
      ],
      /* 11 */ [
        2, 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân khi tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Hướng dẫn các cơ quan, đơn vị liên quan và các địa phương phổ biến dưới nhiều hình thức để người dân dễ dàng tham gia góp ý xây dựng đối với các chủ trương, chính sách được lấy ý kiến của người dân (đăng tải trên trang thông tin điện tử, họp/ phỏng vấn tại khu dân cư, phiếu xin ý kiến/phiếu khảo sát gửi tới người dân …).',
        'Thường xuyên',
      ],
      /* 12 */ [
        3, 'Chất lượng tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền sự phù hợp của các chính sách về giáo dục phổ thông cho người dân biết và sử dụng.',
        'Thường xuyên',
      ],
      /* 13 */ [
        4, 'Kết quả, tác động của chính sách',
        'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
        'Đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền kết quả mang lại của các chính sách về giáo dục phổ thông góp phần giúp cho chất lượng cuộc sống của gia đình, người dân ngày càng tốt hơn trong thời gian qua.',
        'Thường xuyên',
      ],
      /* 14 section with its own content, no merge */ [
        'III', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh.\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định.',
        'Thường xuyên',
      ],
    ],
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B9:E9'],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 9, 14],
  },
  {
    name: 'PL9 Sở Y tế',
    values: [
      /* 1 */ ['PHỤ LỤC 9', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, SIPAS, PAR INDEX)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ Y TẾ', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 7 */ [
        1, 'Kiểm soát tham nhũng trong khu vực công',
        'Nâng cao chất lượng khám, chữa bệnh ở bệnh viện công',
        'Tăng cường công tác thanh tra, kiểm tra việc thực hiện khám chữa bệnh; thái độ phục vụ, quy tắc ứng xử của các nhân viên y tế.',
        'Thường xuyên',
      ],
      /* 8 */ [
        2, 'Y tế công lập',
        'Nâng cao chất lượng trạm y tế tuyến xã, bệnh viện tuyến huyện; tăng tỷ lệ người dân tham gia bảo hiểm y tế',
        '- Đầu tư, nâng cấp trang thiết bị hiện đại cho các bệnh viện để phục vụ công tác khám, chữa bệnh .\n- Chỉ đạo các Bệnh viện, Trung tâm y tế, Trạm y tế nâng cao chất lượng khám chữa bệnh cho người dân, tăng cường khám bệnh cho người nghèo, khám miễn phí cho trẻ em dưới 6 tuổi.\n- Tăng cường tuyên truyền chính sách bảo hiểm y tế để góp phần tăng tỷ lệ người dân tham gia bảo hiểm y tế; tiếp tục ứng dụng công nghệ thông tin trong khám, chữa bệnh và thanh toán bảo hiểm y tế.',
        'Thường xuyên',
      ],
      /* 9 section */ ['II', 'Chỉ số SIPAS', null, null, null],
      /* 10 */ [
        1, 'Trách nhiệm giải trình của chính quyền về chính sách',
        'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền các chủ trương, chính sách về lĩnh vực y tế của tỉnh, Trung ương trong việc phục vụ khám chữa bệnh cho người dân. Thực hiện tuyên truyền đa dạng dưới nhiều hình thức đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.',
        'Thường xuyên',
      ],
      /* 11 */ [
        2, 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân khi tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Hướng dẫn các cơ quan, đơn vị liên quan và các địa phương phổ biến dưới nhiều hình thức để người dân dễ dàng tham gia góp ý xây dựng đối với các chính sách được lấy ý kiến của người dân (đăng tải trên trang thông tin điện tử, họp/ phỏng vấn tại khu dân cư, phiếu xin ý kiến/phiếu khảo sát gửi tới người dân …)',
        'Thường xuyên',
      ],
      /* 12 */ [
        3, 'Chất lượng tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền sự phù hợp của các chủ trương, chính sách về lĩnh vực y tế để người dân biết và sử dụng.',
        'Thường xuyên',
      ],
      /* 13 */ [
        4, 'Kết quả, tác động của chính sách',
        'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
        'Đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền kết quả mang lại của các chính sách về lĩnh vực y tế giúp cho chất lượng cuộc sống của gia đình, người dân ngày càng tốt hơn trong thời gian qua.',
        'Thường xuyên',
      ],
      /* 14 section with its own content, no merge */ [
        'III', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh.\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định.',
        'Thường xuyên',
      ],
    ],
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B9:E9'],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 9, 14],
  },
  {
    name: 'PL10 Sở Giao thông vận tải',
    values: [
      /* 1 */ ['PHỤ LỤC 10', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (SIPAS, PAR INDEX)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ GIAO THÔNG VẬN TẢI', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số SIPAS', null, null, null],
      /* 7 */ [
        1, 'Trách nhiệm giải trình của chính quyền về chính sách',
        'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền các chủ trương, chính sách về phát triển giao thông đường bộ của tỉnh. Thực hiện tuyên truyền đa dạng dưới nhiều hình thức đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.',
        'Thường xuyên',
      ],
      /* 8 */ [
        2, 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân khi tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Hướng dẫn các cơ quan, đơn vị liên quan và các địa phương phổ biến dưới nhiều hình thức để người dân dễ dàng tham gia góp ý xây dựng đối với các chính sách được lấy ý kiến của người dân (đăng tải trên trang thông tin điện tử, họp/ phỏng vấn tại khu dân cư, phiếu xin ý kiến/phiếu khảo sát gửi tới người dân …)',
        'Thường xuyên',
      ],
      /* 9 */ [
        3, 'Chất lượng tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền sự phù hợp của các chủ trương, chính sách về phát triển giao thông đường bộ của tỉnh để người dân biết và sử dụng.',
        'Thường xuyên',
      ],
      /* 10 */ [
        4, 'Kết quả, tác động của chính sách',
        'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
        'Đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền kết quả mang lại của các chính sách về lĩnh vực phát triển giao thông đường bộ của tỉnh giúp cho chất lượng cuộc sống của gia đình, người dân ngày càng tốt hơn trong thời gian qua.',
        'Thường xuyên',
      ],
      /* 11 section with its own content, no merge */ [
        'II', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định.',
        'Thường xuyên',
      ],
    ],
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6'],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 11],
  },
  {
    name: 'PL11 Sở TN&MT',
    values: [
      /* 1 */ ['PHỤ LỤC 11', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, SIPAS, PAR INDEX, PCI)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 7 */ [
        1, 'Quy hoạch, kế hoạch sử dụng đất; giá bồi thường thu hồi đất',
        'Người dân biết, nắm bắt các thông tin về quy hoạch – kế hoạch sử dụng đất và giám sát việc thực hiện các dự án, công trình trên địa bàn dân cư; giúp người dân tin tưởng vào hoạt động quản lý của cơ quan có thẩm quyền',
        'Kiểm tra, hướng dẫn niêm yết công khai, minh bạch, kịp thời các quy hoạch - kế hoạch sử dụng đất, quy hoạch xây dựng, khung giá đền bù thu hồi đất; các quy định, chính sách liên quan đến đền bù, hỗ trợ, giải tỏa, tái định cư trên Cổng thông tin điện tử của tỉnh, Trang thông tin điện tử của Sở Tài nguyên và Môi trường.',
        'Thường xuyên',
      ],
      /* 8 */ [
        2, 'Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất',
        'Nâng cao hiệu quả hoạt động, chất lượng giải quyết TTHC cấp giấy chứng nhận quyền sử dụng đất',
        'Tăng cường kiểm tra việc thực hiện TTHC trong lĩnh vực đất đai, xử lý nghiêm các trường hợp công chức, viên chức gây phiền hà, nhũng nhiễu khi giải quyết TTHC trong lĩnh vực đất đai. Giải quyết hiệu quả các tranh chấp, khiếu kiện về đất đai.',
        'Thường xuyên',
      ],
      /* 9 */ [
        3, 'Cơ sở hạ tầng căn bản',
        'Tham mưu UBND tỉnh thực hiện chức năng quản lý nhà nước về công tác thu gom, vận chuyển và xử lý CTRSH trên địa bàn tỉnh” tại mục chỉ tiêu/ kết quả thực hiện',
        'Triển khai đề án quản lý chất thải rắn sinh hoạt và các quy định về quản lý chất thải rắn sinh hoạt',
        'Thường xuyên',
      ],
      /* 10 */ [
        4, 'Nghiêm túc trong bảo vệ môi trường',
        'Nâng cao nhận thức về bảo vệ môi trường cho người dân; trách nhiệm của người dân trong việc bảo vệ môi trường, việc phân loại chất thải',
        'Tăng cường công tác thanh tra, kiểm tra việc chấp hành pháp luật về bảo vệ môi trường đối với các cơ sở sản xuất, kinh doanh, dịch vụ trên địa bàn tỉnh; đặc biệt đối với các cơ sở có lượng chất thải lớn, các cơ sở nằm ở khu vực đầu nguồn nước, các cơ sở chăn nuôi, chế biến nông sản, cơ sở khai thác khoáng sản.',
        'Thường xuyên',
      ],
      /* 11 */ [
        5, 'Chất lượng không khí',
        'Theo dõi diễn biến chất lượng không khí',
        '- Đẩy mạnh tuyên truyền, phổ biến rộng rãi Luật Tài nguyên nước, Luật bảo vệ môi trường và các văn bản hướng dẫn thi hành.\n- Thực hiện quan trắc chất lượng không khí định kỳ hàng năm và triển khai thực hiện kế hoạch quản lý chất lượng không khí trên địa bàn tỉnh.\n- Kịp thời phát hiện và xử lý nghiêm các tổ chức, cá nhân có hành vi gây ô nhiễm, hủy hoại môi trường.',
        'Thường xuyên',
      ],
      /* 12 */ [6, 'Chất lượng nước', 'Bảm đảm nguồn nước sinh hoạt cho người dân', null, null],
      /* 13 section */ ['II', 'Chỉ số SIPAS', null, null, null],
      /* 14 */ [
        1, 'Trách nhiệm giải trình của chính quyền về chính sách',
        'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền các chủ trương, chính sách về việc khai thác, sử dụng, bảo vệ tài nguyên nước của tỉnh, Trung ương. Thực hiện tuyên truyền đa dạng dưới nhiều hình thức đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.',
        'Thường xuyên',
      ],
      /* 15 */ [
        2, 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân khi tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Hướng dẫn các cơ quan, đơn vị liên quan và các địa phương phổ biến dưới nhiều hình thức để người dân dễ dàng tham gia góp ý xây dựng đối với các chủ trương, chính sách được lấy ý kiến của người dân (đăng tải trên trang thông tin điện tử, họp/ phỏng vấn tại khu dân cư, phiếu xin ý kiến/phiếu khảo sát gửi tới người dân …)',
        'Thường xuyên',
      ],
      /* 16 */ [
        3, 'Chất lượng tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền sự phù hợp của các chủ trương, chính sách về việc khai thác, sử dụng, bảo vệ tài nguyên nước của tỉnh, Trung ương cho người dân biết và sử dụng.',
        'Thường xuyên',
      ],
      /* 17 */ [
        4, 'Kết quả, tác động của chính sách',
        'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
        'Đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền kết quả mang lại của các chủ trương, chính sách về việc khai thác, sử dụng, bảo vệ tài nguyên nước của tỉnh, Trung ương góp phần giúp cho kinh tế gia đình, đời sống của người dân ngày càng tốt hơn trong thời gian qua.',
        'Thường xuyên',
      ],
      /* 18 section with its own content, no merge */ [
        'III', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh .\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định',
        'Thường xuyên',
      ],
      /* 19 section */ ['IV', 'Chỉ số PCI', null, null, null],
      /* 20 */ [
        1, 'Tiếp cận đất đai',
        '- Giảm số ngày chờ đợi để được cấp Giấy chứng nhận quyền sử dụng đất.\n- Doanh nghiệp không gặp cản trở về tiếp cận đất đai hoặc mở rộng mặt bằng kinh doanh.\n- Thông tin, dữ liệu về đất đai được cung cấp thuận lợi, nhanh chóng.\n- Thời hạn giải quyết hồ sơ đất đai ngắn hơn so với thời hạn được niêm yết hoặc văn bản quy định\n- Doanh nghiệp tin rằng sẽ được bồi thường thỏa đáng khi bị thu hồi đất.\n- Bảng giá đất của tỉnh phù hợp với sự thay đổi giá thị trường.\n- Giảm tỷ lệ doanh nghiệp phải trì hoãn / hủy bỏ kế hoạch kinh doanh do gặp khó khăn khi thực hiện các thủ tục hành chính về đất đai..',
        '- Rà soát, đề xuất UBND tỉnh kiến nghị hoàn thiện các cơ chế, chính sách, quy định pháp luật về quản lý, khai thác và sử dụng có hiệu quả tài nguyên, đất đai; đề xuất cơ chế, chính sách phù hợp tạo quỹ đất sạch tạo điều kiện thuận lợi cho sản xuất kinh doanh và phát triển hạ tầng kinh tế - xã hội.\n- Rà soát, cải tiến các thủ tục và quy trình giải quyết thủ tục hành chính liên quan đến giao đất, cho thuê đất, giải quyết kịp thời các vướng mắc của doanh nghiệp liên quan đến đất đai, tài nguyên, môi trường. Cập nhật kịp thời các thủ tục hành chính trong lĩnh vực ngành lên Website của sở để các tổ chức, cá nhân tra cứu, thực hiện. Tập trung triển khai quyết liệt các giải pháp cụ thể thiết thực nhằm cắt giảm thời gian giải quyết thủ tục hành chính về đất đai như: số ngày cấp Giấy chứng nhận Quyền sử dụng đất cho doanh nghiệp nhằm tạo điều kiện thuận lợi cho doanh nghiệp tiếp cận đất đai hiệu quả, đặc biệt là doanh nghiệp nhỏ và siêu nhỏ; thực hiện kết nối điện tử liên thông và dịch vụ dịch vụ công trực tuyến một phần và toàn trình trong giải quyết TTHC về cấp Giấy chứng nhận quyền sử dụng đất, giao đất, cho thuê đất, đăng ký đất đai, cấp Giấy chứng nhận sở hữu công trình xây dựng với các thủ tục xác định nghĩa vụ tài chính về đất đai',
        'Thường xuyên',
      ],
      /* 21 */ [
        2, 'Chi phí không chính thức',
        '100% các doanh nghiệp không chi trả các chi phí khác ngoài quy định cho cán bộ thanh, kiểm tra môi trường.',
        '- Tuyên truyền, phổ biến, giáo dục pháp luật về thanh tra đến doanh nghiệp, nhằm nâng cao nhận thức, hiểu biết pháp luật; giúp doanh nghiệp nắm được các quy định của các văn bản pháp luật, quyền và nghĩa vụ của cơ quan nhà nước, của doanh nghiệp để ngoài việc kiến nghị, đề xuất cơ quan có thẩm quyền bảo vệ, doanh nghiệp còn tự bảo vệ mình trước các hành vi tiêu cực, nhũng nhiễu.\n- Nâng cao hiệu quả hoạt động thanh tra, kiểm tra thuộc lĩnh vực tài nguyên môi trường đi đôi với giảm thời gian thanh tra, kiểm tra đối với các doanh nghiệp.',
        'Thường xuyên',
      ],
      /* 22 */ [
        3, 'Cạnh tranh bình đẳng',
        'Tạo sự công bằng trong việc tiếp cận đất đai và cấp phép khai thác khoáng sản giữa các doanh nghiệp.',
        '- Nghiên cứu, đề xuất đơn giản hóa quy trình, thủ tục cấp phép khai thác đối với các mỏ cát xây dựng, đất san lấp phục vụ thi công các công trình hạ tầng sử dụng vốn ngân sách nhà nước và nhu cầu dân sinh.\n- Nghiên cứu, đề xuất các cơ chế, chính sách về bồi thường, giải phóng mặt bằng và thu hồi đất đối với các khu vực mỏ trúng đấu giá quyền khai thác khoáng sản.',
        'Thường xuyên',
      ],
    ],
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B13:E13', 'B19:E19', 'D11:D12', 'E11:E12'],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 13, 18, 19],
  },
  {
    name: 'PL12 Sở LĐ-TB&XH',
    values: [
      /* 1 */ ['PHỤ LỤC 12', null, null, null, null],
      /* 2 */ [
        'CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, SIPAS, PAR INDEX, PCI) THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI',
        null, null, null, null,
      ],
      /* 3 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 4 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 5 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 6 */ [
        1, 'Công khai danh sách hộ nghèo',
        'Người dân biết danh sách hộ nghèo, hộ cận nghèo được công khai trong 12 tháng qua',
        'Kiểm tra, hướng dẫn việc thực hiện quy trình rà soát, xét duyệt và công khai các hộ nghèo, cận nghèo, hộ mới thoát nghèo và giải quyết các chế độ chính sách xã hội đảm bảo theo đúng quy định.',
        'Thường xuyên',
      ],
      /* 7 section */ ['II', 'Chỉ số SIPAS', null, null, null],
      /* 8 */ [
        1, 'Trách nhiệm giải trình của chính quyền về chính sách',
        'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền các chủ trương, chính sách về an sinh xã hội (bảo hiểm xã hội, bảo trợ xã hội…) của tỉnh, Trung ương. Thực hiện tuyên truyền đa dạng dưới nhiều hình thức đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.',
        'Thường xuyên',
      ],
      /* 9 */ [
        2, 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân khi tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Hướng dẫn các cơ quan, đơn vị liên quan và các địa phương phổ biến dưới nhiều hình thức để người dân dễ dàng tham gia góp ý xây dựng đối với các chủ trương, chính sách được lấy ý kiến của người dân (đăng tải trên trang thông tin điện tử, họp/ phỏng vấn tại khu dân cư, phiếu xin ý kiến/phiếu khảo sát gửi tới người dân …)',
        'Thường xuyên',
      ],
      /* 10 */ [
        3, 'Chất lượng tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền sự phù hợp của các chủ trương, chính sách về an sinh xã hội (bảo hiểm xã hội, bảo trợ xã hội…) của tỉnh, Trung ương cho người dân biết và sử dụng.',
        'Thường xuyên',
      ],
      /* 11 */ [
        4, 'Kết quả, tác động của chính sách',
        'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
        'Đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền kết quả mang lại của các chủ trương, chính sách về an sinh xã hội (bảo hiểm xã hội, bảo trợ xã hội…) của tỉnh, Trung ương góp phần giúp cho kinh tế gia đình, đời sống của người dân ngày càng tốt hơn trong thời gian qua',
        'Thường xuyên',
      ],
      /* 12 section with its own content, no merge */ [
        'III', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh.\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định.',
        'Thường xuyên',
      ],
      /* 13 section */ ['IV', 'Chỉ số PCI', null, null, null],
      /* 14 */ [
        1, 'Đào tạo lao động',
        'Tăng tỷ lệ doanh nghiệp đánh giá việc tuyển dụng cán bộ kỹ thuật, lao động phổ thông tại tỉnh là dễ dàng.',
        '- Tăng cường công tác thu thập, phân tích, dự báo thông tin thị trường lao động; Tăng cường kết nối việc làm bằng hình thức trực tuyến, tổ chức các phiên giao dịch việc làm lưu động đến các huyện/xã, các Khu/cụm công nghiệp trên địa bàn tỉnh để kết nối cung - cầu lao động, tạo điều kiện thuận lợi cho các doanh nghiệp tuyển dụng lao động, bao gồm lao động phổ thông, cán bộ kỹ thuật, cán bộ quản lý, giám sát, giúp giảm chi phí tuyển dụng lao động trong tổng chi phí kinh doanh cho doanh nghiệp.\n- Thực hiện có hiệu quả công tác tuyên truyền, phổ biến nâng cao nhận thức chấp hành các quy định của pháp luật về lao động, tiền lương, bảo hiểm xã hội, thúc đẩy xây dựng mối quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới; Chủ trì, phối hợp với các đơn vị có liên quan tăng cường quản lý nhà nước về lĩnh vực lao động, tiền lương, bảo hiểm xã hội nhằm giúp cho lao động của tỉnh đáp ứng được yêu cầu của doanh nghiệp.\n- Thực hiện có hiệu quả công tác giáo dục nghề nghiệp, chú trọng đào tạo trình độ sơ cấp trở lên nhằm nâng tỷ lệ lao động qua đào tạo có bằng cấp và chứng chỉ nghề trên địa bàn tỉnh; Thường xuyên rà soát, đánh giá nâng cao chất lượng giáo dục nghề nghiệp đáp ứng yêu cầu của thị trường lao động.',
        'Thường xuyên',
      ],
    ],
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'B5:E5', 'B7:E7', 'B13:E13'],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 7, 12, 13],
  },
];
