/**
 * `bao-cao tong-hop` as other tools call it: a folder of unit workbooks in several layouts, a list of the units
 * expected, the previous period. Every expected number below is computed by hand from the figures written.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './helpers/cli';
import { writeBieu06, writeByLevel, writeFlat, writeFlatCsv, writeHtmlXls, type UnitFigures } from './helpers/unit-workbooks';

const MARCH = { kyTu: '01/03/2024', kyDen: '31/03/2024' };
const root = mkdtempSync(join(tmpdir(), 'tong-hop-'));
const units = join(root, 'thang-03');
const previous = join(root, 'thang-02');
const list = join(root, 'danh-sach.csv');

// Counted: Mỹ An, Tân Bình, An Lạc, Bình Thành (its own check fails), Tân Hòa (not in the list).
const MY_AN: UnitFigures = { kt: 10, moi: 190, tt: 150, trh: 100, dh: 78, qh: 2, dang: 20 }; // 178/180 = 98,89%
const TAN_BINH: UnitFigures = { kt: 5, moi: 95, tt: 60, trh: 50, dh: 30, qh: 10, dang: 10 }; // 80/90 = 88,89%
const AN_LAC: UnitFigures = { kt: 0, moi: 1000, tt: 900, trh: 700, dh: 200, qh: 50, dang: 50 }; // 900/950 = 94,74%
const BINH_THANH: UnitFigures = { kt: 20, moi: 270, tn: 300, tt: 200, trh: 200, dh: 70, qh: 10, dang: 20 }; // 270/280 = 96,43%; 20 + 270 ≠ 300
const TAN_HOA: UnitFigures = { kt: 0, moi: 400, tt: 380, trh: 300, dh: 100, qh: 0, dang: 0 }; // 100%
const HOA_LONG: UnitFigures = { kt: 1, moi: 49, tt: 10, trh: 40, dh: 5, qh: 0, dang: 5 };

beforeAll(async () => {
  buildCli();
  mkdirSync(units);
  mkdirSync(previous);
  // Name variants: NFD, "UBND xã", capitals in a file name, "Ủy ban nhân dân", a phường named by its file.
  await writeBieu06(join(units, 'bao-cao-01.xlsx'), MY_AN, { name: 'UBND xã Mỹ An'.normalize('NFD'), ...MARCH });
  writeFlatCsv(join(units, 'TAN-BINH.csv'), TAN_BINH);
  writeHtmlXls(join(units, 'phuong-an-lac.xls'), AN_LAC);
  await writeByLevel(join(units, 'bao-cao-04.xlsx'), BINH_THANH, { name: 'Ủy ban nhân dân xã Bình Thành', ...MARCH });
  await writeFlat(join(units, 'bao-cao-05.xlsx'), HOA_LONG, { name: 'UBND XÃ HÒA LONG', ...MARCH });
  await writeFlat(join(units, 'bao-cao-05-gui-lai.xlsx'), HOA_LONG, { name: 'ubnd xã hòa long', ...MARCH });
  await writeFlat(join(units, 'bao-cao-08.xlsx'), TAN_HOA, { name: 'UBND xã Tân Hòa', ...MARCH });
  writeFileSync(join(units, 'phu-dien.xlsx'), 'not a workbook at all');
  writeFileSync(join(units, 'ghi-chu.txt'), 'not read: not a workbook name');
  writeFileSync(list, '\uFEFFMã,Tên\nX01,Xã Mỹ An\nX02,Xã Tân Bình\nX03,Phường An Lạc\nX04,Xã Bình Thành\nX05,Xã Hòa Long\nX06,Xã Long Hậu\nX07,Xã Phú Điền\n');
  // The previous month: one unit, 1.880 received, 1.790 resolved (1.720 on time), 90 pending, online 1.500 / 1.840.
  await writeFlat(join(previous, 'my-an-thang-02.xlsx'), { kt: 40, moi: 1840, tt: 1500, trh: 1200, dh: 520, qh: 70, dang: 90 }, { name: 'UBND xã Mỹ An' });
}, 120_000);

const json = (...args: string[]) => {
  const r = runCli(['tong-hop', ...args, '--json']);
  return { ...r, j: r.out ? JSON.parse(r.out) : undefined };
};

describe('bao-cao tong-hop', () => {
  it('statuses, totals, ranking and comparison; exit 1 when a unit is missing, doubled, in error or unreadable', () => {
    const { code, err, j } = json(units, '--danh-sach', list, '--ky-truoc', previous);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(Object.keys(j)).toEqual(['units', 'total', 'indicators', 'ranking', 'comparison', 'findings']);
    expect(Object.keys(j.units[0])).toEqual(['unit', 'code', 'source', 'status', 'errors', 'counts']);
    const status = j.units.map((u: { unit: string; code: string | null; status: string }) => [u.code, u.unit, u.status]);
    expect(status).toEqual([
      ['X01', 'Xã Mỹ An', 'ok'],
      ['X02', 'Xã Tân Bình', 'ok'],
      ['X03', 'Phường An Lạc', 'ok'],
      ['X04', 'Xã Bình Thành', 'loi'],
      ['X05', 'Xã Hòa Long', 'trung'],
      ['X05', 'Xã Hòa Long', 'trung'],
      ['X06', 'Xã Long Hậu', 'thieu'],
      ['X07', 'Xã Phú Điền', 'khong-doc-duoc'],
      [null, 'UBND xã Tân Hòa', 'ngoai-danh-sach'],
    ]);
    const myAn = j.units[0];
    expect(myAn.source).toBe(join(units, 'bao-cao-01.xlsx'));
    expect(myAn.counts).toEqual({
      'tiep-nhan': 200,
      'ky-truoc': 10,
      'moi-tiep-nhan': 190,
      'truc-tuyen': 150,
      'da-giai-quyet': 180,
      'truoc-han': 100,
      'dung-han': 78,
      'qua-han': 2,
      'dang-giai-quyet': 20,
    });
    expect(j.units[3].errors).toBe(1);
    expect(j.units[6]).toEqual({ unit: 'Xã Long Hậu', code: 'X06', source: null, status: 'thieu', errors: 0, counts: {} });
    // Bình Thành's "300" as written is summed (its error is listed), the doubled Hòa Long and the unreadable file are not.
    expect(j.total).toEqual({
      units: 5,
      counts: {
        'tiep-nhan': 2000,
        'ky-truoc': 35,
        'moi-tiep-nhan': 1955,
        'truc-tuyen': 1690,
        'da-giai-quyet': 1900,
        'truoc-han': 1350,
        'dung-han': 478,
        'qua-han': 72,
        'dang-giai-quyet': 100,
      },
    });
    const total = j.indicators.filter((i: { scope: string }) => i.scope === 'Tổng hợp');
    expect(total.map((i: { id: string; text: string; numerator: number; denominator: number }) => [i.id, i.text, i.numerator, i.denominator])).toEqual([
      ['ty-le-dung-han', '96,21%', 1828, 1900],
      ['ty-le-qua-han', '3,79%', 72, 1900],
      ['ty-le-truc-tuyen', '86,45%', 1690, 1955],
    ]);
    // The indicators item shape of `indicators --json`, per unit too.
    expect(Object.keys(total[0])).toEqual(
      expect.arrayContaining(['id', 'label', 'scope', 'value', 'text', 'definition', 'numerator', 'denominator', 'sheet', 'table', 'source']),
    );
    expect(j.indicators.find((i: { scope: string; id: string }) => i.scope === 'Xã Tân Bình' && i.id === 'ty-le-dung-han').text).toBe('88,89%');
    expect(j.ranking).toEqual([
      { rank: 1, unit: 'UBND xã Tân Hòa', value: 100, text: '100%' },
      { rank: 2, unit: 'Xã Mỹ An', value: 98.888889, text: '98,89%' },
      { rank: 3, unit: 'Xã Bình Thành', value: 96.428571, text: '96,43%' },
      { rank: 4, unit: 'Phường An Lạc', value: 94.736842, text: '94,74%' },
      { rank: 5, unit: 'Xã Tân Bình', value: 88.888889, text: '88,89%' },
    ]);
    // Like for like (issue 20 §7): only Mỹ An reported last month, so the comparison is Mỹ An's own, never this
    // month's five units against last month's one: 10 + 190 = 200 received against 40 + 1.840 = 1.880.
    const cmp = Object.fromEntries(j.comparison.map((c: { id: string }) => [c.id, c]));
    expect(cmp['tiep-nhan']).toEqual({ id: 'tiep-nhan', current: 200, previous: 1880, delta: -1680, text: 'giảm 1.680 hồ sơ (89,4%)' });
    expect(cmp['ky-truoc'].text).toBe('giảm 30 hồ sơ (75%)');
    expect(cmp['da-giai-quyet'].text).toBe('giảm 1.610 hồ sơ (89,9%)');
    expect(cmp['dang-giai-quyet'].text).toBe('giảm 70 hồ sơ (77,8%)');
    // 178/180 − 1720/1790 = 98,8889 − 96,0894 points; 150/190 − 1500/1840 = 78,9474 − 81,5217.
    expect(cmp['ty-le-dung-han'].text).toBe('tăng 2,8 điểm phần trăm');
    expect(cmp['ty-le-dung-han'].delta).toBeCloseTo(2.799504, 5);
    expect(cmp['ty-le-truc-tuyen'].text).toBe('giảm 2,57 điểm phần trăm');
    expect(j.findings.find((f: { rule: string }) => f.rule === 'so-sanh-cung-don-vi').message).toBe(
      'So sánh với kỳ trước trên 1 đơn vị có báo cáo cả hai kỳ (không tính: Xã Tân Bình, Phường An Lạc, Xã Bình Thành, UBND xã Tân Hòa chỉ có báo cáo kỳ này).',
    );
    // The failing unit's own finding, with its source; the roll-up's own sentences.
    const own = j.findings.find((f: { rule: string }) => f.rule === 'tong-tiep-nhan');
    expect(own).toMatchObject({ source: join(units, 'bao-cao-04.xlsx'), unit: 'Xã Bình Thành', severity: 'error', sheet: 'Kết quả TTHC' });
    const rules = j.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['thieu', 'trung', 'khong-doc-duoc', 'ngoai-danh-sach']));
  });

  it('-o writes the province report: totals with the comparison, units by name, the bands, and the appendix table', async () => {
    const out = join(root, 'tong-hop.docx');
    const r = runCli(['tong-hop', units, '--danh-sach', list, '--ky-truoc', previous, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Đã tạo báo cáo tổng hợp: ${out}`);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    const text = xml
      .replace(/<w:tab\/>/g, ' ')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '');
    expect(text).toContain('Tổng hợp kết quả giải quyết thủ tục hành chính\ncủa các đơn vị từ ngày 01/3/2024 đến ngày 31/3/2024');
    // The header is left for the clerk, dotted: the province's name, number and day are not a commune's.
    expect(text).toContain('ỦY BAN NHÂN DÂN ……………\n');
    expect(text).toContain('Số:      /BC-UBND');
    expect(text).toContain('Số liệu được tổng hợp từ báo cáo của 5 đơn vị (tháng 03/2024), chi tiết tại Phụ lục kèm theo.');
    expect(text).toContain(
      '- Tổng số hồ sơ tiếp nhận: 2.000 hồ sơ, trong đó kỳ trước chuyển qua 35 hồ sơ, mới tiếp nhận 1.955 hồ sơ (trực tuyến: 1.690 hồ sơ, đạt 86,45%); so với kỳ trước giảm 1.680 hồ sơ (89,4%).',
    );
    expect(text).toContain(
      '- Số hồ sơ đã giải quyết: 1.900 hồ sơ, trong đó trước hạn 1.350 hồ sơ, đúng hạn 478 hồ sơ, quá hạn 72 hồ sơ; so với kỳ trước giảm 1.610 hồ sơ (89,9%).',
    );
    expect(text).toContain('- Tỷ lệ giải quyết trước hạn và đúng hạn đạt 96,21%, so với kỳ trước tăng 2,8 điểm phần trăm.');
    expect(text).toContain('So sánh với kỳ trước trên 1 đơn vị có báo cáo cả hai kỳ (không tính: ');
    expect(text).toContain('- Chưa gửi báo cáo (1 đơn vị): Xã Long Hậu.');
    expect(text).toContain('- Số liệu còn sai lệch, cần rà soát lại (1 đơn vị, vẫn được tổng hợp): Xã Bình Thành.');
    expect(text).toContain('- Gửi trùng báo cáo cho cùng kỳ, chưa tổng hợp (1 đơn vị): Xã Hòa Long.');
    expect(text).toContain('chưa tổng hợp: Xã Phú Điền.');
    expect(text).toContain('- Đơn vị không có trong danh sách, vẫn được tổng hợp: UBND xã Tân Hòa.');
    expect(text).toContain('- Dẫn đầu: UBND xã Tân Hòa (100%), Xã Mỹ An (98,89%), Xã Bình Thành (96,43%).');
    // Ranked by the on-time rate (no unit's workbook holds its Bộ chỉ số score), with no target: no band on a rate.
    expect(text).toContain('3. Xếp hạng các đơn vị theo tỷ lệ giải quyết trước hạn và đúng hạn:');
    expect(text).not.toContain('Số đơn vị đạt từ');
    expect(text).not.toContain('Cần chú ý');
    expect(text).not.toContain('Cần cải thiện gấp');
    // The appendix: one row per unit with its counts, rate and rank, then the total row.
    expect(text).toContain('TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CỦA CÁC ĐƠN VỊ');
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0].replace(/<[^>]+>/g, '')),
    );
    expect(rows).toContainEqual(['1', 'Xã Mỹ An', '200', '10', '190', '150', '180', '100', '78', '2', '20', '98,89%', '2', '']);
    expect(rows).toContainEqual(['4', 'Xã Bình Thành', '300', '20', '270', '200', '280', '200', '70', '10', '20', '96,43%', '3', 'Số liệu có lỗi']);
    expect(rows).toContainEqual(['7', 'Xã Long Hậu', '', '', '', '', '', '', '', '', '', '', '', 'Chưa có báo cáo']);
    expect(rows).toContainEqual(['', 'Tổng cộng', '2.000', '35', '1.955', '1.690', '1.900', '1.350', '478', '72', '100', '96,21%', '', '']);
  });

  it('exit 0 when every unit is counted and none has errors; exit 2 when nothing can be read or the command line is wrong', () => {
    const ok = json(join(units, 'bao-cao-01.xlsx'), join(units, 'bao-cao-08.xlsx'));
    expect(ok.code).toBe(0);
    expect(ok.j.units.map((u: { status: string }) => u.status)).toEqual(['ok', 'ok']);
    expect(ok.j.comparison).toEqual([]);
    expect(ok.j.total.counts['tiep-nhan']).toBe(600);

    const nothing = runCli(['tong-hop', join(units, 'phu-dien.xlsx')]);
    expect(nothing.code).toBe(2);
    expect(nothing.out).toBe('');
    expect(nothing.err.trim().split('\n')).toHaveLength(1);
    const empty = mkdtempSync(join(tmpdir(), 'tong-hop-rong-'));
    for (const args of [
      ['tong-hop'],
      ['tong-hop', units, '--bogus'],
      ['tong-hop', units, '--ky-truoc'],
      ['tong-hop', units, '--danh-sach'],
      ['tong-hop', empty],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).not.toMatch(/\bat \S+:\d+|Error:/);
    }
    const badList = join(root, 'sai.csv');
    writeFileSync(badList, 'Tên đơn vị\nXã Mỹ An\n');
    const r = runCli(['tong-hop', units, '--danh-sach', badList]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('Danh sách đơn vị «sai.csv» phải có dòng tiêu đề «Mã,Tên».');
  });

  it('lũy kế: three months of one unit give its year-to-date figures; a unit missing a month is said', async () => {
    const dir = join(root, 'luy-ke');
    mkdirSync(dir);
    const q1 = [
      [{ kt: 10, moi: 100, tt: 80, trh: 60, dh: 30, qh: 5, dang: 15 }, '01/01/2024', '31/01/2024'],
      [{ kt: 15, moi: 120, tt: 100, trh: 80, dh: 40, qh: 5, dang: 10 }, '01/02/2024', '29/02/2024'],
      [{ kt: 10, moi: 90, tt: 70, trh: 50, dh: 28, qh: 2, dang: 20 }, '01/03/2024', '31/03/2024'],
    ] as const;
    // Written out of order: the period decides which month is first.
    for (const [i, k] of [2, 0, 1].entries()) {
      const [f, kyTu, kyDen] = q1[k]!;
      await writeFlat(join(dir, `my-an-${i}.xlsx`), f, { name: 'UBND xã Mỹ An', kyTu, kyDen });
    }
    for (const k of [0, 2]) {
      const [f, kyTu, kyDen] = q1[k]!;
      await writeBieu06(join(dir, `tan-binh-${k}.xlsx`), f, { name: 'UBND xã Tân Bình', kyTu, kyDen });
    }
    const { code, j } = json(dir);
    expect(code).toBe(0);
    expect(j.units.map((u: { unit: string; status: string }) => [u.unit, u.status])).toEqual([
      ['UBND xã Mỹ An', 'ok'],
      ['UBND xã Tân Bình', 'ok'],
    ]);
    // Flows summed; kỳ trước from January, đang giải quyết from March; received = 10 + 310.
    expect(j.units[0].counts).toEqual({
      'tiep-nhan': 320,
      'ky-truoc': 10,
      'moi-tiep-nhan': 310,
      'truc-tuyen': 250,
      'da-giai-quyet': 300,
      'truoc-han': 190,
      'dung-han': 98,
      'qua-han': 12,
      'dang-giai-quyet': 20,
    });
    const messages = j.findings.map((f: { message: string }) => f.message);
    expect(messages).toContain('UBND xã Mỹ An: lũy kế các tháng 01/2024, 02/2024, 03/2024.');
    expect(messages).toContain('UBND xã Tân Bình: thiếu số liệu tháng 02/2024.');
    // Two reports of one unit for the same month are doubled, not summed.
    await writeFlat(join(dir, 'my-an-lai.xlsx'), q1[1]![0], { name: 'UBND xã Mỹ An', kyTu: '01/02/2024', kyDen: '29/02/2024' });
    const again = json(dir);
    expect(again.code).toBe(1);
    expect(again.j.units.filter((u: { status: string }) => u.status === 'trung')).toHaveLength(4);
  });

  it('a file named twice (the folder, and the file in it by another path) is one unit, read once', () => {
    const once = json(previous);
    const twice = json(previous, `${previous}/../${previous.split('/').pop()}/my-an-thang-02.xlsx`);
    expect(twice.code).toBe(once.code);
    expect(twice.j.units).toEqual(once.j.units);
    expect(twice.j.units.some((u: { status: string }) => u.status === 'trung')).toBe(false);
  });
});
