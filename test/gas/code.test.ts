/**
 * The built gas-addon/dist/Code.js, run in node:vm against the fake services: the menu, batched reads whose
 * cost does not grow with the rows, marks that leave the sheet exactly as it was, and no value ever written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { FakeDocument, overTheWire, type FakeSheetInit } from './fake-apps-script';
import { REPO_ROOT } from '../helpers/reference';
import { SERVER_FUNCTIONS } from '../../gas-addon/contract';
import { marksFor, checkWorkbook, type SheetGrid } from '../../core';
import { SAMPLE_TABLE } from '../../core/sample/sample';

let code = '';
beforeAll(async () => {
  const { buildGas } = await import(join(REPO_ROOT, 'scripts', 'build-gas.mjs'));
  await buildGas();
  code = readFileSync(join(REPO_ROOT, 'gas-addon', 'dist', 'Code.js'), 'utf8');
});

/**
 * A script instance: a fresh vm context over the document (a new one = the file closed and reopened). The sidebar's
 * functions are called as google.script.run calls them: arguments and results over the wire, 6 minutes a call.
 */
function open(doc: FakeDocument): Record<string, (...a: unknown[]) => any> {
  const ctx = vm.createContext({ JSON, Math, Object, Array, String, Number, Error, RegExp, Map, Set, ...doc.globals() });
  vm.runInContext(code, ctx);
  const fns = ctx as unknown as Record<string, (...a: unknown[]) => any>;
  const out: Record<string, (...a: unknown[]) => any> = { ...fns };
  for (const name of SERVER_FUNCTIONS) out[name] = (...args: unknown[]) => doc.serverCall(fns[name]!, ...args);
  for (const name of Object.keys(fns)) if (!(name in out)) out[name] = fns[name]!;
  return out;
}

/** The sidebar's Google host over a script instance: google.script.run as the sidebar has it, each call on a later tick. */
async function sidebarOver(doc: FakeDocument): Promise<{ readWorkbook(): Promise<unknown> }> {
  const gas = open(doc);
  const runner = (ok?: (v: unknown) => void, bad?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get: (_, name: string) =>
          name === 'withSuccessHandler'
            ? (f: (v: unknown) => void) => runner(f, bad)
            : name === 'withFailureHandler'
              ? (f: (e: unknown) => void) => runner(ok, f)
              : (...args: unknown[]) =>
                  setTimeout(() => {
                    let out: unknown;
                    try {
                      out = gas[name]!(...args);
                    } catch (e) {
                      return bad?.(e);
                    }
                    ok?.(out);
                  }, 0),
      },
    );
  (globalThis as Record<string, unknown>).google = { script: { run: runner() } };
  // The pane's own module (a DOM project, outside this one's type-check), as the sidebar bundles it.
  const { gasHost } = await import(join(REPO_ROOT, 'pane', 'hosts', 'gas.ts'));
  return gasHost();
}

const HEADER = ['Cấp', 'Tiếp nhận', 'Kỳ trước', 'Trong kỳ', 'Đã giải quyết', 'Đang giải quyết'];
function table(rows: number): unknown[][] {
  const out: unknown[][] = [['KẾT QUẢ', '', '', '', '', ''], HEADER];
  for (let i = 0; i < rows; i++) out.push([`Xã ${i + 1}`, 10, 2, 8, 7, 3]);
  return out;
}
const sheet = (name: string, rows: number, extra: Partial<FakeSheetInit> = {}): FakeSheetInit => ({ name, values: table(rows), merges: ['A1:F1'], ...extra });

