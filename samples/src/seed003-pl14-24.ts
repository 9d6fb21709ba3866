/**
 * Seed 003 — Kế hoạch 336/KH-UBND ngày 15/10/2024 của UBND tỉnh Đồng Nai: Phụ lục 14 to 22 and 24, one sheet
 * each, from /work/shared/seeds/003_*.txt, for the workbook of seed003-appendices.ts (Phụ lục 23, between
 * them, is there). This module exports sheets, not a `sampleWorkbook`, so the sample builder makes no workbook
 * of it.
 *
 * Dump lines: Phụ lục 14 (1386–1408), 15 (1409–1432), 16 (1433–1477), 17 (1478–1510), 18 (1511–1528),
 * 19 (1529–1565), 20 (1566–1579), 21 (1580–1599), 22 (1600–1613) and 24 (2018–2277). Line 2278 "Nguồn tra cứu:
 * vanban.phaplyvn.com" is the footer of the web page the dump came from, not part of the plan: left out.
 *
 * Same conventions as seed003-appendices.ts: one dump line per line of a cell, lines of a cell joined with "\n",
 * NFC text; whole-number STT as numbers, "1.1", "2." and Roman numerals as text. Every time cell is the seed's
 * own text ("Thường xuyên", "31/12/2024", "Trước ngày   30/11/2024", "Theo thông báo kết quả kiểm tra"): no
 * Excel dates in these sheets.
 *
 * Deviations from the seed and guesses:
 * - Which bullet lines are Chỉ tiêu/kết quả (targets, states to reach) and which Nhiệm vụ/giải pháp (actions)
 *   is our judgment where a row has several. Most open calls:
 *   PL17 II.1 (first three bullets — order kept, complaints handled, no more protection money — as results, the
 *   last three as tasks); PL24 I.1.4 (the target is the undashed line; all four bullets as tasks, though the
 *   last two, "Đóng góp của dân được ghi chép…", "Ban Thanh tra nhân dân … giám sát…", read as states);
 *   PL24 I.1.3, I.3.2, I.4.1 and II.1.1 (an undashed lead-in — "Thông tin để người dân nắm được các quy định
 *   về:", "Chính quyền địa phương tích cực, chủ động:", … — opens the tasks, its bullets follow);
 *   PL24 II.2.3 (two bullets and the undashed "Xử lý kịp thời…" all as tasks); PL24 II.2.5 (the seed runs two
 *   targets into one line, "… của người dân 100% phản ánh, …": one line of Chỉ tiêu, as the seed has it);
 *   PL24 III.2, III.4, III.8, III.9 and the last row ("- 100% …", "- Số hóa … đạt tối thiểu 15%" as results;
 *   "- Cập nhật…", "-Tiếp nhận…", "+ Triển khai…" as tasks).
 * - An index with no sub-rows carries its content on the section row itself, which is then not merged B:E (as
 *   PL13 "II Chỉ số PAR" in seed003-appendices.ts): PL14 II, PL15 II, PL16 III and PL19 I (all "Chỉ số PAR"),
 *   and both rows of PL18 ("I Chỉ số PAR", "II Chỉ số SIPAS"). PL18 gives no STT under its indices and no time
 *   at all: its first line after the index name is taken as the result, the rest as tasks; its time cells stay
 *   empty (there is no cell above to merge with).
 * - Vertical merges where the dump omits cells (the covering cell above): PL24 I.5.2–5.3 have no tasks and no
 *   time (D25:D27, E25:E27, as PL23 I.5.1–5.3); PL24 III.3 has no time (E42:E43, "Thường xuyên"); PL24 III.9
 *   and the row after it have no time (E48:E50, under III.8's "31/12/2024"). This last one is the most
 *   consequential guess: the two cells may as well be empty in the original.
 * - PL24's last row has no STT in the seed (it would be 10) and its name starts with a space
 *   (" Phát triển ứng dụng, dịch vụ phục vụ người dân, tổ chức"): STT left empty (not merged with 9's), the
 *   space kept.
 * - PL24's group rows ("1 | Tham gia người dân ở cấp cơ sở", "2. | VIỆC CUNG ỨNG DỊCH VỤ HÀNH CHÍNH CÔNG") are
 *   not merged, as PL23's; the two SIPAS group rows carry the time "Trước ngày   30/11/2024", as in the seed.
 * - No section rows where the seed has none: PL20 and PL21 (titles "… CÁC CHỈ SỐ PCI") and PL22 (no index
 *   named at all).
 * - Kept as in the seed: PL22's title on three lines, without the "CÁC NHIỆM VỤ, GIẢI PHÁP…" line; PL19's
 *   "Kèm theo Kế hoạch … tỉnh)" without its opening parenthesis; header "Thời gian hoàn thành" with one space
 *   in PL18 and three ("Thời gian   hoàn thành") elsewhere; title index lists in another order than the
 *   sections ("(PAR INDEX, PCI)" over I PCI, II PAR in PL15; "(PCI, PAR INDEX)" over I PAR, II PCI in PL19;
 *   "(PAR INDEX, SIPAS)" in PL18); "TÒA ÁN" (PL21 title) but "Tòa án"/"tòa án" in its cells; PL24 group
 *   "VIỆC BAN HÀNH, TỔ   CHỨC …" (three spaces); typos and odd spacing "kiểm tra tra phòng cháy" (PL17),
 *   "Báo cáo báo cáo" (PL24 III.1), "trên trên", "được được", "phản ánh nghị", "củng số", "TTHC tỉnh ." and
 *   bullets "-Đề cao", "-Tiếp nhận" without a space (PL24).
 */
import type { SampleSheet } from './types';

