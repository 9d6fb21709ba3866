/**
 * What an officer reads in a finding (issue 17 §3): the task it is about, by its number and the start of its
 * text; a message that says each thing once, with one kind of quote marks; and a name in words for every code.
 */
import { CODE_LABEL, INDEX_CODES, TASK_CODES, taskLabel } from '../core';
import { findingsOf, nineColumnGrid } from './helpers';

/** Seed 004's I 3.1, with its time replaced. */
const row = (time: string) => [null, '1.1: Triển khai thực hiện hiệu quả các thể chế', '2.1: Hoàn thiện thể chế về chính sách hỗ trợ khởi nghiệp', '3.1: Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý', 'Quyết định công bố văn bản', 'Sở Tư pháp', 'Các sở, ban, ngành tỉnh.', time, 'Theo Kế hoạch'];

describe('a finding names its task', () => {
  it('by its number and the start of its text', () => {
    const [f] = findingsOf(nineColumnGrid([row('Sớm nhất có thể')]));
    expect(f.code).toBe('deadline-unparsed');
    expect(f.task).toEqual({ number: '3.1', text: 'Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý' });
    expect(taskLabel(f.task!)).toBe('3.1. Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền quản lý');
  });

  it('a long text is cut at 80 characters, a line’s leading dash left out, a number ending in “.” or “)” kept as it is', () => {
    const long = 'Rà soát, đánh giá và công bố danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một phần thuộc thẩm quyền';
    const [f] = findingsOf(nineColumnGrid([[...row('Sớm nhất có thể').slice(0, 3), `3.1: ${long}`, ...row('Sớm nhất có thể').slice(4)]]));
    expect(f.task!.text).toHaveLength(80);
    expect(f.task!.text.endsWith('…')).toBe(true);
    expect(taskLabel({ number: 'a)', text: '- Niêm yết thủ tục hành chính' })).toBe('a) Niêm yết thủ tục hành chính');
    expect(taskLabel({ number: null, text: '+ Kiểm tra' })).toBe('Kiểm tra');
  });
});

describe('an unreadable time says so once', () => {
  it('the value quoted once, curly quotes only (not “Không đọc được thời gian “…”: Không đọc được thời hạn "…"”)', () => {
    const [f] = findingsOf(nineColumnGrid([row('Sớm nhất có thể')]));
    expect(f.message.vi).toBe('Không đọc được thời gian “Sớm nhất có thể”. Ghi theo dạng 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 hoặc “Thường xuyên”.');
    expect(f.message.en).toBe('Cannot read the time “Sớm nhất có thể”. Write it as 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 or “Thường xuyên”.');
  });

  it('what the reader found, where it adds something: a day that does not exist, a quarter without its year', () => {
    const [bad] = findingsOf(nineColumnGrid([row('31/02/2022')]));
    expect(bad.message.vi).toBe('Không đọc được thời gian “31/02/2022” (không có ngày hay tháng này). Ghi theo dạng 30/9/2024, Quý III/2024, Tháng 11/2024, Năm 2024 hoặc “Thường xuyên”.');
    for (const f of [bad]) expect(f.message.vi).not.toContain('"');
  });
});

describe('every finding code has a name in words', () => {
  it.each([...TASK_CODES, ...INDEX_CODES])('%s', (code) => {
    expect(CODE_LABEL[code]?.vi).toMatch(/^\p{Lu}/u);
    expect(CODE_LABEL[code]?.en).toMatch(/^\p{Lu}/u);
    expect(CODE_LABEL[code].vi).not.toContain(code);
  });
});
