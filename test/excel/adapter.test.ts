/**
 * The Excel adapter (pane/hosts/excel.ts) over the fake Office.js: a fixed number of syncs per action whatever
 * the rows, the same grid and findings as the .xlsx reader, marks that leave the sheet exactly as it was (after
 * a reopening too), the user's own fills and comments kept, no value ever written, requests under 5 MB.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readWorkbookFile } from '../../cli/read';
import { checkWorkbook, computeIndicators, marksFor, type CellMark, type Workbook } from '../../core';
import { excelHost } from '../../pane/hosts/excel';
import { HostError, type Host } from '../../pane/host';
import { REPO_ROOT } from '../helpers/reference';
import { FakeExcel, NO_FILL, PAYLOAD_LIMIT, type FakeSheetInit } from './fake-excel';
import { fakeSheets } from './from-workbook';
import { SAMPLE_TABLE } from '../../core/sample/sample';

const g = globalThis as unknown as Record<string, unknown>;

function open(sheets: FakeSheetInit[], options: ConstructorParameters<typeof FakeExcel>[1] = {}): { fake: FakeExcel; host: Host } {
  const fake = new FakeExcel(sheets, options);
  fake.install(g);
  return { fake, host: excelHost() };
}

/** Counts the syncs of one action. */
async function syncsOf(fake: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = fake.syncs;
  await action();
  return fake.syncs - before;
}

const HEADER = ['Cấp', 'Tiếp nhận', 'Kỳ trước', 'Trong kỳ', 'Đã giải quyết', 'Đang giải quyết'];
function tthc(rows: number): FakeSheetInit {
  const values: unknown[][] = [['KẾT QUẢ GIẢI QUYẾT TTHC', '', '', '', '', ''], HEADER];
  for (let i = 0; i < rows; i++) values.push([`Xã ${i + 1}`, 10, 2, 8, 7, 3]);
  // Three wrong cells, at the top, the middle and the end: the same marks whatever the size.
  for (const r of [2, 2 + Math.floor(rows / 2), rows + 1]) values[r]![1] = 11;
  return { name: 'Kết quả TTHC', values, merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }] };
}

let lapVo: Workbook;
beforeEach(async () => {
  lapVo ??= await readWorkbookFile(join(REPO_ROOT, 'templates', 'lap-vo-thang-03-2024.xlsx'));
});

