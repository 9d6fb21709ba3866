/**
 * Seed 003 — Kế hoạch 336/KH-UBND ngày 15/10/2024 của UBND tỉnh Đồng Nai: Phụ lục 14 to 22, one sheet each,
 * from /work/shared/seeds/003_*.txt, for the workbook of seed003-appendices.ts. This module exports sheets,
 * not a `sampleWorkbook`, so the sample builder makes no workbook of it.
 *
 * Dump lines: Phụ lục 14 (1386–1408), 15 (1409–1432), 16 (1433–1477), 17 (1478–1510), 18 (1511–1528),
 * 19 (1529–1565), 20 (1566–1579), 21 (1580–1599), 22 (1600–1613).
 *
 * Same conventions as seed003-appendices.ts: one dump line per line of a cell, lines of a cell joined with "\n",
 * NFC text; whole-number STT as numbers, Roman numerals as text. Every time cell is the seed's own text
 * ("Thường xuyên"): no Excel dates in these sheets.
 *
 * Deviations from the seed and guesses:
 * - Which bullet lines are Chỉ tiêu/kết quả (targets, states to reach) and which Nhiệm vụ/giải pháp (actions)
 *   is our judgment where a row has several. Most open call: PL17 II.1 (first three bullets — order kept,
 *   complaints handled, no more protection money — as results, the last three as tasks).
 * - An index with no sub-rows carries its content on the section row itself, which is then not merged B:E (as
 *   PL13 "II Chỉ số PAR" in seed003-appendices.ts): PL14 II, PL15 II, PL16 III and PL19 I (all "Chỉ số PAR"),
 *   and both rows of PL18 ("I Chỉ số PAR", "II Chỉ số SIPAS"). PL18 gives no STT under its indices and no time
 *   at all: its first line after the index name is taken as the result, the rest as tasks; its time cells stay
 *   empty (there is no cell above to merge with).
 * - No section rows where the seed has none: PL20 and PL21 (titles "… CÁC CHỈ SỐ PCI") and PL22 (no index
 *   named at all).
 * - Kept as in the seed: PL22's title on three lines, without the "CÁC NHIỆM VỤ, GIẢI PHÁP…" line; PL19's
 *   "Kèm theo Kế hoạch … tỉnh)" without its opening parenthesis; header "Thời gian hoàn thành" with one space
 *   in PL18 and three ("Thời gian   hoàn thành") elsewhere; title index lists in another order than the
 *   sections ("(PAR INDEX, PCI)" over I PCI, II PAR in PL15; "(PCI, PAR INDEX)" over I PAR, II PCI in PL19;
 *   "(PAR INDEX, SIPAS)" in PL18); "TÒA ÁN" (PL21 title) but "Tòa án"/"tòa án" in its cells; the typo
 *   "kiểm tra tra phòng cháy" (PL17).
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

/** All sheets of this module, in appendix order. */
export const sheets: SampleSheet[] = [...pl14to22];
