import type { GridInput } from '../../core';
import { sampleWorkbook as seed004 } from '../../samples/src/seed004';
import { sampleWorkbook as seed000 } from '../../samples/src/seed000';
import { sampleWorkbook as seed003 } from '../../samples/src/seed003-appendices';
import { sampleWorkbook as indices } from '../../samples/src/seed003-indices';

/** The bundled sample workbooks (the same tables as samples/*.xlsx), for the preview mode. */
export const PREVIEW_SAMPLES: Array<{ id: string; vi: string; en: string; sheets: GridInput[]; asOf: string; period: string }> = [
  { id: 'dong-thap-2022', vi: 'Đồng Tháp 2022: Kế hoạch CCHC và giải pháp chỉ số', en: 'Đồng Tháp 2022: reform plan and index measures', sheets: [...seed004.sheets, ...seed000.sheets], asOf: '2022-10-15', period: '2022-Q3' },
  { id: 'dong-nai-2024', vi: 'Đồng Nai 2024: phụ lục các sở và bảng chỉ số', en: 'Đồng Nai 2024: agencies’ appendices and index tables', sheets: [...seed003.sheets, ...indices.sheets], asOf: '2024-10-15', period: '2024-Q3' },
];

/**
 * Hostile cell texts, added with ?extra=hostile (the browser tests use it): markup and a formula
 * must show as the characters they are, in the pane and in the grid.
 */
export const HOSTILE_SHEET: GridInput = {
  name: 'Kiểm tra an toàn',
  values: [
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
    [1, '=HYPERLINK("http://example.com","Bấm vào đây")', 'Sở Nội vụ', 'Quý I/2022'],
    [2, '<img src=x onerror="window.__xss=1">', '<img src=x onerror="window.__xss=1">', 'Quý II/2022'],
    [3, '- Rà soát <b>văn bản</b>', 'Sở Tư pháp', '<script>window.__xss=1</script>'],
  ],
};
