import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRatio } from '../numbers';
import { luyKe } from './luy-ke';
import { countChange, rateChange, rollUp, TOTAL_SCOPE, type UnitInput } from './rollup';
import { rollupTable, rollupView } from './report';
import { unitKey } from './units';

const input = (name: string, counts: Record<string, number>, extra: Partial<UnitInput> = {}): UnitInput => ({
  source: `${name}.xlsx`,
  fileName: name,
  name,
  counts,
  findings: [],
  errors: 0,
  ...extra,
});

describe('unit names', () => {
  it('fold case, Unicode form and the administrative prefixes', () => {
    const k = unitKey('Mỹ An');
    for (const v of ['UBND xã Mỹ An', 'ỦY BAN NHÂN DÂN XÃ MỸ AN', 'Ủy ban nhân dân xã Mỹ An'.normalize('NFD'), 'xã mỹ an', 'my-an', 'Thị trấn Mỹ An'])
      expect(unitKey(v), v).toBe(k);
    expect(unitKey('Phường 1')).toBe('1');
    expect(unitKey('Xã')).toBe('xa');
    expect(unitKey('Mỹ An')).not.toBe(unitKey('Mỹ Hiệp'));
  });
});

describe('lũy kế', () => {
  it('flows summed, kỳ trước from the first month, đang giải quyết from the last, received = first carried over + new', () => {
    const jan = { 'tiep-nhan': 110, 'ky-truoc': 10, 'moi-tiep-nhan': 100, 'da-giai-quyet': 95, 'qua-han': 5, 'dang-giai-quyet': 15 };
    const feb = { 'tiep-nhan': 135, 'ky-truoc': 15, 'moi-tiep-nhan': 120, 'da-giai-quyet': 125, 'qua-han': 5, 'dang-giai-quyet': 10 };
    const mar = { 'tiep-nhan': 100, 'ky-truoc': 10, 'moi-tiep-nhan': 90, 'da-giai-quyet': 80, 'qua-han': 2, 'dang-giai-quyet': 20 };
    expect(luyKe([jan, feb, mar])).toEqual({
      'tiep-nhan': 320,
      'ky-truoc': 10,
      'moi-tiep-nhan': 310,
      'da-giai-quyet': 300,
      'qua-han': 12,
      'dang-giai-quyet': 20,
    });
  });

  it('a flow one month lacks is left out rather than summed in part', () => {
    expect(luyKe([{ 'truc-tuyen': 5, 'da-giai-quyet': 1 }, { 'da-giai-quyet': 2 }])).toEqual({ 'da-giai-quyet': 3 });
  });
});

describe('changes', () => {
  it('are worded as the reports word them', () => {
    expect(countChange(1885, 1765)).toBe('tăng 120 hồ sơ (6,8%)');
    expect(countChange(1630, 1665)).toBe('giảm 35 hồ sơ (2,1%)');
    expect(countChange(5, 0)).toBe('tăng 5 hồ sơ');
    expect(countChange(7, 7)).toBe('không thay đổi');
    expect(rateChange(1.72)).toBe('tăng 1,72 điểm phần trăm');
    expect(rateChange(-0.5)).toBe('giảm 0,5 điểm phần trăm');
    expect(rateChange(0.001)).toBe('không thay đổi');
  });
});

