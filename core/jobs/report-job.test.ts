import { describe, expect, it } from 'vitest';
import { sheet, workbook } from '../../test/helpers/grid';
import { checkJob } from './check-job';
import { reportJob } from './report-job';

const HEAD = ['Cấp', 'Tổng số tiếp nhận', 'Kỳ trước chuyển qua', 'Trong kỳ', 'Đã giải quyết', 'Đang giải quyết'];
const TEMPLATE = '---\nloai: bao-cao\n---\n# ~ Kết quả\nBáo cáo.\n';
const how = { otherSheet: 'chọn trang', seeErrors: 'xem', accept: 'chấp nhận' };
const run = (wb: ReturnType<typeof workbook>, sheetName: string) =>
  reportJob({ check: checkJob({ workbook: wb }), choices: { sheet: sheetName }, templateFor: () => TEMPLATE, name: 'x.xlsx', how });

describe('reportJob on one sheet of several', () => {
  it("another month's many findings never crowd out this month's error: the draft mark stays", async () => {
    // Tháng 1: 1.001 of its 2.002 rows do not add up (received ≠ carried + new): more than the check keeps.
    const bad = Array.from({ length: 2002 }, (_, i) => [`Xã ${i + 1}`, 100, 10, i % 2 ? 90 : 80, 70, 30]);
    const wb = workbook(sheet('Tháng 1', [HEAD, ...bad]), sheet('Tháng 2', [HEAD, ['Cấp xã', 130, 20, 100, 110, 20]]));
    expect(checkJob({ workbook: wb }).summary.truncated).toBe(true);
    const r = await run(wb, 'Tháng 2');
    expect(r.errors).toBe(1);
    expect(r.draft).toBe(true);
    expect(r.findings.every((f) => f.sheet === 'Tháng 2')).toBe(true);
  });

  it("another month's title gives this month no period", async () => {
    const wb = workbook(
      sheet('Tháng 1', [['Từ ngày 15/12/2023 đến ngày 14/01/2024'], [], HEAD, ['Cấp xã', 130, 20, 110, 110, 20]]),
      sheet('Tháng 2', [HEAD, ['Cấp xã', 140, 20, 120, 120, 20]]),
    );
    const feb = await run(wb, 'Tháng 2');
    expect(feb.settings.kyTu).toBe('');
    expect(feb.notes.map((n) => n.code)).not.toContain('tu-tieu-de');
    const jan = await run(wb, 'Tháng 1');
    expect(jan.settings.kyTu).toBe('15/12/2023');
  });
});