/** Phụ lục 14 to 22, in appendix order. */
export const pl14to22: SampleSheet[] = [
  {
    name: 'PL14 Sở NN và PTNT',
    values: [
      /* 1 */ ['PHỤ LỤC 14', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, PAR INDEX)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 7 */ [
        1, 'Cơ sở hạ tầng căn bản',
        'Đảm bảo cung cấp nguồn nước sạch, hợp vệ sinh đáp ứng nhu cầu của người dân trên địa bàn tỉnh',
        'Tăng cường hướng dẫn, kiểm tra việc thực hiện các quy định về quản lý, khai thác, bảo đảm yêu cầu về cung cấp nước sạch; tiếp tục rà soát, đề xuất cấp thẩm quyền xem xét đầu tư sửa chữa hệ thống cung cấp nước sạch cho người dân trên địa bàn tỉnh.',
        'Thường xuyên',
      ],
      /* 8 section with its own content, no merge */ [
        'II', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh.\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định.',
        'Thường xuyên',
      ],
    ],
    merges: [
      'A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6',
    ],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 8],
  },
  {
    name: 'PL15 Sở Xây dựng',
    values: [
      /* 1 */ ['PHỤ LỤC 15', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAR INDEX, PCI)', null, null, null, null],
      /* 3 */ ['THUỘC THẨM QUYỀN THAM MƯU CỦA SỞ XÂY DỰNG', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PCI', null, null, null],
      /* 7 */ [
        1, 'Chi phí không chính thức',
        'Giảm tỷ lệ doanh nghiệp trả chi phí không chính thức cho cán bộ thanh, kiểm tra xây dựng.',
        '- Tiếp tục tham mưu cho UBND tỉnh thực hiện nghiêm Chỉ thị số 08/CT-TTg ngày 13/3/2018 của Thủ tướng Chính phủ về tăng cường thực hiện các biện pháp rút ngắn thời gian cấp phép xây dựng và các thủ tục liên quan; giám sát tăng cường kỷ luật kỷ cương trong giải quyết thủ tục hành chính.\n- Xây dựng kế hoạch thanh tra, kiểm tra trình cấp có thẩm quyền phê duyệt trước khi thực hiện, tránh tình trạng tự ý kiểm tra gây phiền hà cho doanh nghiệp.',
        'Thường xuyên',
      ],
      /* 8 section with its own content, no merge */ [
        'II', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định',
        'Thường xuyên',
      ],
    ],
    merges: [
      'A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6',
    ],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 8],
  },
  {
    name: 'PL16 BHXH tỉnh',
    values: [
      /* 1 */ ['PHỤ LỤC 16', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, SIPAS, PAR INDEX)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA BẢO HIỂM XÃ HỘI TỈNH', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 7 */ [
        1, 'Y tế công lập',
        'Tăng tỷ lệ người dân tham gia bảo hiểm y tế',
        'Tổ chức thực hiện kịp thời, đầy đủ chế độ, chính sách đối với các trường hợp được hưởng trợ cấp xã hội, cấp bảo hiểm y tế miễn phí đối với các đối tượng được hưởng theo quy định (lưu ý các đối tượng là người có công, trẻ em dưới 6 tuổi, người cao tuổi, hộ nghèo, người dân tộc thiểu số…)',
        'Thường xuyên',
      ],
      /* 8 section */ ['II', 'Chỉ số SIPAS', null, null, null],
      /* 9 */ [
        1, 'Trách nhiệm giải trình của chính quyền về chính sách',
        'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền các chủ trương, chính sách về bảo hiểm y tế. Thực hiện tuyên truyền đa dạng dưới nhiều hình thức đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.',
        'Thường xuyên',
      ],
      /* 10 */ [
        2, 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân khi tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách',
        'Hướng dẫn các cơ quan, đơn vị liên quan và các địa phương phổ biến dưới nhiều hình thức để người dân dễ dàng tham gia góp ý xây dựng đối với các chủ trương, chính sách được lấy ý kiến của người dân (đăng tải trên trang thông tin điện tử, họp/ phỏng vấn tại khu dân cư, phiếu xin ý kiến/phiếu khảo sát gửi tới người dân …)',
        'Thường xuyên',
      ],
      /* 11 */ [
        3, 'Chất lượng tổ chức thực hiện chính sách',
        'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
        'Hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền sự phù hợp của các chủ trương, chính sách về bảo hiểm y tế cho người dân biết và sử dụng.',
        'Thường xuyên',
      ],
      /* 12 */ [
        4, 'Kết quả, tác động của chính sách',
        'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
        'Đôn đốc các cơ quan, đơn vị, địa phương tuyên truyền kết quả mang lại của các chủ trương, chính sách về bảo hiểm y tế góp phần giúp cho kinh tế gia đình, đời sống của người dân ngày càng tốt hơn trong thời gian qua',
        'Thường xuyên',
      ],
      /* 13 section with its own content, no merge */ [
        'III', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh.\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định.',
        'Thường xuyên',
      ],
    ],
    merges: [
      'A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B8:E8',
    ],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 8, 13],
  },
  {
    name: 'PL17 Công an tỉnh',
    values: [
      /* 1 */ ['PHỤ LỤC 17', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, PCI)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA CÔNG AN TỈNH', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
      /* 7 */ [
        1, 'An ninh, trật tự khu dân cư',
        'Đảm bảo tình hình an ninh trật tự các khu dân cư',
        '- Chỉ đạo lực lượng công an các cấp tập trung tiếp tục đấu tranh trấn áp các loại tội phạm vi phạm pháp luật hình sự; các ổ, nhóm, tụ điểm về ma túy, đánh bạc, cho vay nặng lãi, cướp giật, lừa đảo; các tổ chức lợi dụng tín ngưỡng, tôn giáo… tham mưu giải quyết các vụ tranh chấp, khiếu kiện phức tạp, kéo dài, không để hình thành “điểm nóng” về an ninh trật tự.\n- Tăng cường phòng ngừa, phát hiện và đấu tranh có hiệu quả với các loại tội phạm kinh tế, tham nhũng, ma túy, môi trường.',
        'Thường xuyên',
      ],
      /* 8 section */ ['II', 'Chỉ số PCI', null, null, null],
      /* 9 */ [
        1, 'Thiết chế pháp lý',
        '- Tình hình an ninh trật tự trên địa bàn tỉnh được duy trì tốt.\n- Các vụ việc khiếu kiện, khiếu nại của doanh nghiệp đều được xử lý kịp thời.\n- Chấm dứt việc doanh nghiệp phải trả tiền bảo kê cho các băng nhóm côn đồ, tổ chức xã hội đen để yên ổn làm ăn.',
        '- Chủ động làm tốt công tác bảo đảm an ninh trật tự, an toàn xã hội, tạo môi trường ổn định, an toàn cho các doanh nghiệp yên tâm đầu tư, sản xuất kinh doanh. Kịp thời phát hiện và xử lý nghiêm các hành vi gây mất an ninh trật tự, ảnh hưởng đến môi trường sản xuất kinh doanh của doanh nghiệp.\n- Phối hợp với các cơ quan liên quan tăng cường công tác quản lý nhà nước trên các lĩnh vực kinh tế, kịp thời phát hiện và xử lý nghiêm những doanh nghiệp có hành vi vi phạm pháp luật như buôn lậu, buôn bán hàng cấm, hàng giả, gian lận, trốn thuế, vi phạm về tài nguyên, môi trường, an toàn thực phẩm…; không hình sự hóa các quan hệ hành chính, kinh tế\n- Tăng cường công tác đào tạo cho các cán bộ, chiến sĩ ở địa phương nhằm nâng cao trình độ chuyên môn.',
        'Thường xuyên',
      ],
      /* 10 */ [
        2, 'Chi phí không chính thức',
        '100% các doanh nghiệp không chi trả chi phí khác ngoài quy định cho cán bộ thanh, kiểm tra tra phòng cháy, chữa cháy',
        '- Thường xuyên kiểm tra điều lệnh và thực thi công vụ của các cán bộ, chiến sĩ ở cấp huyện, xã.',
        'Thường xuyên',
      ],
    ],
    merges: [
      'A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B8:E8',
    ],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 8],
  },
  {
    name: 'PL18 Bưu điện tỉnh',
    values: [
      /* 1 */ ['PHỤ LỤC 18', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAR INDEX, SIPAS)', null, null, null, null],
      /* 3 */ ['THUỘC TRÁCH NHIỆM THEO DÕI, QUẢN LÝ CỦA BƯU ĐIỆN TỈNH', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian hoàn thành'],
      /* 6 section with its own content, no merge */ [
        'I', 'Chỉ số PAR',
        'Hỗ trợ công tác tiếp nhận và trả kết quả giải quyết TTHC',
        'Nâng cao các tiện ích trong quá trình tiếp nhận hồ sơ hoặc trả kết quả giải quyết thủ tục hành chính cho các cá nhân, tổ chức có nhu cầu qua dịch vụ bưu chính công ích góp phần tạo điều kiện thuận lợi cho người dân tiết kiệm được chi phí, thời gian đi lại, làm giảm tải áp lực tại các bộ phận Một cửa các cấp.',
        null,
      ],
      /* 7 section with its own content, no merge */ [
        'II', 'Chỉ số SIPAS',
        'Thực hiện việc phát và thu phiếu khảo sát',
        '- Chỉ đạo Bưu điện các huyện, thành phố tăng cường công tác phối hợp với chính quyền địa phương trong việc phát, thu phiếu điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức ở địa phương đảm bảo khách quan, phản ánh đúng thực chất sự phục vụ của cơ quan hành chính nhà nước với người dân.\n- Kiểm tra, giám sát việc triển khai thực hiện lấy phiếu khảo sát, kiên quyết xử lý đối với các trường hợp điều tra viên không tích cực trong công tác phối hợp, không thực hiện đúng trách nhiệm được giao.',
        null,
      ],
    ],
    merges: [
      'A1:E1', 'A2:E2', 'A3:E3', 'A4:E4',
    ],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 7],
  },
  {
    name: 'PL19 Cục Thuế tỉnh',
    values: [
      /* 1 */ ['PHỤ LỤC 19', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PCI, PAR INDEX)', null, null, null, null],
      /* 3 */ ['THUỘC THẨM QUYỀN THEO DÕI, QUẢN LÝ CỦA CỤC THUẾ TỈNH', null, null, null, null],
      /* 4 */ ['Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 section with its own content, no merge */ [
        'I', 'Chỉ số PAR',
        '100% các nhiệm vụ CCHC có liên quan được hoàn thành đảm bảo về nội dung và thời gian quy định',
        '- Triển khai các giải pháp đẩy mạnh công tác CCHC của cơ quan, đơn vị và của tỉnh.\n- Hoàn thành các nhiệm vụ theo Kế hoạch CCHC của tỉnh\n- Thực hiện chế độ báo cáo định kỳ công tác CCHC đảm bảo theo quy định',
        'Thường xuyên',
      ],
      /* 7 section */ ['II', 'Chỉ số PCI', null, null, null],
      /* 8 */ [
        1, 'Tính minh bạch',
        'Giảm tỷ lệ doanh nghiệp phải thỏa thuận với cán bộ thuế để được giảm số thuế phải nộp.',
        '- Công khai, minh bạch các thủ tục hành chính thuế, các quy trình, thủ tục, hồ sơ: đăng ký, kê khai, lập bộ, nộp, miễn, giảm và hoàn trả thuế cho người nộp thuế.\n- Thường xuyên quán triệt, kiểm tra, giám sát việc thực thi công vụ của công chức thuế nhằm nâng cao tinh thần trách nhiệm, ý thức kỷ luật của công chức thuế trong thực thi công vụ.',
        'Thường xuyên',
      ],
      /* 9 */ [
        2, 'Chi phí thời gian',
        'Giảm số giờ thanh, kiểm tra thuế mỗi cuộc.',
        '- Xây dựng kế hoạch thanh tra, kiểm tra hằng năm theo đúng quy định tại Luật Thanh tra và Luật Quản lý thuế.\n- Khi ban hành quyết định thanh tra, kiểm tra phải căn cứ vào Kế hoạch thanh tra, kiểm tra được Tổng cục Thuế phê duyệt và các trường hợp phát sinh đột xuất phải thanh tra, kiểm tra theo quy định của pháp luật.\n- Quá trình thực hiện phải đảm bảo thời hạn thanh tra, kiểm tra theo quy định của Luật Thanh tra và Luật Quản lý thuế; đồng thời, không làm ảnh hưởng đến quá trình hoạt động sản xuất, kinh doanh của người nộp thuế',
        'Thường xuyên',
      ],
      /* 10 */ [
        3, 'Chi phí không chính thức',
        '100% các doanh nghiệp không trả thêm chi phí khác ngoài quy định cho cán bộ thanh, kiểm tra thuế.',
        '- Thực hiện gửi “Thư ngỏ” kèm theo “Phiếu nhận xét về việc thực thi công vụ của Đoàn kiểm tra, thanh tra” gửi người nộp thuế khi tiến hành thanh tra, kiểm tra thuế tại trụ sở người nộp thuế.\n- Công bố công khai số điện thoại đường dây nóng trong Thư ngỏ và Phiếu nhận xét để tiếp nhận phản ảnh của người nộp thuế; qua đó, kịp thời ngăn chặn các hành vi tiêu cực, nhũng nhiễu của công chức thuế.',
        'Thường xuyên',
      ],
    ],
    merges: [
      'A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B7:E7',
    ],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5, 6, 7],
  },
  {
    name: 'PL20 Cục QLTT tỉnh',
    values: [
      /* 1 */ ['PHỤ LỤC 20', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ PCI', null, null, null, null],
      /* 3 */ ['THUỘC THẨM QUYỀN THEO DÕI, QUẢN LÝ CỦA CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 */ [
        1, 'Chi phí không chính thức',
        '100% doanh nghiệp không phải trả thêm chi phí khác ngoài quy định cho cán bộ quản lý thị trường.',
        'Tăng cường kiểm tra, giám sát công chức trong quá trình thực thi công vụ để kịp thời phát hiện, xử lý, ngăn chặn có hiệu quả tình trạng nhũng nhiễu, gây phiền hà doanh nghiệp của một bộ phận công chức trong lĩnh vực kiểm tra, kiểm soát thị trường.',
        'Thường xuyên',
      ],
    ],
    merges: [
      'A1:E1', 'A2:E2', 'A3:E3', 'A4:E4',
    ],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5],
  },
  {
    name: 'PL21 Tòa án nhân dân tỉnh',
    values: [
      /* 1 */ ['PHỤ LỤC 21', null, null, null, null],
      /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ PCI', null, null, null, null],
      /* 3 */ ['THUỘC THẨM QUYỀN THEO DÕI, QUẢN LÝ CỦA TÒA ÁN NHÂN DÂN TỈNH', null, null, null, null],
      /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 6 */ [
        1, 'Chi phí không chính thức',
        'Giảm tỷ lệ doanh nghiệp có tranh chấp nhưng không lựa chọn Tòa án để giải quyết do lo ngại tình trạng "chạy án".',
        'Công khai TTHC về giải quyết tranh chấp hợp đồng và phá sản doanh nghiệp. Phối hợp với Viện kiểm sát, UBND các cấp đẩy nhanh tiến độ và nâng cao chất lượng giải quyết, xét xử các vụ án kinh doanh thương mại, đảm bảo các quyết định của Tòa án phải khách quan, công bằng và đúng pháp luật. Phối hợp với Cục thi hành án dân sự tỉnh bảo đảm các phán quyết của Tòa án được thi hành kịp thời, hiệu quả.',
        'Thường xuyên',
      ],
      /* 7 */ [
        2, 'Thiết chế pháp lý',
        '- Tăng tỷ lệ doanh nghiệp sẵn sàng sử dụng tòa án để giải quyết các tranh chấp.\n- Tăng tỷ lệ Tòa án các cấp của tỉnh xét xử các vụ kiện kinh tế đúng pháp luật và nhanh chóng.',
        'Tổ chức tập huấn, hội thảo chuyên đề pháp luật hỗ trợ doanh nghiệp nhận biết rủi ro pháp lý, đồng thời nắm bắt các quy định liên quan đến tranh chấp, kiện tụng, đặc biệt là kiến thức quốc tế trong giải quyết tranh chấp, khiếu kiện đối với nhà đầu tư, doanh nghiệp nước ngoài.',
        'Thường xuyên',
      ],
    ],
    merges: [
      'A1:E1', 'A2:E2', 'A3:E3', 'A4:E4',
    ],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4, 5],
  },
  {
    name: 'PL22 NHNN chi nhánh tỉnh',
    values: [
      /* 1 */ ['PHỤ LỤC 22', null, null, null, null],
      /* 2 */ ['THUỘC THẨM QUYỀN THEO DÕI, QUẢN LÝ CỦA NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH', null, null, null, null],
      /* 3 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
      /* 4 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
      /* 5 */ [
        1, 'Chính sách hỗ trợ doanh nghiệp',
        'Tăng khả năng tiếp cận vốn tín dụng cho doanh nghiệp vừa và nhỏ',
        '- Chỉ đạo các tổ chức tín dụng trên địa bàn triển khai có hiệu quả Chương trình kết nối Ngân hàng – Doanh nghiệp, tổ chức Hội nghị kết nối giữa Ngân hàng và Doanh nghiệp nhằm kịp thời nắm bắt và giải quyết các khó khăn, vướng mắc liên quan đến lĩnh vực ngân hàng của các Hiệp hội, doanh nghiệp trên địa bàn tỉnh.\n- Chỉ đạo các tổ chức tín dụng trên địa bàn đẩy mạnh triển khai các chương trình tín dụng, các chính sách, chỉ đạo của Chính phủ, Thủ tướng Chính phủ và Ngân hàng Nhà nước Việt Nam như: Chương trình tín dụng cho vay nhà ở xã hội, nhà ở công nhân và cải tạo chung cư cũ (120.000 tỷ đồng); Chính sách cơ cấu lại thời hạn trả nợ, giữ nguyên nhóm nợ theo Thông tư số 02/2023/TT-NHNN và Thông tư số 06/2024/TT-NHNN sửa đổi, bổ sung một số điều của Thông tư số 02/2023/TT-NHNN.',
        'Thường xuyên',
      ],
    ],
    merges: [
      'A1:E1', 'A2:E2', 'A3:E3',
    ],
    widths: [6, 28, 42, 62, 16],
    boldRows: [1, 2, 3, 4],
  },
];