describe('Code.js', () => {
  it('has no module syntax left, and every entry point is a top-level function', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    for (const f of [...SERVER_FUNCTIONS, 'onOpen', 'onInstall', 'baoCaoOpenCheck', 'baoCaoOpenReport', 'baoCaoOpenPane']) {
      expect(code).toMatch(new RegExp(`^function ${f}\\(`, 'm'));
    }
    expect(code.length).toBeLessThan(50 * 1024);
    // The marks are planned by the core, bundled in: not a second planner in the server.
    expect(code).toMatch(/function planMarks\(/);
    expect(code).toMatch(/function planRestore\(/);
  });

  it('onOpen builds the menu "Báo cáo CCHC" and touches nothing else', () => {
    const doc = new FakeDocument([sheet('S', 3)]);
    open(doc).onOpen!({ authMode: 'NONE' });
    expect(doc.menus).toEqual([
      {
        title: 'Báo cáo CCHC',
        items: [
          ['Kiểm tra số liệu', 'baoCaoOpenCheck'],
          ['Tạo báo cáo', 'baoCaoOpenReport'],
          ['Mở Báo cáo CCHC', 'baoCaoOpenPane'],
        ],
      },
    ]);
    expect(doc.log).toEqual(['SpreadsheetApp.getUi']);
  });

  it('opens the sidebar on the tab the menu item names', () => {
    const doc = new FakeDocument([sheet('S', 3)]);
    open(doc).baoCaoOpenReport!();
    expect(doc.sidebars).toEqual(['<html><meta name="bao-cao-tab" content="report"></html>']);
  });

  it('hands the sidebar the .docx writer on demand, kept out of the sidebar itself', async () => {
    const doc = new FakeDocument([sheet('S', 3)]);
    const gas = open(doc);
    expect(gas.baoCaoScript!('docx-writer')).toBe(doc.docxWriterJs);
    expect(gas.baoCaoScript!('docx-preview')).toContain('__baoCaoPreview');
    // Every script the build writes is one the server hands out, and exists in dist.
    const { GAS_SCRIPT_FILES } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
    for (const [name, file] of Object.entries(GAS_SCRIPT_FILES as Record<string, string>)) {
      expect(() => gas.baoCaoScript!(name), name).not.toThrow();
      expect(readFileSync(join(REPO_ROOT, 'gas-addon', 'dist', `${file}.html`), 'utf8').length, file).toBeGreaterThan(1000);
    }
    expect(() => gas.baoCaoScript!('khac')).toThrow(/^not-found: /);
    // The built files: the docx library (its WordprocessingML namespace) is in DocxWriter.html, not in the sidebar.
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    expect(readFileSync(join(REPO_ROOT, 'gas-addon', 'dist', 'DocxWriter.html'), 'utf8')).toContain(W);
    expect(readFileSync(join(REPO_ROOT, 'gas-addon', 'dist', 'Sidebar.html'), 'utf8')).not.toContain(W);
  });

  it('reads 100 and 10.000 rows with the same service calls, and gives the core its grid', () => {
    const small = new FakeDocument([sheet('S', 100), sheet('T', 5)]);
    const large = new FakeDocument([sheet('S', 10_000), sheet('T', 5)]);
    const a = open(small).baoCaoReadWorkbook!();
    const b = open(large).baoCaoReadWorkbook!();
    expect(large.log).toEqual(small.log);
    expect(small.log).toHaveLength(1 + 1 + 2 * 4); // getActive, getSheets, per sheet: range, values, display, merges
    expect(a.sheets[0].values).toHaveLength(102);
    expect(b.sheets[0].values).toHaveLength(10_002);
    expect(b.sheets[0].merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 5 }]);
    expect(b.sheets[0].values[0]).toEqual(['KẾT QUẢ', null, null, null, null, null]);
  });

  it('a very large workbook is read in parts, each well inside Google’s 6 minutes, and a sheet alone over them is said', () => {
    const doc = new FakeDocument(Array.from({ length: 12 }, (_, i) => sheet(`Xã ${i + 1}`, 100)));
    // Each sheet costs a minute to read (612 cells × 2 reads): twelve minutes for the whole workbook.
    doc.msPerCell = 60_000 / (102 * 6 * 2);
    const gas = open(doc);
    const parts: { sheets: SheetGrid[]; total: number; next?: number }[] = [];
    let from: number | undefined = 0;
    while (from !== undefined) {
      const part = gas.baoCaoReadWorkbook!(from);
      parts.push(part);
      from = part.next;
    }
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((p) => p.total === 12)).toBe(true);
    expect(parts.flatMap((p) => p.sheets.map((s) => s.name))).toEqual(doc.sheets.map((s) => s.name));
    // The same, in one call, is what Google stops.
    const once = new FakeDocument(Array.from({ length: 12 }, (_, i) => sheet(`Xã ${i + 1}`, 100)));
    once.msPerCell = doc.msPerCell;
    const readAll = () =>
      once.sheets.forEach((s) => {
        const r = s.api().getDataRange();
        r.getValues();
        r.getDisplayValues();
      });
    expect(() => once.serverCall(readAll)).toThrow('Exceeded maximum execution time');
  });

  it('one sheet longer than six minutes by itself: Google ends the call with its own words, the sidebar says it in Vietnamese', async () => {
    const huge = new FakeDocument([sheet('Lớn', 100)]);
    huge.msPerCell = (7 * 60_000) / (102 * 6);
    // No catch of the script runs past the 6 minutes: the call fails with Google's message.
    expect(() => open(huge).baoCaoReadWorkbook!(0)).toThrow('Exceeded maximum execution time');
    const err = await (await sidebarOver(huge)).readWorkbook().catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'HostError', code: 'too-large', advice: expect.stringMatching(/^Một trang tính quá lớn để Google đọc trong 6 phút/) });
  });

  it('crosses google.script.run as Google carries it: a Date in an argument fails, in a result is null; undefined in arrays is null', () => {
    expect(() => overTheWire([{ at: new Date() }], 'argument')).toThrow(/illegal value/);
    expect(() => overTheWire([() => 1], 'argument')).toThrow(/illegal value/);
    expect(overTheWire({ sheets: [{ values: [[new Date()]] }] }, 'result')).toBeNull();
    expect(overTheWire([1, undefined, 'a'], 'argument')).toEqual([1, null, 'a']);
    expect(overTheWire({ a: undefined, b: 2 }, 'result')).toEqual({ b: 2 });
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => overTheWire(loop, 'argument')).toThrow(/illegal value/);
  });

  it('maps dates, error values and percentages as the core expects', () => {
    const doc = new FakeDocument([{ name: 'S', values: [[new Date(2024, 2, 12), '#REF!', 0.9738, '']], display: { C1: '97,38%' } }]);
    const g: SheetGrid = open(doc).baoCaoReadWorkbook!().sheets[0];
    expect(g.values).toEqual([['12/03/2024', { error: '#REF!' }, 0.9738, null]]);
    expect(g.display).toEqual([[undefined, undefined, '97,38%']]);
  });

  it('mark → clear leaves values, fills and notes exactly as before, even across a reopening', () => {
    const init = sheet('S', 20, { backgrounds: { B4: '#00ff00', C5: '#123456' }, notes: { B4: 'ghi chú của tôi', D9: 'khác' } });
    const doc = new FakeDocument([init, sheet('T', 3)]);
    const before = doc.sheets.map((s) => JSON.stringify([s.values, s.backgrounds, s.notes]));
    const marks = [
      { sheet: 'S', row: 3, col: 1, severity: 'error' as const, fill: '#f4cccc', note: 'Báo cáo CCHC: Lỗi' },
      { sheet: 'S', row: 4, col: 2, severity: 'warning' as const, fill: '#fff2cc', note: 'Báo cáo CCHC: Cảnh báo' },
      { sheet: 'T', row: 2, col: 0, severity: 'error' as const, fill: '#f4cccc', note: 'Báo cáo CCHC: Lỗi' },
    ];
    const script = open(doc);
    expect(script.baoCaoApplyMarks!(marks)).toEqual({ marked: 3 });
    expect(doc.sheets[0]!.backgrounds[3]![1]).toBe('#f4cccc');
    expect(doc.sheets[0]!.notes[3]![1]).toBe('Báo cáo CCHC: Lỗi');
    expect(script.baoCaoApplyMarks!(marks)).toEqual({ marked: 3 }); // marking again does not save our own marks as "originals"
    expect(open(doc).baoCaoClearMarks!()).toEqual({ restored: 3 }); // a new instance: the file was reopened
    expect(doc.sheets.map((s) => JSON.stringify([s.values, s.backgrounds, s.notes]))).toEqual(before);
    expect(doc.log.filter((c) => /setValue|setFormula/.test(c))).toEqual([]);
    expect([...doc.properties.keys()]).toEqual([]);
  });

  it('one batched write of fills per colour and one of notes per sheet; 600 marks are kept across several properties', () => {
    const doc = new FakeDocument([sheet('S', 700)]);
    const marks = Array.from({ length: 600 }, (_, i) => ({
      sheet: 'S',
      row: 2 + i,
      col: 1,
      severity: 'error' as const,
      fill: '#f4cccc',
      note: `Báo cáo CCHC: lỗi ở dòng ${i + 3}`,
    }));
    const script = open(doc);
    doc.log.length = 0;
    script.baoCaoApplyMarks!(marks);
    expect(doc.log.filter((c) => /^(?:Range|RangeList)\.set(?:Backgrounds?|Notes?)$/.test(c))).toEqual(['RangeList.setBackground', 'Range.setNotes']);
    expect(doc.log.filter((c) => c === 'Properties.setProperties')).toHaveLength(1);
    expect(Number(doc.properties.get('baoCaoMarks.count'))).toBeGreaterThan(1);
    expect(open(doc).baoCaoClearMarks!()).toEqual({ restored: 600 });
    expect(doc.sheets[0]!.notes.flat().every((n) => n === '')).toBe(true);
  });

  it('only the marked cells get a fill; the cells between them keep no fill (their gridlines), and clearing resets with null', () => {
    // Sheets reads no fill as "#ffffff" but writing "#ffffff" sets a white fill that hides the gridlines (issue 21 §1).
    const doc = new FakeDocument([sheet('S', 10, { backgrounds: { C4: '#00ff00', E6: '#ffffff' } })]);
    const marks = [
      { sheet: 'S', row: 1, col: 1, severity: 'error' as const, fill: '#f4cccc', note: 'Báo cáo CCHC: Lỗi' },
      { sheet: 'S', row: 7, col: 5, severity: 'warning' as const, fill: '#fff2cc', note: 'Báo cáo CCHC: Cảnh báo' },
    ];
    open(doc).baoCaoApplyMarks!(marks);
    const bgs = doc.sheets[0]!.backgrounds;
    expect(bgs[1]![1]).toBe('#f4cccc');
    expect(bgs[7]![5]).toBe('#fff2cc');
    // Inside the box from B2 to F8: no cell painted white, the user's green untouched.
    expect(bgs[4]![3]).toBeNull();
    expect(bgs[3]![2]).toBe('#00ff00');
    expect(bgs.flat().filter((b) => b !== null)).toHaveLength(4);
    open(doc).baoCaoClearMarks!();
    expect(doc.sheets[0]!.backgrounds[1]![1]).toBeNull();
    expect(doc.sheets[0]!.backgrounds[7]![5]).toBeNull();
    expect(doc.sheets[0]!.backgrounds[3]![2]).toBe('#00ff00');
    // An explicit white fill was never touched (it lies between the marks, not under one).
    expect(doc.sheets[0]!.backgrounds[5]![4]).toBe('#ffffff');
  });

  it("the record of users' Vietnamese notes under the marks is kept in values of at most 9 KB in UTF-8 bytes", () => {
    // Each original note: 60 letters, most of them two or three bytes: 8.000 letters would be over 9 KB.
    const note = 'Ghi chú của người dùng: số liệu đã được đối chiếu với sổ theo dõi hồ sơ tháng này';
    const notes = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`B${i + 2}`, `${note} (${i})`]));
    const doc = new FakeDocument([sheet('S', 310, { notes })]);
    const marks = Array.from({ length: 300 }, (_, i) => ({
      sheet: 'S',
      row: 1 + i,
      col: 1,
      severity: 'error' as const,
      fill: '#f4cccc',
      note: 'Báo cáo CCHC: Lỗi',
    }));
    expect(open(doc).baoCaoApplyMarks!(marks)).toEqual({ marked: 300 });
    for (const v of doc.properties.values()) expect(new TextEncoder().encode(v).length).toBeLessThanOrEqual(9 * 1024);
    expect(open(doc).baoCaoClearMarks!()).toEqual({ restored: 300 });
    expect(doc.sheets[0]!.notes[1]![1]).toBe(`${note} (0)`);
  });

  it('marks whose record would not fit in the properties are refused before anything is written', () => {
    const doc = new FakeDocument([sheet('S', 9000)]);
    const before = JSON.stringify([doc.sheets[0]!.backgrounds, doc.sheets[0]!.notes]);
    const marks = Array.from({ length: 9000 }, (_, i) => ({
      sheet: 'S',
      row: 2 + i,
      col: 1,
      severity: 'error' as const,
      fill: '#f4cccc',
      note: 'Báo cáo CCHC: lỗi',
    }));
    expect(() => open(doc).baoCaoApplyMarks!(marks)).toThrow(/^too-large: /);
    expect(JSON.stringify([doc.sheets[0]!.backgrounds, doc.sheets[0]!.notes])).toBe(before);
  });

  it('a store already holding much (the report settings): said in Vietnamese before anything is written, not Google’s quota error', () => {
    const doc = new FakeDocument([sheet('S', 2000)]);
    // 460 KB of other properties: what is left cannot hold 1.500 marks with Vietnamese notes.
    for (let i = 0; i < 51; i++) doc.properties.set(`other.${i}`, 'ữ'.repeat(3000));
    const before = JSON.stringify([doc.sheets[0]!.backgrounds, doc.sheets[0]!.notes]);
    const marks = Array.from({ length: 1500 }, (_, i) => ({
      sheet: 'S',
      row: 2 + i,
      col: 1,
      severity: 'error' as const,
      fill: '#f4cccc',
      note: 'Báo cáo CCHC: Lỗi: số liệu không khớp',
    }));
    let message = '';
    try {
      open(doc).baoCaoApplyMarks!(marks);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^too-large: Bộ nhớ Google lưu kèm bảng tính \(500 KB\) đã dùng 4\d\d KB/);
    expect(message).toContain('ghi nhớ 1.500 ô');
    expect(message).toContain('Chưa ô nào bị đánh dấu');
    expect(JSON.stringify([doc.sheets[0]!.backgrounds, doc.sheets[0]!.notes])).toBe(before);
    expect([...doc.properties.keys()].some((k) => k.startsWith('baoCaoMarks'))).toBe(false);
  });

  it('5.000 marks with Vietnamese notes stay within Google’s limits (9 KB a value, 500 KB in all), and clear exactly', () => {
    const doc = new FakeDocument([sheet('S', 5000, { backgrounds: { B100: '#00ff00' }, notes: { B200: 'Ghi chú của chị Lan' } })]);
    const before = JSON.stringify([doc.sheets[0]!.values, doc.sheets[0]!.backgrounds, doc.sheets[0]!.notes]);
    const marks = Array.from({ length: 5000 }, (_, i) => ({
      sheet: 'S',
      row: 2 + i,
      col: 1,
      severity: 'error' as const,
      fill: '#f4cccc',
      note: `Báo cáo CCHC: Lỗi: dòng «Xã ${i + 1}» cột «Tiếp nhận» ghi 10, đúng ra 11`,
    }));
    const gas = open(doc);
    expect(gas.baoCaoApplyMarks!(marks)).toEqual({ marked: 5000 });
    const bytes = (t: string) => Buffer.byteLength(t, 'utf8');
    for (const v of doc.properties.values()) expect(bytes(v)).toBeLessThanOrEqual(9 * 1024);
    expect([...doc.properties].reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0)).toBeLessThanOrEqual(500 * 1024);
    expect(open(doc).baoCaoClearMarks!()).toEqual({ restored: 5000 });
    expect(JSON.stringify([doc.sheets[0]!.values, doc.sheets[0]!.backgrounds, doc.sheets[0]!.notes])).toBe(before);
  });

  it('report settings over 9 KB in UTF-8 (Vietnamese text under 9.000 letters) are refused in Vietnamese, not by Google', () => {
    const doc = new FakeDocument([sheet('S', 3)]);
    const long = { donVi: 'Xã Mỹ An', ketQua: 'Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân. '.repeat(120) };
    expect(JSON.stringify(long).length).toBeLessThan(9000);
    expect(() => open(doc).baoCaoSaveSettings!(long)).toThrow(/^too-large: Thông tin báo cáo quá dài/);
  });

  describe('a sheet refusing the writes half way (protected)', () => {
    const state = (doc: FakeDocument) => doc.sheets.map((s) => JSON.stringify([s.values, s.backgrounds, s.notes]));
    const mk = (sheet: string, row: number, col: number, note = 'Báo cáo CCHC: Lỗi') => ({
      sheet,
      row,
      col,
      severity: 'error' as const,
      fill: '#f4cccc',
      note,
    });
    const MARKS = [mk('S', 3, 1), mk('S', 4, 2), mk('T', 2, 0), mk('T', 5, 3)];
    const twoSheets = () =>
      new FakeDocument([
        sheet('S', 10, { backgrounds: { B4: '#00ff00' }, notes: { B4: 'ghi chú của tôi' } }),
        sheet('T', 10, { backgrounds: { A3: '#123456' }, notes: { D6: 'của T' } }),
      ]);

    it('the record is saved before the writes: clearing puts back every cell written, while the sheet still refuses, and leaves no record', () => {
      const doc = twoSheets();
      const before = state(doc);
      doc.sheets[1]!.protect();
      expect(() => open(doc).baoCaoApplyMarks!(MARKS)).toThrow(/^permission: Bạn không có quyền sửa trang tính này/);
      expect(doc.sheets[0]!.backgrounds[3]![1]).toBe('#f4cccc'); // the first sheet was marked before the second refused
      expect(open(doc).baoCaoClearMarks!()).toEqual({ restored: 2 });
      expect(state(doc)).toEqual(before);
      expect([...doc.properties.keys()]).toEqual([]);
    });

    it('fills written but notes refused: clearing puts the fills back and leaves the notes, never written, alone', () => {
      const doc = twoSheets();
      const before = state(doc);
      doc.sheets[1]!.protect('setNotes');
      expect(() => open(doc).baoCaoApplyMarks!(MARKS)).toThrow(/^permission: /);
      expect(doc.sheets[1]!.backgrounds[2]![0]).toBe('#f4cccc');
      expect(open(doc).baoCaoClearMarks!()).toEqual({ restored: 4 });
      expect(state(doc)).toEqual(before);
      expect([...doc.properties.keys()]).toEqual([]);
    });

    it('marking again while a marked sheet became protected: the older marks stay recorded; a clear that is refused there keeps them for the next try', () => {
      const doc = twoSheets();
      const before = state(doc);
      open(doc).baoCaoApplyMarks!(MARKS);
      doc.sheets[1]!.protect();
      // The marks of T are out of date and must be put back, which T refuses.
      expect(() => open(doc).baoCaoApplyMarks!([mk('S', 3, 1, 'Báo cáo CCHC: mới')])).toThrow(/^permission: /);
      expect(() => open(doc).baoCaoClearMarks!()).toThrow(/^permission: /);
      expect(state(doc)[0]).toBe(before[0]); // S is put back all the same
      expect(doc.properties.size).toBeGreaterThan(0); // T's cells are still recorded
      doc.sheets[1]!.refuses.clear();
      expect(open(doc).baoCaoClearMarks!()).toEqual({ restored: 2 });
      expect(state(doc)).toEqual(before);
      expect([...doc.properties.keys()]).toEqual([]);
    });

    it('a record saved by the earlier version ({bg, note} per cell) still clears', () => {
      const doc = new FakeDocument([sheet('S', 5, { backgrounds: { B3: '#f4cccc' }, notes: { B3: 'Báo cáo CCHC: Lỗi' } })]);
      doc.properties.set('baoCaoMarks.count', '1');
      doc.properties.set('baoCaoMarks.0', JSON.stringify([{ sheet: 'S', row: 2, col: 1, bg: '#00ff00', note: 'của tôi' }]));
      expect(open(doc).baoCaoClearMarks!()).toEqual({ restored: 1 });
      expect([doc.sheets[0]!.backgrounds[2]![1], doc.sheets[0]!.notes[2]![1]]).toEqual(['#00ff00', 'của tôi']);
      expect([...doc.properties.keys()]).toEqual([]);
    });
  });

  it('marks the core computes for the Lấp Vò inconsistency land on the right cell', () => {
    const values = [
      ['Cấp', 'Tiếp nhận', 'Kỳ trước', 'Trong kỳ', 'Đã giải quyết', 'Đang giải quyết'],
      ['Cấp huyện', 308, 65, 243, 225, 83],
      ['Cấp xã', '1.886', 80, 1806, 1722, 154],
    ];
    const doc = new FakeDocument([{ name: 'Kết quả TTHC', values }]);
    const script = open(doc);
    const wb = script.baoCaoReadWorkbook!();
    const marks = marksFor(checkWorkbook(wb).findings);
    script.baoCaoApplyMarks!(JSON.parse(JSON.stringify(marks)));
    expect(doc.sheets[0]!.notes[2]![1]).toContain('1.876');
    expect(doc.sheets[0]!.values).toEqual(values);
  });

  it('a refused Drive save is said as a refusal of Drive, not as a missing right on the sheet', () => {
    const doc = new FakeDocument([sheet('S', 3)]);
    doc.driveRefusal = 'Insufficient permissions for this file';
    expect(() => open(doc).baoCaoSaveReport!('a.docx', Buffer.from('PK').toString('base64'))).toThrow(/^drive-permission: Google Drive không cho lưu tệp/);
    doc.driveRefusal = 'The user has exceeded their Drive storage quota';
    expect(() => open(doc).baoCaoSaveReport!('a.docx', Buffer.from('PK').toString('base64'))).toThrow(/^drive-permission: /);
  });

  it('select, save to Drive and the settings', () => {
    const doc = new FakeDocument([sheet('S', 3)]);
    const script = open(doc);
    script.baoCaoSelect!('S', 'C7');
    expect(doc.active).toEqual({ sheet: 'S', a1: 'C7' });
    const r = script.baoCaoSaveReport!('bao-cao.docx', Buffer.from('PK\u0003\u0004 docx').toString('base64'));
    expect(r.url).toMatch(/^https:\/\/drive\.google\.com\//);
    expect(Buffer.from(doc.files.find((f) => f.name === 'bao-cao.docx')!.bytes.map((b) => b & 255)).toString()).toBe('PK\u0003\u0004 docx');
    expect(script.baoCaoLoadSettings!()).toBeNull();
    script.baoCaoSaveSettings!({ nguoiKy: 'Nguyễn Văn A' });
    expect(open(doc).baoCaoLoadSettings!()).toEqual({ nguoiKy: 'Nguyễn Văn A' });
    expect(() => script.baoCaoSelect!('Không có', 'A1')).toThrow(/^not-found: Không còn trang «Không có»/);
  });

  it('a viewer without edit rights gets the Vietnamese permission message', () => {
    const doc = new FakeDocument([sheet('S', 3)]);
    doc.denyWrites = 'You do not have permission to access the requested document.';
    expect(() => open(doc).baoCaoApplyMarks!([{ sheet: 'S', row: 2, col: 1, severity: 'error', fill: '#f4cccc', note: 'x' }])).toThrow(
      /^permission: Bạn không có quyền sửa trang tính này/,
    );
  });

  describe('the sample sheet ("Tạo trang mẫu")', () => {
    it('adds a NEW sheet with the sample from A1, and never writes the existing ones', () => {
      const doc = new FakeDocument([sheet('S', 3, { notes: { B3: 'ghi chú của người dùng' } })]);
      const before = structuredClone({ values: doc.sheets[0]!.values, backgrounds: doc.sheets[0]!.backgrounds, notes: doc.sheets[0]!.notes });
      expect(open(doc).baoCaoAddSampleSheet!(SAMPLE_TABLE)).toEqual({ sheet: 'Mẫu số liệu' });
      expect(doc.sheets.map((s) => s.name)).toEqual(['S', 'Mẫu số liệu']);
      expect(doc.sheets[1]!.values).toEqual(SAMPLE_TABLE);
      expect({ values: doc.sheets[0]!.values, backgrounds: doc.sheets[0]!.backgrounds, notes: doc.sheets[0]!.notes }).toEqual(before);
      // One write, on the new sheet; no write method ever reached the user's sheet.
      expect(doc.log.filter((l) => l === 'Range.setValues')).toHaveLength(1);
      expect(doc.log).not.toContain('Range.setBackgrounds');
      expect(doc.log).not.toContain('Range.setNotes');
      // The checker finds the sample table, with no finding in it.
      const r = checkWorkbook(open(doc).baoCaoReadWorkbook!() as { sheets: SheetGrid[] });
      expect(r.tables.filter((t) => t.sheet === 'Mẫu số liệu')).toHaveLength(1);
      expect(r.findings.filter((f) => f.sheet === 'Mẫu số liệu')).toEqual([]);
    });

    it('picks a free name when "Mẫu số liệu" is taken; the sheets of those names keep their values', () => {
      const doc = new FakeDocument([
        { name: 'Mẫu số liệu', values: [['của người dùng']] },
        { name: 'mẫu số liệu (2)', values: [['cũng vậy']] },
      ]);
      expect(open(doc).baoCaoAddSampleSheet!(SAMPLE_TABLE)).toEqual({ sheet: 'Mẫu số liệu (3)' });
      expect(doc.sheets.map((s) => s.values)).toEqual([[['của người dùng']], [['cũng vậy']], SAMPLE_TABLE]);
    });

    it('a viewer without edit rights gets the permission message, and nothing is added', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      doc.denyWrites = 'You do not have permission to access the requested document.';
      expect(() => open(doc).baoCaoAddSampleSheet!(SAMPLE_TABLE)).toThrow(/^permission: /);
      expect(doc.sheets).toHaveLength(1);
    });
  });

  describe('saving in Drive', () => {
    const docx = Buffer.from('PK\u0003\u0004 docx').toString('base64');
    const FOLDER = 'application/vnd.google-apps.folder';

    it('into the folder "Báo cáo CCHC", created once and reused (also by a later opening)', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      open(doc).baoCaoSaveReport!('a.docx', docx, false);
      open(doc).baoCaoSaveReport!('b.docx', docx, false);
      const folders = doc.files.filter((f) => f.mimeType === FOLDER);
      expect(folders.map((f) => f.name)).toEqual(['Báo cáo CCHC']);
      const reports = doc.files.filter((f) => f.mimeType !== FOLDER);
      expect(reports.map((f) => [f.name, f.parents])).toEqual([
        ['a.docx', [folders[0]!.id]],
        ['b.docx', [folders[0]!.id]],
      ]);
    });

    it('returns the folder it saved in: «Báo cáo CCHC» when no folder was picked', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      const r = open(doc).baoCaoSaveReport!('a.docx', docx, false);
      expect(r).toEqual({ url: expect.stringMatching(/^https:\/\/drive\.google\.com\//), folder: 'Báo cáo CCHC', fileId: expect.any(String) });
    });

    it('saved again over an earlier report: the same .docx file gets the new content (its link kept, the old content a revision)', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      const first = open(doc).baoCaoSaveReport!('a.docx', docx, false);
      const second = open(doc).baoCaoSaveReport!('a.docx', Buffer.from('PK\u0003\u0004 lan 2').toString('base64'), false, first.fileId);
      expect(second).toEqual({ url: first.url, folder: 'Báo cáo CCHC', fileId: first.fileId, replaced: true });
      const reports = doc.files.filter((f) => f.mimeType !== FOLDER);
      expect(reports).toHaveLength(1);
      expect(Buffer.from(reports[0]!.bytes.map((b) => b & 255)).toString()).toBe('PK\u0003\u0004 lan 2');
      expect(reports[0]!.revisions).toHaveLength(1);
    });

    it('a Google Docs document replaced: the new one made in its folder, the earlier one in the trash', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      const first = open(doc).baoCaoSaveReport!('a.docx', docx, true);
      const second = open(doc).baoCaoSaveReport!('a.docx', docx, true, first.fileId);
      expect(second).toMatchObject({ folder: 'Báo cáo CCHC', replaced: true });
      expect(second.fileId).not.toBe(first.fileId);
      const old = doc.files.find((f) => f.id === first.fileId)!;
      const made = doc.files.find((f) => f.id === second.fileId)!;
      expect(old.trashed).toBe(true);
      expect(made.parents).toEqual(old.parents);
      expect(made.mimeType).toBe('application/vnd.google-apps.document');
    });

    it('replacing a report Drive no longer has (deleted or trashed): a new file, not an error', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      const first = open(doc).baoCaoSaveReport!('a.docx', docx, false);
      doc.files.find((f) => f.id === first.fileId)!.trashed = true;
      const again = open(doc).baoCaoSaveReport!('a.docx', docx, false, first.fileId);
      expect(again.replaced).toBeUndefined();
      expect(again.fileId).not.toBe(first.fileId);
      const gone = open(doc).baoCaoSaveReport!('a.docx', docx, false, 'no-such-file');
      expect(gone).toMatchObject({ folder: 'Báo cáo CCHC' });
      expect(gone.replaced).toBeUndefined();
    });

    it('the list of reports made is kept with the document, read back as saved, and refused past one property value', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      expect(open(doc).baoCaoLoadReports!()).toEqual([]);
      const list = [
        {
          name: 'a.docx',
          at: '2024-04-02T03:04:05.000Z',
          draft: true,
          kind: 'thang-644',
          where: 'drive' as const,
          url: 'https://drive.google.com/file/d/x/view',
          fileId: 'x',
        },
      ];
      open(doc).baoCaoSaveReports!(list);
      expect(open(doc).baoCaoLoadReports!()).toEqual(list);
      const long = Array.from({ length: 40 }, (_, i) => ({ ...list[0]!, name: `${'Báo cáo rất dài '.repeat(10)}${i}.docx` }));
      expect(() => open(doc).baoCaoSaveReports!(long)).toThrow(/^too-large: Danh sách báo cáo đã tạo quá dài/);
      expect(open(doc).baoCaoLoadReports!()).toEqual(list);
    });

    it('as a Google Docs document when asked: converted on upload, its link a Docs one', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      const r = open(doc).baoCaoSaveReport!('bao-cao.docx', docx, true);
      const file = doc.files.find((f) => f.mimeType !== FOLDER)!;
      expect(file.mimeType).toBe('application/vnd.google-apps.document');
      // The upload itself is the .docx; Drive converts it.
      expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(file.name).toBe('bao-cao');
      expect(r.url).toBe(`https://docs.google.com/document/d/${file.id}/edit`);
      // Without the option the file stays a .docx.
      open(doc).baoCaoSaveReport!('x.docx', docx, false);
      expect(doc.files.at(-1)!.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    });
  });

  describe('the folder the user picks (Google Picker)', () => {
    const docx = Buffer.from('PK\u0003\u0004 docx').toString('base64');
    const FOLDER = 'application/vnd.google-apps.folder';
    const withKeys = (doc: FakeDocument) => {
      doc.scriptProperties.set('PICKER_API_KEY', 'AIza-test-key');
      doc.scriptProperties.set('PICKER_APP_ID', '123456789012');
      return doc;
    };

    it('the Picker config is null until both script properties are set; then it carries the key, the app id and the token', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      expect(open(doc).baoCaoPickerConfig!()).toBeNull();
      expect(open(doc).baoCaoCanPickFolder!()).toBe(false);
      doc.scriptProperties.set('PICKER_API_KEY', 'AIza-test-key');
      expect(open(doc).baoCaoPickerConfig!()).toBeNull();
      expect(open(doc).baoCaoCanPickFolder!()).toBe(false);
      doc.scriptProperties.set('PICKER_APP_ID', '123456789012');
      // The sidebar's question gets a yes, and no token: only the dialog's gets the user's token.
      expect(open(doc).baoCaoCanPickFolder!()).toBe(true);
      expect(doc.log).not.toContain('ScriptApp.getOAuthToken');
      expect(open(doc).baoCaoPickerConfig!()).toEqual({ developerKey: 'AIza-test-key', appId: '123456789012', token: 'token-of-clerk-a@example.com' });
      expect(doc.log).toContain('ScriptApp.getOAuthToken');
      // Deployment settings, not the document's: nothing lands in the document's properties.
      expect([...doc.properties.keys()]).toEqual([]);
    });

    it('opens the dialog FolderPicker, 620 × 440, titled in Vietnamese', () => {
      const doc = new FakeDocument([sheet('S', 3)], undefined, undefined, '<html><title>Chọn thư mục</title><script>gapi</script></html>');
      open(doc).baoCaoOpenFolderPicker!();
      expect(doc.dialogs).toEqual([
        { title: 'Chọn thư mục lưu báo cáo', width: 620, height: 440, content: '<html><title>Chọn thư mục</title><script>gapi</script></html>' },
      ]);
      expect(doc.log).toContain('Ui.showModalDialog');
    });

    it('the built FolderPicker.html asks for the config and builds a folder Picker', () => {
      const html = readFileSync(join(REPO_ROOT, 'gas-addon', 'dist', 'FolderPicker.html'), 'utf8');
      for (const s of [
        'baoCaoPickerConfig',
        'baoCaoSetReportFolder',
        'https://apis.google.com/js/api.js',
        'PickerBuilder',
        'setSelectFolderEnabled',
        'FOLDERS',
        'setOrigin',
        'Đóng',
      ])
        expect(html, s).toContain(s);
    });

    it("set, get and reset the folder, in the user's own properties: another clerk on the same sheet does not get it", () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      expect(open(doc).baoCaoGetReportFolder!()).toBeNull();
      open(doc).baoCaoSetReportFolder!('1AbC-folder_id', 'Báo cáo tháng');
      expect(open(doc).baoCaoGetReportFolder!()).toEqual({ id: '1AbC-folder_id', name: 'Báo cáo tháng' });
      expect([...doc.properties.keys()]).toEqual([]);
      expect(doc.userProperties.get('clerk-a@example.com')?.size).toBe(1);
      doc.user = 'clerk-b@example.com';
      expect(open(doc).baoCaoGetReportFolder!()).toBeNull();
      doc.user = 'clerk-a@example.com';
      open(doc).baoCaoResetReportFolder!();
      expect(open(doc).baoCaoGetReportFolder!()).toBeNull();
      expect(() => open(doc).baoCaoSetReportFolder!("x' or name != '", 'a')).toThrow(/^unknown: /);
    });

    it('saves into the picked folder (its id the parent) and says its name', () => {
      const doc = withKeys(new FakeDocument([sheet('S', 3)]));
      const id = doc.pickableFolder('Báo cáo tháng');
      open(doc).baoCaoSetReportFolder!(id, 'Báo cáo tháng');
      const r = open(doc).baoCaoSaveReport!('a.docx', docx, false);
      expect(r).toEqual({ url: expect.stringMatching(/^https:\/\/drive\.google\.com\//), folder: 'Báo cáo tháng', fileId: expect.any(String) });
      expect(doc.files.filter((f) => f.mimeType !== FOLDER).map((f) => [f.name, f.parents])).toEqual([['a.docx', [id]]]);
      // No default folder was made.
      expect(doc.files.filter((f) => f.name === 'Báo cáo CCHC')).toEqual([]);
      // Renamed in Drive since: saved there all the same, under its name of now, which the sidebar gets.
      doc.files.find((f) => f.id === id)!.name = 'Báo cáo tháng 2024';
      expect(open(doc).baoCaoSaveReport!('b.docx', docx, false)).toMatchObject({ folder: 'Báo cáo tháng 2024' });
      expect(doc.files.at(-1)!.parents).toEqual([id]);
      expect(open(doc).baoCaoGetReportFolder!()).toEqual({ id, name: 'Báo cáo tháng 2024' });
    });

    it('the picked folder deleted: the file goes to «Báo cáo CCHC», the choice is forgotten, and fellBack says so', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      open(doc).baoCaoSetReportFolder!('1GoneFolder', 'Đã xóa');
      const r = open(doc).baoCaoSaveReport!('a.docx', docx, false);
      const home = doc.files.find((f) => f.name === 'Báo cáo CCHC' && f.mimeType === FOLDER)!;
      expect(r).toEqual({ url: expect.stringMatching(/^https:\/\/drive\.google\.com\//), folder: 'Báo cáo CCHC', fellBack: true, fileId: expect.any(String) });
      expect(doc.files.filter((f) => f.mimeType !== FOLDER).map((f) => [f.name, f.parents])).toEqual([['a.docx', [home.id]]]);
      expect(open(doc).baoCaoGetReportFolder!()).toBeNull();
      // The next save goes straight to the default folder, with nothing to say.
      expect(open(doc).baoCaoSaveReport!('b.docx', docx, false)).toEqual({ url: expect.any(String), folder: 'Báo cáo CCHC', fileId: expect.any(String) });
    });

    it('the picked folder in the trash, or refused by Drive at create: the default folder takes the file', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      const id = doc.pickableFolder('Cũ');
      doc.files.find((f) => f.id === id)!.trashed = true;
      open(doc).baoCaoSetReportFolder!(id, 'Cũ');
      expect(open(doc).baoCaoSaveReport!('a.docx', docx, true)).toMatchObject({ folder: 'Báo cáo CCHC', fellBack: true });
      expect(doc.files.find((f) => f.name === 'a')!.parents).not.toEqual([id]);
      expect(open(doc).baoCaoGetReportFolder!()).toBeNull();
      // Found by get, but the create refuses it (no longer shared for writing).
      const other = doc.pickableFolder('Chỉ xem');
      open(doc).baoCaoSetReportFolder!(other, 'Chỉ xem');
      const g = open(doc);
      const create = (g as unknown as { Drive: { Files: { create: (...a: unknown[]) => unknown } } }).Drive.Files;
      const real = create.create;
      create.create = (res: unknown, ...rest: unknown[]) => {
        if ((res as { parents?: string[] }).parents?.[0] === other) throw new Error('The user does not have sufficient permissions for file ' + other + '.');
        return real(res, ...rest);
      };
      expect(g.baoCaoSaveReport!('b.docx', docx, false)).toMatchObject({ folder: 'Báo cáo CCHC', fellBack: true });
      expect(open(doc).baoCaoGetReportFolder!()).toBeNull();
    });

    it('Drive refusing every save keeps the drive-permission message and the choice', () => {
      const doc = new FakeDocument([sheet('S', 3)]);
      const id = doc.pickableFolder('Báo cáo tháng');
      open(doc).baoCaoSetReportFolder!(id, 'Báo cáo tháng');
      doc.driveRefusal = 'The user has exceeded their Drive storage quota';
      expect(() => open(doc).baoCaoSaveReport!('a.docx', docx, false)).toThrow(/^drive-permission: /);
      expect(open(doc).baoCaoGetReportFolder!()).toEqual({ id, name: 'Báo cáo tháng' });
    });
  });
});