describe('the total', () => {
  const unit = fc
    .record({ trh: fc.nat(5000), dh: fc.nat(5000), qh: fc.nat(500), moi: fc.nat(5000), tt: fc.nat(5000), dang: fc.nat(500), kt: fc.nat(500) })
    .map((u) => ({
      'ky-truoc': u.kt,
      'moi-tiep-nhan': Math.max(u.moi, u.tt),
      'truc-tuyen': u.tt,
      'truoc-han': u.trh,
      'dung-han': u.dh,
      'qua-han': u.qh,
      'da-giai-quyet': u.trh + u.dh + u.qh,
      'dang-giai-quyet': u.dang,
    }));

  it('has the rates of the summed counts, for any set of units (never an average of the units’ rates)', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 30 }), (units) => {
        const r = rollUp(units.map((c, i) => input(`Đơn vị ${i + 1}`, c)));
        const sum = (k: string) => units.reduce((s, u) => s + (u as Record<string, number>)[k]!, 0);
        const total = (id: string) => r.indicators.find((i) => i.scope === TOTAL_SCOPE && i.id === id);
        const onTime = total('ty-le-dung-han')!;
        expect([onTime.numerator, onTime.denominator]).toEqual([sum('truoc-han') + sum('dung-han'), sum('da-giai-quyet')]);
        expect(onTime.text).toBe(formatRatio(sum('truoc-han') + sum('dung-han'), sum('da-giai-quyet')) ?? '—');
        const online = total('ty-le-truc-tuyen')!;
        expect(online.text).toBe(formatRatio(sum('truc-tuyen'), sum('moi-tiep-nhan')) ?? '—');
        expect(r.total.counts['da-giai-quyet']).toBe(sum('da-giai-quyet'));
        // The ranking is ordered by rate, best first.
        for (let i = 1; i < r.ranking.length; i++) expect(r.ranking[i]!.value).toBeLessThanOrEqual(r.ranking[i - 1]!.value);
      }),
      { numRuns: 200 },
    );
  });

  it('rates a count some units lack over the units that have it', () => {
    const r = rollUp([
      input('A', { 'moi-tiep-nhan': 100, 'truc-tuyen': 90, 'da-giai-quyet': 10, 'dung-han': 10 }),
      input('B', { 'moi-tiep-nhan': 900, 'da-giai-quyet': 10, 'dung-han': 5 }),
    ]);
    const online = r.indicators.find((i) => i.scope === TOTAL_SCOPE && i.id === 'ty-le-truc-tuyen')!;
    expect([online.text, online.numerator, online.denominator]).toEqual(['90%', 90, 100]);
    expect(online.definition).toContain('tính trên 1/2 đơn vị có số liệu');
    expect(r.ranking.map((x) => [x.rank, x.unit, x.text])).toEqual([
      [1, 'A', '100%'],
      [2, 'B', '50%'],
    ]);
  });

  it('ties on the rate go to the unit that resolved more; a full tie shares its rank', () => {
    const c = (n: number) => ({ 'da-giai-quyet': n, 'dung-han': n });
    const r = rollUp([input('A', c(10)), input('B', c(20)), input('C', c(20))]);
    expect(r.ranking.map((x) => [x.rank, x.unit])).toEqual([
      [1, 'B'],
      [1, 'C'],
      [3, 'A'],
    ]);
  });
});

describe('comparison with the previous period, like for like (issue 20 §7)', () => {
  const counts = (received: number, resolved: number, onTime: number) => ({
    'tiep-nhan': received,
    'da-giai-quyet': resolved,
    'dung-han': onTime,
    'qua-han': resolved - onTime,
  });

  it('the same units in both periods: the totals are compared', () => {
    const r = rollUp([input('Mỹ An', counts(1100, 1000, 950)), input('Mỹ Hiệp', counts(600, 500, 500))], {
      previous: [input('Mỹ An', counts(1000, 900, 880)), input('Mỹ Hiệp', counts(500, 450, 440))],
    });
    expect(r.comparison.find((c) => c.id === 'tiep-nhan')).toMatchObject({ current: 1700, previous: 1500, text: 'tăng 200 hồ sơ (13,3%)' });
    expect(r.findings.some((f) => f.rule === 'so-sanh-cung-don-vi')).toBe(false);
  });

  it('a unit that reported in one period only is left out of the comparison, and the report says who', () => {
    // This month Mỹ Hiệp reported and Bình Thành did not; last month the reverse.
    const r = rollUp([input('Mỹ An', counts(1100, 1000, 950)), input('Mỹ Hiệp', counts(600, 500, 500))], {
      previous: [input('Mỹ An', counts(1000, 900, 880)), input('Bình Thành', counts(400, 300, 300))],
    });
    // Mỹ An alone: +100 (10%), not 1.700 against 1.400 (+300, 21,4%).
    expect(r.comparison.find((c) => c.id === 'tiep-nhan')).toMatchObject({ current: 1100, previous: 1000, text: 'tăng 100 hồ sơ (10%)' });
    expect(r.comparison.find((c) => c.id === 'ty-le-dung-han')).toMatchObject({ current: 95, previous: 97.777778 });
    expect(r.findings.find((f) => f.rule === 'so-sanh-cung-don-vi')?.message).toBe(
      'So sánh với kỳ trước trên 1 đơn vị có báo cáo cả hai kỳ (không tính: Mỹ Hiệp chỉ có báo cáo kỳ này; Bình Thành chỉ có báo cáo kỳ trước).',
    );
  });

  it('a rate of the total over some units only says over how many', () => {
    const r = rollUp([input('Mỹ An', { ...counts(1100, 1000, 950), 'truc-tuyen': 800, 'moi-tiep-nhan': 1000 }), input('Mỹ Hiệp', counts(600, 500, 500))]);
    expect(r.partialRates['ty-le-truc-tuyen']).toEqual({ units: 1, of: 2 });
    expect(r.partialRates['ty-le-dung-han']).toBeUndefined();
  });
});