/** Phụ lục 24: UBND các xã, phường, thị trấn. */
export const pl24: SampleSheet = {
  name: 'PL24 UBND xã',
  values: [
    /* 1 */ ['PHỤ LỤC 24', null, null, null, null],
    /* 2 */ ['CÁC NHIỆM VỤ, GIẢI PHÁP ĐỂ NÂNG CAO CÁC CHỈ SỐ (PAPI, SIPAS, PAR INDEX)', null, null, null, null],
    /* 3 */ ['THUỘC TRÁCH NHIỆM THỰC HIỆN CỦA ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG, THỊ TRẤN', null, null, null, null],
    /* 4 */ ['(Kèm theo Kế hoạch số 336/KH-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh)', null, null, null, null],
    /* 5 */ ['STT', 'Chỉ số/nội dung', 'Chỉ tiêu/kết quả', 'Nhiệm vụ/giải pháp', 'Thời gian   hoàn thành'],
    /* 6 section */ ['I', 'Chỉ số PAPI', null, null, null],
    /* 7 group */ [1, 'Tham gia người dân ở cấp cơ sở', null, null, null],
    /* 8 */ [
      '1.1', 'Tri thức công dân',
      'Nâng cao kiến thức, kỹ năng của cán bộ, công chức cấp xã về thực hiện Luật thực hiện dân chủ ở cơ sở',
      '- Tuyên truyền, phổ biến và thực hiện đầy đủ các quy định của Luật thực hiện dân chủ ở cơ sở năm 2022.\n- Thông tin cụ thể cho người dân biết về vị trí lãnh đạo, chính sách hiện hành.',
      'Thường xuyên',
    ],
    /* 9 */ [
      '1.2', 'Cơ hội tham gia',
      'Tăng tỷ lệ người dân tham gia vào các tổ chức chính trị-xã hội, đoàn thể',
      '- Tuyên truyền, vận động người dân tham gia vào các tổ chức chính trị, chính trị - xã hội, đoàn thể, các hội, nhóm…\n- Thông tin để người dân nắm các quy định về Quyền cử tri được đi bầu cử Trưởng ấp, khu phố; kết quả bầu cử.',
      'Thường xuyên',
    ],
    /* 10 */ [
      '1.3', 'Chất lượng bầu cử',
      'Tăng tỷ lệ người dân có hiểu biết về bầu cử',
      'Thông tin để người dân nắm được các quy định về:\n- Phải có từ hai ứng cử viên trở lên để bầu Trưởng thôn, Tổ trưởng tổ dân phố;\n- Cử tri đại diện hộ gia đình trong thôn, khu phố đều được mời đi bầu cử;\n- Việc bầu cử được tổ chức theo hình thức bỏ phiếu kín;\n- Danh sách người trúng cử Trưởng thôn, Tổ trưởng tổ dân phố được niêm yết công khai.',
      'Thường xuyên',
    ],
    /* 11 */ [
      '1.4', 'Đóng góp tự nguyện',
      'Thực hiện đúng các quy định về huy động sự đóng góp tự nguyện',
      '- Thực hiện đúng các quy định về huy động sự đóng góp tự nguyện.\n- Thông tin để người dân biết khi tham gia đóng góp tự nguyện công trình công cộng ở xã, phường, thị trấn nơi sinh sống thì có quyền tham gia ý kiến trong quá trình thiết kế, tham gia vào việc quyết định và tham gia giám sát xây mới, tu sửa công trình công cộng ở xã, phường, thị trấn do mình đóng góp.\n- Đóng góp của dân được ghi chép vào sổ sách của xã, phường, thị trấn.\n- Ban Thanh tra nhân dân hoặc Ban giám sát đầu tư cộng đồng giám sát việc xây mới, tu sửa công trình.',
      'Thường xuyên',
    ],
    /* 12 group */ [2, 'Công khai, minh bạch trong hoạch định chính sách', null, null, null],
    /* 13 */ [
      '2.1', 'Tiếp cận thông tin',
      'Nâng cao nhận thức, ý thức về quyền lợi và trách nhiệm của người dân vào đời sống chính trị ở cơ sở; đẩy mạnh hiệu quả việc thực hiện các quy định của Luật Tiếp cận thông tin',
      '- Thực hiện tốt các nội dung công khai và các hình thức công khai theo Luật thực hiện dân chủ ở cơ sở năm 2022, Luật Tiếp cận thông tin.\n- Tuyên truyền, triển khai các hình thức phù hợp như công khai số điện thoại, hộp thư điện tử của người đứng đầu cơ quan, đơn vị, thường xuyên tổ chức các cuộc gặp, tiếp xúc với nhân dân,... để nhân dân nói lên nguyện vọng, phản ánh kiến nghị, tham gia đóng góp ý kiến vào các chủ trương chính sách của Đảng và pháp luật của nhà nước, các cơ chế, chính sách của Trung ương cũng như của địa phương.',
      'Thường xuyên',
    ],
    /* 14 */ [
      '2.2', 'Công khai danh sách hộ nghèo',
      'Người dân biết danh sách hộ nghèo, hộ cận nghèo được công khai trong 12 tháng qua',
      '- Thực hiện điều tra, rà soát, bình xét và công nhận hộ nghèo, hộ cận nghèo hằng năm đảm bảo đúng quy trình, thủ tục, thời gian, cách thức thực hiện. Kết quả rà soát phải phản ánh đúng thực trạng đời sống của nhân dân, không bỏ sót hộ nghèo, cận nghèo.\n- Thông tin cho người dân biết về chuẩn nghèo ở đô thị và nông thôn trên địa bàn tỉnh; công khai danh sách hộ nghèo 12 tháng qua và các chế độ, chính sách của hộ nghèo được hưởng bằng nhiều hình thức để người dân biết.\n- Rà soát bổ sung những hộ thực tế rất nghèo nhưng chưa đưa vào danh sách hộ nghèo và đưa ra khỏi danh sách những hộ thực tế không nghèo hoặc đã thoát nghèo; đồng thời, thông tin kịp thời cho người dân biết.',
      'Thường xuyên',
    ],
    /* 15 */ [
      '2.3', 'Công khai thu, chi ngân sách cấp xã/phường',
      'Thu chi ngân sách cấp xã được công bố công khai',
      '- Thực hiện đúng Thông tư số 344/2016/TT-BTC ngày 13/2/2017 của Bộ Tài chính quy định về quản lý ngân sách cấp xã và các hoạt động tài chính khác của xã, phường, thị trấn.\n- Công bố công khai thu chi ngân sách cấp xã bằng nhiều hình thức (Đài truyền thanh, niêm yết công khai tại trụ sở UBND cấp xã, tại thôn/khu phố…); bảo đảm tính chính xác của thông tin về thu chi ngân sách đã công bố.',
      'Thường xuyên',
    ],
    /* 16 */ [
      '2.4', 'Quy hoạch, kế hoạch sử dụng đất; giá bồi thường thu hồi đất',
      'Người dân nắm bắt các thông tin về quy hoạch – kế hoạch sử dụng đất và giám sát việc thực hiện các dự án, công trình trên địa bàn dân cư; giúp người dân tin tưởng vào hoạt động quản lý của cơ quan có thẩm quyền',
      '- Thực hiện đúng các quy định về lập quy hoạch, kế hoạch sử dụng đất.\n- Thực hiện việc lấy ý kiến đóng góp của người dân về quy hoạch, kế hoạch sử dụng đất và chính quyền địa phương tiếp thu ý kiến đóng góp của người dân.\n- Thông tin cho người dân biết về quy hoạch, kế hoạch sử dụng đất hiện thời của cấp xã, cấp huyện, cấp tỉnh bằng nhiều hình thức.\n- Công tác thu hồi, đền bù bảo đảm đúng quy định: Khi bị thu hồi đất, gia đình được thông báo cụ thể về mục đích sử dụng đất; Đất bị thu hồi hiện đang được sử dụng đúng với mục đích quy hoạch ban đầu. Bảo đảm công tác thu hồi, đền bù không ảnh hưởng bất lợi đến cuộc sống của người dân.\n- Công khai Bảng giá đất hàng năm sau khi được UBND tỉnh ban hành tại trụ sở UBND cấp xã.',
      'Thường xuyên',
    ],
    /* 17 group */ [3, 'Trách nhiệm giải trình với người dân', null, null, null],
    /* 18 */ [
      '3.1', 'Mức độ và hiệu quả trong tiếp xúc với chính quyền',
      'Tăng tỷ lệ người dân liên hệ với Trưởng thôn, khu phố; cán bộ UBND xã, phường; cán bộ đoàn; cán bộ HĐND xã, phường để giải quyết khúc mắc',
      'Nâng cao chất lượng hoạt động của các đoàn thể, các chức danh không chuyên trách ở cấp xã; tiếp tục bồi dưỡng, nâng cao chất lượng, hiệu quả hoạt động của đội ngũ Trưởng thôn, Tổ trưởng tổ dân phố, Trưởng Ban công tác mặt trận, các Đoàn thể ở thôn, tổ dân phố; đại biểu HĐND cấp xã; củng số sự tin tưởng, tín nhiệm của người dân đối với cán bộ UBND cấp xã, đại diện các tổ chức đoàn thể, đại biểu HĐND cấp xã; nâng cao chất lượng giải trình với người dân.',
      'Thường xuyên',
    ],
    /* 19 */ [
      '3.2', 'Giải đáp khiếu nại, tố cáo, khúc mắc của người dân',
      'Phản ánh, kiến nghị, khiếu nại của các tổ chức và công dân được giải quyết',
      'Chính quyền địa phương tích cực, chủ động:\n- Thực hiện tốt Luật Khiếu nại, Luật tố cáo; Luật Tiếp công dân.\n- Thực hiện tốt công tác tiếp dân, giải quyết tốt những khúc mắc của dân.\n- Gặp gỡ, tiếp xúc với người dân thông qua các cuộc họp dân thường xuyên hoặc bất thường.\n- Tiếp thu và phúc đáp đầy đủ những đề xuất, kiến nghị của nhân dân.',
      'Thường xuyên',
    ],
    /* 20 */ [
      '3.3', 'Tiếp cận dịch vụ tư pháp',
      'Nâng cao chất lượng hòa giải ở cơ sở',
      '- Tăng cường tuyên truyền phổ biến pháp luật với người dân, đẩy mạnh mô hình trợ giúp pháp lý.\n- Giới thiệu, hướng dẫn, hỗ trợ, giúp đỡ người dân tiếp cận các dịch vụ tư pháp khi người dân có nhu cầu.\n- Phối hợp hiệu quả với Tòa án nhân dân các cấp trong việc giải quyết hiệu quả các tranh chấp dân sự đảm bảo đúng quy định của pháp luật.',
      'Thường xuyên',
    ],
    /* 21 group */ [4, 'Kiểm soát tham nhũng trong khu vực công', null, null, null],
    /* 22 */ [
      '4.1', 'Kiểm soát tham nhũng trong chính quyền địa phương',
      'Tập trung giải quyết dứt điểm những vướng mắc của người dân và thực hiện tốt công tác giải quyết khiếu nại, tố cáo của người dân',
      'Tăng cường kiểm tra, giám sát và xử lý nghiêm các hành vi vi phạm. Nghiêm cấm cán bộ, công chức, người thực thi công vụ có các hành vi như:\n- Dùng tiền công quỹ vào mục đích riêng;\n- Nhận các khoản tiền ngoài quy định khi làm chứng thực, xác nhận; cấp giấy chứng nhận quyền sử dụng đất; các thủ tục hành chính ở cấp xã.',
      'Thường xuyên',
    ],
    /* 23 */ [
      '4.2', 'Quyết tâm chống tham nhũng của chính quyền địa phương',
      'Người dân không chi thêm tiền để được quan tâm khám chữa bệnh; phụ huynh học sinh tiểu học không chi thêm tiền để con được quan tâm',
      '- Tuyên truyền để người dân biết về Luật Phòng chống tham nhũng để mạnh dạn tố cáo hành vi vòi vĩnh, đòi hối lộ.\n- Tăng cường các kênh tiếp nhận thông tin của người dân về hiện tượng tham nhũng.\n- Công khai rộng rãi, kết quả xử lý các vụ việc tham nhũng.',
      'Theo quy định',
    ],
    /* 24 group */ [5, 'Thủ tục hành chính công', null, null, null],
    /* 25 */ [
      '5.1', 'Dịch vụ chứng thực, xác nhận của chính quyền',
      'Nâng cao chất lượng giải quyết TTHC trên lĩnh vực tư pháp, hộ tịch',
      '- Thực hiện nghiêm túc, đúng quy định về giải quyết các TTHC thuộc phạm vi thẩm quyền, nhất là thủ tục xác nhận nguồn gốc đất tại địa phương; trường hợp gặp khó khăn, vướng mắc do nguồn gốc đất phức tạp, cần kéo dài thời gian xử lý thì phải kịp thời báo cáo, tham mưu, đề xuất với cấp có thẩm quyền và liên hệ, giải thích rõ để người dân nắm thông tin, tạo được sự thông cảm, đồng thuận của người dân, tránh trường hợp để hồ sơ tồn đọng, kéo dài nhưng không minh bạch thông tin.\n-Đề cao vai trò, trách nhiệm của Người đứng đầu trong công tác theo dõi, tự kiểm tra và đánh giá thực chất về thái độ ứng xử, kỹ năng hướng dẫn, tiếp nhận, giải quyết hồ sơ TTHC của Bộ phận Một cửa. thực hiện nghiêm túc quy định về chuẩn mực giao tiếp, ứng xử trong công vụ theo quy định tại điểm b khoản 4 Điều 1 Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ về việc phê duyệt Đề án Văn hóa công vụ. Kiên quyết xử lý nghiêm các cá nhân vi phạm nội quy cơ quan, quy chế văn hóa công sở, quy chế thực hiện cơ chế một cửa, một cửa liên thông.\n-Tham gia tập huấn và tự nghiên cứu nâng cao trình độ chuyên môn, nghiệp vụ cho đội công chức cấp xã phục vụ công tác tiếp nhận hồ sơ TTHC, bảo đảm 100% công chức cấp xã (kể cả công chức đảm nhiệm các vị trí văn thư, kế toán,… không thuộc Bộ phận Một cửa) có khả năng hướng dẫn thực hiện và tiếp nhận hồ sơ TTHC, đặc biệt đối với các TTHC thiết yếu của người dân, có tần suất giao dịch lớn, như: Cấp giấy xác nhận tình trạng hôn nhân, Đăng ký kết hôn, Đăng ký khai sinh,… Luôn bố trí công chức túc trực tại Bộ phận Một cửa trong giờ hành chính để sẵn sàng hướng dẫn, tiếp nhận hồ sơ TTHC theo quy định. Tuyệt đối không để xảy ra tình trạng người dân phải chờ đợi hoặc đi lại nhiều lần để giải quyết TTHC do vắng mặt công chức Bộ phận Một cửa phụ trách tiếp nhận hồ sơ TTHC.\n- Thực hiện việc gửi thư xin lỗi và công khai thư xin lỗi đối với 100% hồ sơ trễ hẹn/quá hạn hoặc sơ suất trong việc thẩm định, tiếp nhận dẫn đến phải đề nghị người dân, doanh nghiệp bổ sung thêm thành phần hồ sơ.',
      'Thường xuyên',
    ],
    /* 26 */ [
      '5.2', 'Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất',
      'Nâng cao hiệu quả hoạt động, chất lượng giải quyết TTHC liên quan đến giấy chứng nhận quyền sử dụng đất',
      null, null,
    ],
    /* 27 */ [
      '5.3', 'Dịch vụ hành chính cấp xã/phường',
      'Nâng cao chất lượng dịch vụ hành chính cấp xã/phường',
      null, null,
    ],
    /* 28 section */ ['II', 'Chỉ số SIPAS', null, null, null],
    /* 29 group */ [1, 'VIỆC BAN HÀNH, TỔ   CHỨC THỰC HIỆN CÁC CHÍNH SÁCH', null, null, 'Trước ngày   30/11/2024'],
    /* 30 */ [
      '1.1', 'Trách nhiệm giải trình của chính quyền về chính sách',
      'Tăng tỷ lệ hài lòng của người dân về trách nhiệm giải trình của chính quyền về các chính sách',
      'Cung cấp thông tin về chính sách cho người dân:\n- Tăng cường, thiết kế, tổ chức thực hiện các chương trình, chuyên mục cung cấp thông tin, giải thích chính sách tại cơ quan, trên đài phát thanh phường/xã, họp tổ dân phố/thôn, đăng tải trên trang thông tin điện tử… đảm bảo phù hợp, thuận tiện, hiệu quả với người dân thuộc mọi thành phần.\n- Cần quan tâm đến các nhóm chính sách an sinh xã hội ngoài chính sách về phát triển kinh tế, ưu tiên nâng cao chất lượng của các chính sách quan trọng, nhận được sự quan tâm lớn của người dân.',
      'Thường xuyên',
    ],
    /* 31 */ [
      '1.2', 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
      'Tăng tỷ lệ hài lòng của người dân khi tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách',
      'Tổ chức nhiều hình thức để người dân dễ dàng tham gia góp ý kiến xây dựng các chính sách (đăng tải trên trang thông tin điện tử, họp/ phỏng vấn tại khu dân cư, phiếu xin ý kiến/phiếu khảo sát gửi tới người dân …)',
      'Thường xuyên',
    ],
    /* 32 */ [
      '1.3', 'Chất lượng tổ chức thực hiện chính sách',
      'Tăng tỷ lệ hài lòng của người dân về chất lượng tổ chức thực hiện chính sách',
      'Tổ chức tuyên truyền sự phù hợp của các chính sách cho người dân biết và sử dụng (về phát triển kinh tế; khám, chữa bệnh; giáo dục phổ thông; trật tự an toàn xã hội; giao thông đường bộ; điện, nước sinh hoạt; an sinh xã hội; cải cách hành chính …)',
      'Thường xuyên',
    ],
    /* 33 */ [
      '1.4', 'Kết quả, tác động của chính sách',
      'Tăng tỷ lệ hài lòng của người dân về kết quả, tác động của chính sách',
      'Tổ chức tuyên truyền kết quả mang lại của các chính sách góp phần giúp cho kinh tế gia đình, đời sống của người dân ngày càng tốt hơn trong thời gian qua.',
      'Thường xuyên',
    ],
    /* 34 group */ ['2.', 'VIỆC CUNG ỨNG DỊCH VỤ HÀNH CHÍNH CÔNG', null, null, 'Trước ngày   30/11/2024'],
    /* 35 */ [
      '2.1', 'Tiếp cận dịch vụ',
      'Tăng tỷ lệ hài lòng của người dân khi đánh giá về các nội dung của việc tiếp cận dịch vụ',
      'Đầu tư cơ sở vật chất, trang thiết bị tại Bộ phận một cửa đáp ứng và phục vụ tốt nhất các nhu cầu của người dân, tổ chức trong giải quyết TTHC:\n+ Bảng hiệu Bộ phận một cửa, bảng niêm yết, thông báo rõ ràng, đầy đủ;\n+ Bố trí đầy đủ ghế ngồi, bàn viết hồ sơ, quạt máy (máy lạnh), nước uống cho người dân, tổ chức;\n+ Trang bị đầy đủ máy tra cứu TTHC, máy scan, máy photocopy.\n- Đa dạng hóa các hình thức cung cấp thông tin về TTHC: thông qua phương tiện thông tin đại chúng, ứng dụng CNTT, tạo điều kiện thuận lợi cho người dân, tổ chức tiếp cận, tìm hiểu để thực hiện khi có nhu cầu.',
      'Thường xuyên',
    ],
    /* 36 */ [
      '2.2', 'Thủ tục hành chính (TTHC)',
      'Tăng tỷ lệ hài lòng của người dân trong quá trình thực hiện các quy trình giải quyết thủ tục hành chính',
      '- Rà soát, chỉnh trang nơi công khai thủ tục hành chính; đảm bảo thường xuyên cập nhập, công khai đầy đủ 100% thủ tục hành chính thuộc thẩm quyền tiếp nhận hồ sơ, giải quyết theo đúng quy định; hình thức công khai phải rõ ràng, dễ tiếp cận, dễ khai thác, thuận tiện trong việc sử dụng.\n-Thực hiện nghiêm túc, đúng quy định về giải quyết các TTHC thuộc phạm vi thẩm quyền, nhất là thủ tục xác nhận nguồn gốc đất tại địa phương; trường hợp gặp khó khăn, vướng mắc do nguồn gốc đất phức tạp, cần kéo dài thời gian xử lý thì phải kịp thời báo cáo, tham mưu, đề xuất với cấp có thẩm quyền và liên hệ, giải thích rõ để người dân nắm thông tin, tạo được sự thông cảm, đồng thuận của người dân, tránh trường hợp để hồ sơ tồn đọng, kéo dài nhưng không minh bạch thông tin.\n- Đề cao vai trò, trách nhiệm của Người đứng đầu trong công tác theo dõi, tự kiểm tra và đánh giá thực chất về thái độ ứng xử, kỹ năng hướng dẫn, tiếp nhận, giải quyết hồ sơ TTHC của Bộ phận Một cửa thực hiện nghiêm túc quy định về chuẩn mực giao tiếp, ứng xử trong công vụ theo quy định tại điểm b khoản 4 Điều 1 Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ về việc phê duyệt Đề án Văn hóa công vụ. Kiên quyết xử lý nghiêm các cá nhân vi phạm nội quy cơ quan, quy chế văn hóa công sở, quy chế thực hiện cơ chế một cửa, một cửa liên thông.\n- Tham gia tập huấn và tự nghiên cứu nâng cao trình độ chuyên môn, nghiệp vụ cho đội công chức cấp xã phục vụ công tác tiếp nhận hồ sơ TTHC, bảo đảm 100% công chức cấp xã (kể cả công chức đảm nhiệm các vị trí văn thư, kế toán,… không thuộc Bộ phận Một cửa) có khả năng hướng dẫn thực hiện và tiếp nhận hồ sơ TTHC, đặc biệt đối với các TTHC thiết yếu của người dân, có tần suất giao dịch lớn, như: Cấp giấy xác nhận tình trạng hôn nhân, Đăng ký kết hôn, Đăng ký khai sinh,… Luôn bố trí công chức túc trực tại Bộ phận Một cửa trong giờ hành chính để sẵn sàng hướng dẫn, tiếp nhận hồ sơ TTHC theo quy định. Tuyệt đối không để xảy ra tình trạng người dân phải chờ đợi hoặc đi lại nhiều lần để giải quyết TTHC do vắng mặt công chức Bộ phận Một cửa phụ trách tiếp nhận hồ sơ TTHC\n- Thực hiện việc gửi thư xin lỗi và công khai thư xin lỗi đối với 100% hồ sơ trễ hẹn/quá hạn hoặc sơ suất trong việc thẩm định, tiếp nhận dẫn đến phải đề nghị người dân, doanh nghiệp bổ sung thêm thành phần hồ sơ theo quy định.',
      'Thường xuyên',
    ],
    /* 37 */ [
      '2.3', 'Công chức trực tiếp giải quyết công việc',
      'Tăng tỷ lệ hài lòng của người dân khi đánh giá CCVC trong quá trình thực hiện giải quyết các TTHC',
      '- Tổ chức triển khai các hoạt động nhằm nâng cao nhận thức và hành động của đội ngũ công chức, viên chức, đặc biệt là những công chức trực tiếp giải quyết các hồ sơ TTHC.\n- Thường xuyên nâng cao chuyên môn, kỹ năng giao tiếp cho CCVC hoặc nhân viên tiếp nhận làm việc tại Bộ phận một cửa.\nXử lý kịp thời đối với CCVC có thái độ nhũng nhiễu, gây khó khăn khi giao tiếp phục vụ người dân, tổ chức đến liên hệ giải quyết TTHC',
      'Thường xuyên',
    ],
    /* 38 */ [
      '2.4', 'Kết quả dịch vụ',
      'Tăng tỷ lệ hài lòng của người dân khi nhận kết quả giải quyết thủ tục hành chính',
      '- Kết quả giải quyết TTHC đảm bảo phù hợp với quy định, có thông tin đầy đủ, chính xác và đảm bảo tính công bằng;\n- Thực hiện nghiêm việc tiếp nhận, giải quyết và trả kết quả hồ sơ TTHC theo cơ chế một cửa, một cửa liên thông theo quy định.\n- Thực hiện nghiêm việc xin lỗi người dân, tổ chức đối với những hồ sơ TTHC trễ hẹn.\n- Tổ chức đánh giá việc giải quyết, trả kết quả đúng hẹn, chất lượng giải quyết TTHC.',
      'Thường xuyên',
    ],
    /* 39 */ [
      '2.5', 'Cơ quan chính quyền tiếp nhận, xử lý phản ánh kiến nghị của người dân',
      '- Tăng tỷ lệ hài lòng của người dân khi đánh giá về việc tiếp nhận, xử lý phản ánh kiến nghị của người dân 100% phản ánh, kiến nghị của người dân đối với TTHC thuộc thẩm quyền được giải quyết kịp thời và được được công khai trên cổng Dịch vụ công',
      '- Thực hiện niêm yết công khai đường dây nóng, các quy định về tiếp nhận, xử lý phản ánh kiến nghị của người dân, tổ chức.\n- Tổ chức tiếp nhận, xử lý nghiêm, triệt để các góp ý, phản ánh kiến nghị và thông báo kết quả xử lý cho người dân, tổ chức.\n- Công khai đầy đủ những nội dung đã tiếp nhận và xử lý phản ánh nghị của người dân, tổ chức.\n- Thường xuyên rà soát, đánh giá kết quả giải quyết các nội dung nhận được phản ánh, kiến nghị từ người dân/tổ chức.\n- Tăng cường thông tin, tuyên truyền theo nhiều hình thức để người dân nhận thức đầy đủ, đúng đắn về quyền lợi và trách nhiệm của họ trong việc chống tiêu cực, tố cáo tiêu cực.',
      'Thường xuyên',
    ],
    /* 40 section */ ['III', 'Chỉ số PAR', null, null, null],
    /* 41 */ [
      1, 'Công tác kiểm tra CCHC',
      '100% các địa phương được kiểm tra trong năm thực hiện báo cáo khắc phục các tồn tại hạn chế trong công tác CCHC',
      '- Triển khai các nhiệm vụ để khắc phục các tồn tại hạn chế mà các Đoàn kiểm tra CCHC đã chỉ ra.\n- Báo cáo báo cáo khắc phục các tồn tại hạn chế mà các Đoàn kiểm tra CCHC đã chỉ ra đúng nội dung và thời gian quy định.',
      'Theo thông báo kết quả kiểm tra',
    ],
    /* 42 */ [
      2, 'Công bố, công khai TTHC và kết quả giải quyết hồ sơ',
      '- 100% TTHC được công khai\n- 100% hồ sơ TTHC được công khai',
      '- Cập nhật, công khai đúng, đầy đủ, kịp thời các thông tin về TTHC tại địa phương.\n- Cập nhật tiến độ, kết quả giải quyết 100% hồ sơ TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh .',
      'Thường xuyên',
    ],
    /* 43 */ [
      3, 'Thực hiện cơ chế một cửa, cơ chế một cửa liên thông',
      '100% TTHC thuộc thẩm quyền giải quyết được tiếp nhận và trả kết quả tại bộ phận Một cửa cấp xã',
      '- TTHC thuộc thẩm quyền giải quyết được tiếp nhận và trả kết quả tại cấp xã đảm bảo theo quy định.\n- Bố trí công chức đủ năng lực về chuyên môn, nghiệp vụ để thực hiện tiếp nhận và trả kết quả TTHC tại bộ phận Một cửa cấp xã.',
      null,
    ],
    /* 44 */ [
      4, 'Kết quả giải quyết hồ sơ TTHC',
      '- 100% hồ sơ TTHC do UBND cấp huyện và UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn\n- 100% hồ sơ TTHC trễ hẹn thực hiện việc xin lỗi kịp thời trong giải quyết hồ sơ TTHC',
      '-Tiếp nhận và giải quyết hồ sơ TTHC đảm bảo theo quy định.\n-Thực hiện nghiêm túc, đúng quy định về giải quyết các TTHC thuộc phạm vi thẩm quyền, nhất là thủ tục xác nhận nguồn gốc đất tại địa phương; trường hợp gặp khó khăn, vướng mắc do nguồn gốc đất phức tạp, cần kéo dài thời gian xử lý thì phải kịp thời báo cáo, tham mưu, đề xuất với cấp có thẩm quyền và liên hệ, giải thích rõ để người dân nắm thông tin, tạo được sự thông cảm, đồng thuận của người dân, tránh trường hợp để hồ sơ tồn đọng, kéo dài nhưng không minh bạch thông tin.\n-Đề cao vai trò, trách nhiệm của Người đứng đầu trong công tác theo dõi, tự kiểm tra và đánh giá thực chất về thái độ ứng xử, kỹ năng hướng dẫn, tiếp nhận, giải quyết hồ sơ TTHC của Bộ phận Một cửa. thực hiện nghiêm túc quy định về chuẩn mực giao tiếp, ứng xử trong công vụ theo quy định tại điểm b khoản 4 Điều 1 Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ về việc phê duyệt Đề án Văn hóa công vụ. Kiên quyết xử lý nghiêm các cá nhân vi phạm nội quy cơ quan, quy chế văn hóa công sở, quy chế thực hiện cơ chế một cửa, một cửa liên thông.',
      'Thường xuyên',
    ],
    /* 45 */ [
      5, 'Tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết',
      '100% phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết được giải quyết kịp thời và được được công khai trên cổng Dịch vụ công',
      '- Kịp thời giải quyết các PAKN trong năm về TTHC thuộc thẩm quyền giải quyết.',
      'Thường xuyên',
    ],
    /* 46 */ [
      6, 'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức',
      'Trong năm không có CBCC của địa phương bị kỷ luật từ mức khiển trách trở lên',
      '- Thực hiện tốt việc chấp hành kỷ luật, kỷ cương hành chính.',
      'Thường xuyên',
    ],
    /* 47 */ [
      7, 'Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã',
      'Phấn đấu 100% cán bộ, công chức cấp xã thuộc phạm vi quản lý đạt chuẩn về chuyên môn, nghiệp vụ',
      '- Bố trí cán bộ, công chức cấp xã đạt chuẩn về chuyên môn, nghiệp vụ theo quy định tại Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ.',
      '31/12/2024',
    ],
    /* 48 */ [
      8, 'Tổ chức thực hiện công tác tài chính - ngân sách',
      '- 100% các địa phương sử dụng kinh phí nguồn từ NSNN đảm bảo theo quy định\n- Hoàn thành 100% kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách',
      '- Thường xuyên kiểm tra việc sử dụng kinh phí nguồn từ NSNN đảm bảo theo quy chế chi tiêu nội bộ và theo các quy định của pháp luật về tài chính – ngân sách.\n- Hoàn thành việc xử lý các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước đảm bảo theo quy định.',
      '31/12/2024',
    ],
    /* 49 */ [
      9, 'Phát triển các ứng dụng, dịch vụ trong nội bộ cơ quan nhà nước',
      '- 100% các địa phương xử lý văn bản, hồ sơ công việc hoàn toàn trên trên môi trường mạng\n- 100% các địa phương gửi, nhận văn bản điện tử qua hệ thống văn phòng điện tử của tỉnh',
      '- Kiểm tra, đôn đốc cán bộ công chức thuộc phạm vi quản lý thực hiện việc xử lý văn bản, hồ sơ công việc và gửi, nhận văn bản điện tử qua hệ thống văn phòng điện tử của tỉnh.',
      null,
    ],
    /* 50 */ [
      null, ' Phát triển ứng dụng, dịch vụ phục vụ người dân, tổ chức',
      '- Số hóa hồ sơ, kết quả giải quyết và cấp kết quả giải quyết TTHC điện tử đối với TTHC thuộc thẩm quyền giải quyết của cấp xã đạt tối thiểu 15%\n- Thực hiện 100% số dịch vụ công trực tuyến đủ điều kiện lên trực tuyến toàn trình. Phấn đấu 100% hồ sơ TTHC của dịch vụ công trực tuyến toàn trình được giải quyết trực tuyến 100% TTHC có yêu cầu nghĩa vụ tài chính và có đủ điều kiện triển khai được triển khai thanh toán trực tuyến. Phấn đấu 100% TTHC được triển khai thanh toán trực tuyến có phát sinh giao dịch thanh toán trực tuyến; 100% hồ sơ TTHC đã giải quyết của các TTHC có yêu cầu nghĩa vụ tài chính đang triển khai thanh toán trực tuyến được giao dịch thanh toán trực tuyến.',
      '+ Triển khai số hóa hồ sơ giải quyết TTHC.\n+ Thực hiện các dịch vụ công trực tuyến toàn trình.\n+ Thực hiện số hóa thành phần hồ sơ, cấp kết quả giải quyết TTHC điện tử và hướng dẫn, hỗ trợ người dân, tổ chức nộp hồ sơ trực tuyến, thanh toán trực tuyến bảo đảm hoàn thành các chỉ tiêu được giao.',
      null,
    ],
  ],
  merges: [
    'A1:E1', 'A2:E2', 'A3:E3', 'A4:E4', 'B6:E6', 'B28:E28', 'B40:E40', 'D25:D27', 'E25:E27', 'E42:E43',
    'E48:E50',
  ],
  widths: [6, 28, 42, 62, 16],
  boldRows: [1, 2, 3, 4, 5, 6, 7, 12, 17, 21, 24, 28, 29, 34, 40],
};

/** All sheets of this module, in appendix order (PL14–PL22, PL24). */
export const sheets: SampleSheet[] = [...pl14to22, pl24];