describe('reading', () => {
  it('gives the grid the .xlsx reader gives, so the same findings (the Lấp Vò C7 error)', async () => {
    const { host } = open(fakeSheets(lapVo));
    const wb = await host.readWorkbook();
    const viaExcel = checkWorkbook(wb).findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.expected}`);
    const viaFile = checkWorkbook(lapVo).findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.expected}`);
    expect(viaExcel).toEqual(viaFile);
    expect(viaExcel.some((f) => f.startsWith('Kết quả TTHC!C7 '))).toBe(true);
  });

  it.each(['chau-thanh-nam-2020', 'thap-muoi-thang-11-2023', 'thap-muoi-thang-01-2024', 'bieu-06-lap-vo-thang-03-2024'])(
    '%s: the same tables, findings and indicators as from the file',
    async (name) => {
      const file = await readWorkbookFile(join(REPO_ROOT, 'templates', `${name}.xlsx`));
      const { host } = open(fakeSheets(file));
      const a = checkWorkbook(await host.readWorkbook());
      const b = checkWorkbook(file);
      expect(a.tables.map((t) => `${t.sheet}!${t.range} ${t.form}`)).toEqual(b.tables.map((t) => `${t.sheet}!${t.range} ${t.form}`));
      expect(a.findings).toEqual(b.findings);
      expect(computeIndicators(a.tables)).toEqual(computeIndicators(b.tables));
    },
  );

  it('takes the same number of syncs for 100 and 10.000 rows, at most 3, and writes nothing', async () => {
    const counts: number[] = [];
    for (const rows of [100, 10_000]) {
      const { fake, host } = open([tthc(rows), { name: 'Trống', values: [] }]);
      counts.push(await syncsOf(fake, () => host.readWorkbook()));
      expect(fake.valueWrites).toEqual([]);
      expect(fake.syncLog.every((s) => s.writes === 0)).toBe(true);
      expect(Math.max(...fake.syncLog.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('reads where the table starts, the merges (ExcelApi 1.13), dates, errors and percentages as shown', async () => {
    const values: unknown[][] = [[], [], ['', '', 'Ngày', 'Tỷ lệ', 'Lỗi'], ['', '', 45383, 0.9778, '#DIV/0!']];
    const formats = [[], [], [], ['', '', 'dd/mm/yyyy', '0.00%', 'General']];
    const { host } = open([{ name: 'S', values, formats, merges: [{ r0: 2, c0: 2, r1: 2, c1: 3 }] }]);
    const s = (await host.readWorkbook()).sheets[0]!;
    expect([s.originRow, s.originCol]).toEqual([2, 2]);
    expect(s.values[1]).toEqual(['01/04/2024', 0.9778, { error: '#DIV/0!' }]);
    expect(s.display?.[1]?.[1]).toBe('97,78%');
    expect(s.merges).toEqual([{ r0: 2, c0: 2, r1: 2, c1: 3 }]);
  });

  it('on a host without ExcelApi 1.13 it reads without merges instead of failing', async () => {
    const { host } = open([tthc(5)], { apiVersion: '1.12' });
    const s = (await host.readWorkbook()).sheets[0]!;
    expect(s.merges).toEqual([]);
    expect(s.values).toHaveLength(7);
  });

  it('a workbook too big for one 5 MB response is read in blocks, to the same grid', async () => {
    const big = tthc(60_000);
    big.values.forEach((r, i) => i > 1 && r.push('Ghi chú dài cho mỗi dòng để phình dữ liệu'.repeat(2)));
    const { fake, host } = open([big]);
    const wb = await host.readWorkbook();
    expect(fake.syncLog.some((s) => s.responseBytes > PAYLOAD_LIMIT)).toBe(true); // the first try was refused
    expect(fake.syncLog.slice(-1).every((s) => s.responseBytes < PAYLOAD_LIMIT)).toBe(true);
    const s = wb.sheets[0]!;
    expect(s.values).toHaveLength(60_002);
    expect(s.values[30_000]).toEqual(big.values[30_000]);
    expect(s.merges).toHaveLength(1);
  });
});

describe('marks', () => {
  const marksOf = async (host: Host) => marksFor(checkWorkbook(await host.readWorkbook()).findings);

  it('mark → clear leaves every value, fill and comment exactly as it was; no value is ever written', async () => {
    const sheet = tthc(50);
    const { fake, host } = open([sheet]);
    // The user's own formatting and comment, on cells the marks will cover.
    fake.sheet('Kết quả TTHC').fills.set('2,1', { ...NO_FILL, color: '#00B050', pattern: 'Gray50', patternColor: '#FF0000', tintAndShade: 0.4 });
    fake.comments.push({ id: '{user}', sheet: 'Kết quả TTHC', row: 27, col: 1, content: 'Chị Lan: số này đã hỏi lại xã', author: 'Lan' });
    const before = JSON.stringify(fake.snapshot());
    const marks = await marksOf(host);
    expect(marks.map((m) => `${m.row},${m.col}`)).toEqual(expect.arrayContaining(['2,1', '27,1', '51,1']));
    expect(await host.applyMarks(marks)).toEqual({ marked: marks.length });
    const s = fake.sheet('Kết quả TTHC');
    expect(s.fills.get('51,1')).toMatchObject({ color: '#F4CCCC', pattern: 'Solid' });
    expect(fake.comments.find((c) => c.row === 51)?.content).toContain('Báo cáo CCHC: Lỗi:');
    // The user's comment is kept as it was: that cell is marked by its fill alone.
    expect(fake.comments.filter((c) => c.row === 27)).toEqual([expect.objectContaining({ id: '{user}', content: 'Chị Lan: số này đã hỏi lại xã' })]);
    expect(JSON.stringify(fake.snapshot())).not.toBe(before);
    expect(await host.clearMarks()).toEqual({ restored: marks.length });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    expect(fake.valueWrites).toEqual([]);
    expect(fake.settings.baoCaoMarks).toBeUndefined();
  });

  it('marking twice puts the first marks back first: our marks never become "originals"', async () => {
    const { fake, host } = open([tthc(20)]);
    const before = JSON.stringify(fake.snapshot());
    const marks = await marksOf(host);
    await host.applyMarks(marks);
    await host.applyMarks(marks.slice(0, 1));
    expect(fake.comments).toHaveLength(1);
    await host.clearMarks();
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('"Xóa đánh dấu" works after the file was closed and opened again (the record is saved in the file)', async () => {
    const { fake, host } = open([tthc(20)]);
    const before = JSON.stringify(fake.snapshot());
    await host.applyMarks(await marksOf(host));
    fake.reopen();
    expect((await excelHost().clearMarks()).restored).toBeGreaterThan(0);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('a comment the user deleted, or a sheet renamed since, does not stop the clearing', async () => {
    const { fake, host } = open([tthc(20), { ...tthc(20), name: 'Bản sao' }]);
    const marks = await marksOf(host);
    await host.applyMarks(marks);
    fake.comments.splice(0, 1);
    fake.sheet('Bản sao').name = 'Đổi tên';
    const { restored } = await host.clearMarks();
    expect(restored).toBe(marks.filter((m) => m.sheet === 'Kết quả TTHC').length);
    expect(fake.sheet('Kết quả TTHC').fills.size).toBe(0);
    expect(fake.comments.filter((c) => c.sheet === 'Kết quả TTHC')).toEqual([]);
  });

  it('mark and clear take the same syncs for 100 and 10.000 rows, at most 4 each', async () => {
    const counts: number[][] = [];
    for (const rows of [100, 10_000]) {
      const { fake, host } = open([tthc(rows)]);
      const marks = await marksOf(host);
      expect(marks).toHaveLength(3);
      counts.push([await syncsOf(fake, () => host.applyMarks(marks)), await syncsOf(fake, () => host.clearMarks())]);
    }
    expect(counts[0]).toEqual(counts[1]);
    // Clearing reads the record from its part in a sync of its own.
    expect(Math.max(...counts[0]!)).toBeLessThanOrEqual(4);
  });

  it('a very large set of marks is written in requests under 5 MB, and cleared exactly', async () => {
    const { fake, host } = open([tthc(3_000)]);
    const before = JSON.stringify(fake.snapshot());
    const note = 'Báo cáo CCHC: Lỗi: ' + 'số liệu không khớp với tổng các cột, '.repeat(60);
    const marks: CellMark[] = Array.from({ length: 3_000 }, (_, i) => ({
      sheet: 'Kết quả TTHC',
      row: i + 2,
      col: 2,
      severity: 'error',
      fill: '#f4cccc',
      note,
    }));
    await host.applyMarks(marks);
    expect(fake.syncLog.every((s) => s.requestBytes < PAYLOAD_LIMIT)).toBe(true);
    expect(fake.syncLog.filter((s) => s.writes > 0).length).toBeGreaterThan(1); // it had to split
    expect(fake.comments).toHaveLength(3_000);
    await host.clearMarks();
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('marks whose record would not fit in the file are refused before anything is written', async () => {
    const { fake, host } = open([tthc(40_000)]);
    const before = JSON.stringify(fake.snapshot());
    const marks: CellMark[] = Array.from({ length: 40_000 }, (_, i) => ({
      sheet: 'Kết quả TTHC',
      row: i + 2,
      col: 1,
      severity: 'error',
      fill: '#f4cccc',
      note: 'x',
    }));
    await expect(host.applyMarks(marks)).rejects.toMatchObject({ code: 'too-large' });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    expect(fake.settings.baoCaoMarks).toBeUndefined();
  });

  it('a protected sheet is a permission error; what was written before it is still put back by clearing', async () => {
    // Excel applies a batch's commands up to the one that fails: the first sheet gets marked, the second refuses.
    const { fake, host } = open([tthc(10), { ...tthc(10), name: 'Bảo vệ' }]);
    fake.sheet('Bảo vệ').protected = true;
    const before = JSON.stringify(fake.snapshot());
    const err = await host.applyMarks(await marksOf(host)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('permission');
    expect(fake.markedCells().some((c) => c.startsWith('Kết quả TTHC!'))).toBe(true);
    fake.sheet('Bảo vệ').protected = false;
    await host.clearMarks();
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });
});

describe('marks: a write refused half way', () => {
  const marksOf = async (host: Host) => marksFor(checkWorkbook(await host.readWorkbook()).findings);
  const twoSheets = () => {
    const opened = open([tthc(10), { ...tthc(10), name: 'Bảo vệ' }]);
    // The user's own fill and comment on cells the marks cover, on both sheets.
    for (const name of ['Kết quả TTHC', 'Bảo vệ']) opened.fake.sheet(name).fills.set('2,1', { ...NO_FILL, color: '#00B050', pattern: 'Solid' });
    opened.fake.comments.push({ id: '{user}', sheet: 'Bảo vệ', row: 2, col: 1, content: 'Chị Lan: đã hỏi lại', author: 'Lan' });
    return opened;
  };

  it('a sheet still protected when clearing: every cell written elsewhere is put back, and no record is left', async () => {
    const { fake, host } = twoSheets();
    fake.sheet('Bảo vệ').protected = true;
    const before = JSON.stringify(fake.snapshot());
    await expect(host.applyMarks(await marksOf(host))).rejects.toMatchObject({ code: 'permission' });
    expect(fake.markedCells().some((c) => c.startsWith('Kết quả TTHC!'))).toBe(true);
    // The sheet still refuses: nothing was written there, so nothing needs writing back.
    expect((await host.clearMarks()).restored).toBe(3);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    expect(fake.customXml).toEqual([]);
    expect(fake.persisted.baoCaoMarks).toBeUndefined();
  });

  it('a request refused after the first ones went through: clearing, after a reopening, puts back everything written', async () => {
    const { fake, host } = open([tthc(10_000)]);
    const before = JSON.stringify(fake.snapshot());
    const note = 'Báo cáo CCHC: Lỗi: ' + 'số liệu không khớp với tổng các cột, '.repeat(60);
    const marks: CellMark[] = Array.from({ length: 10_000 }, (_, i) => ({
      sheet: 'Kết quả TTHC',
      row: i + 2,
      col: 2,
      severity: 'error',
      fill: '#f4cccc',
      note,
    }));
    fake.failNext('write', 'AccessDenied', 'You cannot perform the requested operation.', 1);
    await expect(host.applyMarks(marks)).rejects.toMatchObject({ code: 'permission' });
    const written = fake.markedCells().length;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(10_000);
    fake.reopen();
    expect(await excelHost().clearMarks()).toEqual({ restored: written });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    expect(fake.customXml).toEqual([]);
  });

  it('marking again after a marked sheet became protected: its older marks stay recorded until it can be cleared', async () => {
    const { fake, host } = twoSheets();
    const before = JSON.stringify(fake.snapshot());
    const marks = await marksOf(host);
    await host.applyMarks(marks);
    fake.sheet('Bảo vệ').protected = true;
    await expect(host.applyMarks(marks.filter((m) => m.sheet === 'Kết quả TTHC'))).rejects.toMatchObject({ code: 'permission' });
    await expect(host.clearMarks()).rejects.toMatchObject({ code: 'permission' });
    // The record stays until clearing succeeds: it still names the protected sheet's cells.
    expect(fake.customXml.map((p) => p.xml).join('')).toContain('Bảo vệ');
    fake.sheet('Bảo vệ').protected = false;
    await host.clearMarks();
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    expect(fake.customXml).toEqual([]);
  });

  it.each(['1.17', '1.4'])(
    'ExcelApi %s: marks too many to record, while a marked sheet is protected: the older marks stay recorded until they can be cleared',
    async (api) => {
      const { fake, host } = open([tthc(10), { ...tthc(10), name: 'Bảo vệ' }], { apiVersion: api });
      fake.sheet('Bảo vệ').fills.set('2,1', { ...NO_FILL, color: '#00B050', pattern: 'Solid' });
      const before = JSON.stringify(fake.snapshot());
      await host.applyMarks(await marksOf(host));
      fake.sheet('Bảo vệ').protected = true;
      const many: CellMark[] = Array.from({ length: 40_000 }, (_, i) => ({
        sheet: 'Kết quả TTHC',
        row: i + 2,
        col: 1,
        severity: 'error',
        fill: '#f4cccc',
        note: 'x',
      }));
      await expect(host.applyMarks(many)).rejects.toMatchObject({ code: 'too-large' });
      // The protected sheet's marks could not be put back: the record still names them.
      const record = fake.customXml.map((p) => p.xml).join('') + String(fake.persisted.baoCaoMarks ?? '');
      expect(record).toContain('Bảo vệ');
      fake.sheet('Bảo vệ').protected = false;
      fake.reopen();
      await excelHost().clearMarks();
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(fake.customXml).toEqual([]);
      expect(fake.persisted.baoCaoMarks).toBeUndefined();
    },
  );

  it.each(['clearing', 'marking again, then clearing'])(
    'two records in the workbook (two clerks marking at once in Excel on the web): %s puts back the cells of both, one part at most is left',
    async (how) => {
      const { fake, host } = open([tthc(20), { ...tthc(20), name: 'Bản sao' }]);
      fake.sheet('Bản sao').fills.set('2,1', { ...NO_FILL, color: '#00B050', pattern: 'Solid' });
      const before = JSON.stringify(fake.snapshot());
      const marks = await marksOf(host);
      // The other clerk's marks and part, which this session did not see when it marked.
      await host.applyMarks(marks.filter((m) => m.sheet === 'Bản sao'));
      const theirs = fake.customXml.splice(0);
      await excelHost().applyMarks(marks.filter((m) => m.sheet === 'Kết quả TTHC'));
      fake.customXml.push(...theirs);
      expect(fake.customXml).toHaveLength(2);
      if (how !== 'clearing') {
        await excelHost().applyMarks(marks);
        expect(fake.customXml).toHaveLength(1);
      }
      await excelHost().clearMarks();
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(fake.customXml).toEqual([]);
    },
  );

  it.each(['clearing', 'marking again, then clearing'])(
    'marks made in a part, then more on an Excel without ExcelApi 1.5 (in the settings): %s puts back both',
    async (how) => {
      const { fake, host } = open([tthc(20), { ...tthc(20), name: 'Bản sao' }]);
      const before = JSON.stringify(fake.snapshot());
      const marks = await marksOf(host);
      await host.applyMarks(marks.filter((m) => m.sheet === 'Kết quả TTHC'));
      expect(fake.customXml).toHaveLength(1);
      // The same file on a colleague's Office 2016: no parts there, the record goes to the settings.
      fake.options.apiVersion = '1.4';
      fake.reopen();
      await excelHost().applyMarks(marks.filter((m) => m.sheet === 'Bản sao'));
      expect(String(fake.persisted.baoCaoMarks)).toContain('Bản sao');
      fake.options.apiVersion = '1.17';
      fake.reopen();
      if (how !== 'clearing') await excelHost().applyMarks(marks);
      await excelHost().clearMarks();
      expect(JSON.stringify(fake.snapshot())).toBe(before);
      expect(fake.customXml).toEqual([]);
      expect(fake.persisted.baoCaoMarks).toBeUndefined();
    },
  );

  it('a record saved by the earlier version (the fill per cell, absent for none) still clears', async () => {
    const { fake, host } = open([tthc(5)]);
    const s = fake.sheet('Kết quả TTHC');
    s.fills.set('2,1', { ...NO_FILL, color: '#F4CCCC', pattern: 'Solid' });
    s.fills.set('3,1', { ...NO_FILL, color: '#F4CCCC', pattern: 'Solid' });
    fake.comments.push({ id: '{ours}', sheet: 'Kết quả TTHC', row: 2, col: 1, content: 'Báo cáo CCHC: Lỗi: x', author: 'Add-in' });
    const mine = { color: '#00B050', pattern: 'Gray50', patternColor: '#FF0000', tintAndShade: 0.4, patternTintAndShade: 0 };
    fake.settings.baoCaoMarks = JSON.stringify([
      { sheet: 'Kết quả TTHC', row: 2, col: 1 },
      { sheet: 'Kết quả TTHC', row: 3, col: 1, fill: mine },
    ]);
    expect(await host.clearMarks()).toEqual({ restored: 2 });
    expect(s.fills.has('2,1')).toBe(false);
    expect(s.fills.get('3,1')).toEqual({ ...NO_FILL, ...mine });
    expect(fake.comments).toEqual([]);
    // The settings' record is gone once used; nothing is left in the file.
    expect(fake.persisted.baoCaoMarks).toBeUndefined();
    expect(fake.customXml).toEqual([]);
  });

  it('an earlier version’s record in the settings, then a new marking: the part takes over, the settings are emptied', async () => {
    const { fake, host } = open([tthc(5)]);
    const before = JSON.stringify(fake.snapshot());
    const s = fake.sheet('Kết quả TTHC');
    s.fills.set('4,1', { ...NO_FILL, color: '#F4CCCC', pattern: 'Solid' });
    fake.settings.baoCaoMarks = JSON.stringify([{ sheet: 'Kết quả TTHC', row: 4, col: 1, fill: null, note: '' }]);
    await host.applyMarks(await marksOf(host));
    expect(fake.persisted.baoCaoMarks).toBeUndefined();
    expect(fake.customXml).toHaveLength(1);
    await host.clearMarks();
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });
});

describe('on the Excel the clerk has (DESIGN §5): older sets, comments refused, another add-in id', () => {
  const marksOf = async (host: Host) => marksFor(checkWorkbook(await host.readWorkbook()).findings);
  /** A sheet with the user's own solid colours inside the marked area and a comment of hers. */
  const userSheet = (options: ConstructorParameters<typeof FakeExcel>[1] = {}) => {
    const opened = open([tthc(30)], options);
    const s = opened.fake.sheet('Kết quả TTHC');
    s.fills.set('2,1', { ...NO_FILL, color: '#00B050', pattern: 'Solid' });
    s.fills.set('10,3', { ...NO_FILL, color: '#FFFF00', pattern: 'Solid' });
    opened.fake.comments.push({ id: '{user}', sheet: 'Kết quả TTHC', row: 16, col: 1, content: 'Chị Lan: đã hỏi lại xã', author: 'Lan' });
    return opened;
  };

  it('comments refused as not implemented: the cells are marked by their fill, the pane is told once, clearing is exact', async () => {
    const { fake, host } = userSheet({ comments: 'add' });
    const before = JSON.stringify(fake.snapshot());
    const marks = await marksOf(host);
    const first = await host.applyMarks(marks);
    expect(first).toEqual({ marked: marks.length, limits: ['fill-only'] });
    expect(fake.markedCells()).toHaveLength(marks.length);
    expect(fake.comments).toEqual([expect.objectContaining({ id: '{user}' })]);
    expect(fake.commentsRefused).toBe(1);
    // Marking again in the same pane does not try comments again, and is not told again by the host either way.
    expect(await host.applyMarks(marks)).toEqual({ marked: marks.length, limits: ['fill-only'] });
    expect(fake.commentsRefused).toBe(1);
    expect(await host.clearMarks()).toEqual({ restored: marks.length });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('comments not implemented at all (not even read): fill-only marks, and clearing is exact', async () => {
    const { fake, host } = userSheet({ comments: 'not-implemented' });
    fake.comments.length = 0; // no comment can exist where Excel has none
    const before = JSON.stringify(fake.snapshot());
    const marks = await marksOf(host);
    expect(await host.applyMarks(marks)).toEqual({ marked: marks.length, limits: ['fill-only'] });
    expect(fake.markedCells().length).toBeGreaterThan(0);
    expect(await host.clearMarks()).toEqual({ restored: marks.length });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('the record handed back re-serialised by Excel (its element under a prefix) is still read, and cleared exactly', async () => {
    const { fake, host } = userSheet();
    const before = JSON.stringify(fake.snapshot());
    await host.applyMarks(await marksOf(host));
    const part = fake.customXml[0]!;
    part.xml = part.xml.replace(/^<marks xmlns="([^"]+)">([\s\S]*)<\/marks>$/, '<?xml version="1.0"?><ns0:marks xmlns:ns0="$1">$2</ns0:marks>');
    expect(part.xml).toContain('<ns0:marks');
    expect((await excelHost().clearMarks()).restored).toBeGreaterThan(0);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('the record is the workbook’s: the add-in under another id (sideloaded, deployed) clears the marks exactly', async () => {
    const { fake, host } = userSheet();
    const before = JSON.stringify(fake.snapshot());
    await host.applyMarks(await marksOf(host));
    fake.reopen();
    fake.addinId = '00000000-0000-4000-8000-000000000001';
    expect(fake.settings).toEqual({}); // the settings of the first id are not this one's
    expect((await excelHost().clearMarks()).restored).toBeGreaterThan(0);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it.each(['1.4', '1.1'])('with only ExcelApi %s: reads the same findings, marks by fill, clears exactly, and says what it could not do', async (api) => {
    const { fake, host } = userSheet({ apiVersion: api });
    fake.comments.length = 0; // comments need ExcelApi 1.10
    const before = JSON.stringify(fake.snapshot());
    const wb = await host.readWorkbook();
    const full = open(fakeSheets(wb)).host;
    expect(checkWorkbook(wb).findings).toEqual(checkWorkbook(await full.readWorkbook()).findings);
    const marks = marksFor(checkWorkbook(wb).findings);
    expect(marks.length).toBeGreaterThan(2);
    fake.install(g);
    const again = excelHost();
    expect(await again.applyMarks(marks)).toEqual({ marked: marks.length, limits: ['fill-only', 'record-per-addin'] });
    expect(fake.sheet('Kết quả TTHC').fills.get('2,1')).toMatchObject({ color: '#F4CCCC' });
    expect(fake.customXml).toEqual([]);
    fake.reopen();
    expect(await excelHost().clearMarks()).toEqual({ restored: marks.length });
    expect(JSON.stringify(fake.snapshot())).toBe(before);
    expect(fake.persisted.baoCaoMarks).toBeUndefined();
  });

  it('a sheet of 5.000.000 cells or more, read as null by Excel, is read in blocks to the same grid', async () => {
    const big = tthc(10);
    // A stray value far down the sheet makes the used range 5.000.000 cells.
    const rows = 500_000;
    big.values = [...big.values, ...Array.from({ length: rows - big.values.length - 1 }, () => []), ['', '', '', '', '', '', '', '', '', 'x']];
    const { fake, host } = open([big]);
    const wb = await host.readWorkbook();
    expect(fake.syncLog.every((r) => r.responseBytes < PAYLOAD_LIMIT)).toBe(true);
    const findings = checkWorkbook(wb).findings.map((f) => `${f.cell} ${f.rule}`);
    const small = checkWorkbook(await open([tthc(10)]).host.readWorkbook()).findings.map((f) => `${f.cell} ${f.rule}`);
    expect(findings).toEqual(expect.arrayContaining(small));
  });
});

describe('select, settings, saving', () => {
  it('selects the cell on its sheet; a missing sheet is not-found', async () => {
    const { fake, host } = open(fakeSheets(lapVo));
    await expect(syncsOf(fake, () => host.select('Kết quả TTHC', 'C7'))).resolves.toBe(1);
    expect(fake.selected).toEqual({ sheet: 'Kết quả TTHC', address: 'C7' });
    expect(fake.active).toBe('Kết quả TTHC');
    await expect(host.select('Không có', 'A1')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps the report settings in the workbook across a reopening', async () => {
    const { fake, host } = open([tthc(3)]);
    expect(await host.loadSettings()).toBeUndefined();
    await host.saveSettings({ nguoiKy: 'Trương Thị Diệp' } as never);
    fake.reopen();
    expect(await excelHost().loadSettings()).toEqual({ nguoiKy: 'Trương Thị Diệp' });
  });

  it('on Excel for Mac, where the pane cannot download, saving says so instead of doing nothing', async () => {
    const { host } = open([tthc(3)], { platform: 'Mac' });
    await expect(host.saveReport('a.docx', new Uint8Array([1]), 'download')).rejects.toMatchObject({ code: 'download-blocked' });
  });

  it('a failed request is worded by its Office error code', async () => {
    const { fake, host } = open([tthc(3)]);
    fake.failNext('any', 'ActivityLimitReached');
    await expect(host.readWorkbook()).rejects.toMatchObject({ code: 'quota' });
  });
});

describe('the sample sheet ("Tạo trang mẫu")', () => {
  it("adds a NEW sheet holding the sample from A1, in 2 syncs; the user's sheets are never written", async () => {
    const { fake, host } = open([tthc(3)]);
    const before = fake.snapshot();
    const userSheet = JSON.stringify((before as { sheets: unknown[] }).sheets[0]);
    expect(await syncsOf(fake, () => host.addSampleSheet(SAMPLE_TABLE))).toBe(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Kết quả TTHC', 'Mẫu số liệu']);
    expect(JSON.stringify((fake.snapshot() as { sheets: unknown[] }).sheets[0])).toBe(userSheet);
    expect(fake.sheet('Mẫu số liệu').values).toEqual(SAMPLE_TABLE);
    expect(fake.valueWrites).toEqual([]);
    expect(fake.active).toBe('Mẫu số liệu');
    // The checker reads it: one more table, with no finding in it.
    const r = checkWorkbook(await host.readWorkbook());
    const sample = r.tables.filter((t) => t.sheet === 'Mẫu số liệu');
    expect(sample).toHaveLength(1);
    expect(r.findings.filter((f) => f.sheet === 'Mẫu số liệu')).toEqual([]);
  });

  it('picks a free name when "Mẫu số liệu" is taken (case aside)', async () => {
    const { fake, host } = open([
      { name: 'mẫu số liệu', values: [['của người dùng']] },
      { name: 'Mẫu số liệu (2)', values: [['cũng vậy']] },
    ]);
    expect(await host.addSampleSheet(SAMPLE_TABLE)).toEqual({ sheet: 'Mẫu số liệu (3)' });
    expect(fake.sheet('mẫu số liệu').values).toEqual([['của người dùng']]);
    expect(fake.sheet('Mẫu số liệu (2)').values).toEqual([['cũng vậy']]);
    expect(fake.valueWrites).toEqual([]);
  });
});