describe("ranking: by the portal's Bộ chỉ số total when the units have it, bands on points; else by the rate (issue 20 §5)", () => {
  const counts = (resolved: number, onTime: number) => ({
    'tiep-nhan': resolved + 10,
    'da-giai-quyet': resolved,
    'dung-han': onTime,
    'qua-han': resolved - onTime,
  });

  it('every counted unit with its score: ranked by it, the bands are on points', () => {
    const r = rollUp([
      input('Mỹ An', counts(100, 99), { score: 76.2 }),
      input('Mỹ Hiệp', counts(100, 90), { score: 88.1 }),
      input('Bình Thành', counts(100, 95), { score: 93.4 }),
    ]);
    expect(r.rankBy).toBe('diem-766');
    expect(r.ranking.map((x) => [x.rank, x.unit, x.text])).toEqual([
      [1, 'Bình Thành', '93,4 điểm'],
      [2, 'Mỹ Hiệp', '88,1 điểm'],
      [3, 'Mỹ An', '76,2 điểm'],
    ]);
    const v = rollupView(r) as { xepHangTheo: string; nhom: { ten: string; dieuKien: string; donVi: { ten: string }[] }[]; nguong: string };
    expect(v.xepHangTheo).toBe('tổng điểm Bộ chỉ số trên Cổng Dịch vụ công quốc gia');
    expect(v.nhom.map((b) => [b.ten, b.dieuKien, b.donVi.map((u) => u.ten)])).toEqual([
      ['Cần cải thiện gấp', 'dưới 80 điểm', ['Mỹ An']],
      ['Cần chú ý', 'từ 80 đến dưới 90 điểm', ['Mỹ Hiệp']],
    ]);
    expect(v.nguong).toBe('90 điểm');
  });

  it("a unit without its score: ranked by the on-time rate, banded only against the office's target", () => {
    const r = rollUp([input('Mỹ An', counts(100, 99), { score: 76.2 }), input('Mỹ Hiệp', counts(100, 85))]);
    expect(r.rankBy).toBe('ty-le-dung-han');
    expect(r.ranking.map((x) => x.unit)).toEqual(['Mỹ An', 'Mỹ Hiệp']);
    const none = rollupView(r) as { nhom: unknown[]; nguong?: string };
    expect(none.nhom).toEqual([]);
    expect(none.nguong).toBeUndefined();
    const withTarget = rollupView(r, 98) as { nhom: { ten: string; dieuKien: string; donVi: { ten: string }[] }[]; nguong: string };
    expect(withTarget.nhom.map((b) => [b.ten, b.dieuKien, b.donVi.map((u) => u.ten)])).toEqual([['Chưa đạt mục tiêu', 'dưới 98%', ['Mỹ Hiệp']]]);
    expect(withTarget.nguong).toBe('98%');
  });
});

describe('a unit its report does not name (issue 20 §2)', () => {
  it('is said, and the province report leaves its name blank: never a file name in a document', () => {
    const named = input('Mỹ An', { 'tiep-nhan': 10, 'da-giai-quyet': 8, 'dung-han': 8 });
    const unnamed: UnitInput = {
      ...input('x', { 'tiep-nhan': 20, 'da-giai-quyet': 10, 'dung-han': 9 }),
      name: undefined,
      fileName: 'bao-cao-tai-tu-cong-dvc',
      source: 'bao-cao-tai-tu-cong-dvc.xlsx',
    };
    const r = rollUp([named, unnamed]);
    expect(r.units.map((u) => u.unit)).toEqual(['Mỹ An', 'bao-cao-tai-tu-cong-dvc']);
    expect(r.findings.find((f) => f.rule === 'khong-ten')?.message).toContain('Báo cáo «bao-cao-tai-tu-cong-dvc.xlsx» không ghi tên đơn vị');
    const rows = rollupTable(r).rows.map((row) => row.cells[1]);
    expect(rows).toContain('……………');
    expect(rows).not.toContain('bao-cao-tai-tu-cong-dvc');
    const v = rollupView(r) as { dauBang: { ten: string }[] };
    expect(v.dauBang.map((x) => x.ten)).toEqual(['Mỹ An', '……………']);
  });
});
