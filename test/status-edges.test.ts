/**
 * parse/status.ts at its edges: each case below fails when the line it names is changed (each was checked by
 * editing that line and running this file). Texts are what agencies write in their "Tình trạng" / "Tiến độ"
 * columns (DOMAIN.md), with the bullets, trailing dots and percentages they come with.
 */
import { parseStatus, STATUS_CHOICES_VI } from '../core/parse/status';

const unknown = (shown: string) => ({
  ok: false,
  reason: { code: 'unrecognised', vi: `Không hiểu tình trạng "${shown}"`, en: `Unknown status "${shown}"` },
});

describe('parseStatus: a cell with nothing in it is not reported', () => {
  it.each([[null], [undefined], [''], ['   '], ['-'], ['•'], ['...']])('reads %p as not reported (null)', (input) => {
    expect(parseStatus(input)).toEqual({ ok: true, value: null });
  });
});

describe('parseStatus: a progress typed as a number', () => {
  it.each([
    [1, 'done'], // Excel stores 100 % as 1
    [100, 'done'],
    [0, 'not-started'],
    [0.5, 'in-progress'], // 50 % in a percent-formatted cell
    [50, 'in-progress'],
    [99.5, 'in-progress'],
  ])('reads %p as %s', (input, status) => {
    expect(parseStatus(input)).toEqual({ ok: true, value: status });
  });

  it.each([[150, '150'], [-1, '-1'], [Number.NaN, 'NaN']])('refuses %p, which is no progress, naming it', (input, shown) => {
    expect(parseStatus(input)).toEqual(unknown(shown));
  });

  it('refuses a cell that is neither text nor a number, naming it', () => {
    expect(parseStatus(true)).toEqual(unknown('true'));
    expect(parseStatus(false)).toEqual(unknown('false'));
  });
});

describe('parseStatus: a percentage typed as text', () => {
  it.each([
    ['100%', 'done'],
    ['120%', 'done'],
    ['0%', 'not-started'],
    ['80%', 'in-progress'],
    ['80 %', 'in-progress'],
    ['80,5%', 'in-progress'],
    ['99,75%', 'in-progress'],
    ['99.5%', 'in-progress'], // 99, not 995: the dot is a decimal point, not a trailing stop
  ])('reads “%s” as %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, value: status });
  });

  it('does not read a percentage inside other words as the status', () => {
    expect(parseStatus('Đạt 80%')).toEqual(unknown('Đạt 80%'));
    expect(parseStatus('100% khối lượng')).toEqual(unknown('100% khối lượng'));
  });
});

describe('parseStatus: bullets and trailing stops', () => {
  it.each([
    ['- Hoàn thành', 'done'],
    ['-Hoàn thành', 'done'],
    ['+ Đang thực hiện', 'in-progress'],
    ['• Chưa thực hiện', 'not-started'],
    ['* Quá hạn', 'overdue'],
    ['Hoàn thành.', 'done'],
    ['Hoàn thành!', 'done'],
    ['Đúng hạn;', 'done'],
    ['Trễ hạn...', 'done-late'],
  ])('reads “%s” as %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, value: status });
  });

  it('takes only a leading dash as a bullet: “Hoàn thành- trễ hạn” is still done late', () => {
    expect(parseStatus('Hoàn thành- trễ hạn')).toEqual({ ok: true, value: 'done-late' });
  });
});

describe('parseStatus: the words agencies write', () => {
  it.each([
    ['Hoàn thành trễ hạn', 'done-late'],
    ['HT trễ hạn', 'done-late'],
    ['Trễ hạn', 'done-late'],
    ['Đúng hạn', 'done'],
    ['Đã thực hiện xong', 'done'],
    ['Chưa có kế hoạch', 'not-started'],
    ['Chậm tiến độ', 'overdue'],
    ['Đang thực hiện quá hạn', 'overdue'],
    ['Tiếp tục thực hiện', 'in-progress'],
  ])('reads “%s” as %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ ok: true, value: status });
  });

  it('names text it does not understand as typed, without its spaces', () => {
    expect(parseStatus('  Tốt  ')).toEqual(unknown('Tốt'));
  });

  it('reads every choice of the status drop-down', () => {
    expect(STATUS_CHOICES_VI.map((c) => parseStatus(c))).toEqual([
      { ok: true, value: 'done' },
      { ok: true, value: 'done-late' },
      { ok: true, value: 'in-progress' },
      { ok: true, value: 'not-started' },
    ]);
  });
});
