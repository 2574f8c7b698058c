import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid, Workbook } from '../core/grid/types';
import { readWorkbookFile } from '../cli/read';
import { readWorkbookBytes, WorkbookReadError } from './index';
import { zipEntryNames } from './sniff';
import { ChunkDecoder, readZip, resolveTarget, SheetScanner } from './xlsx';
import { inflateEntry, zipDirectory, type ZipEntry } from './zip';
import { makeRawZip as zipRaw, makeZerosDeflate as zerosDeflated, type RawEntry } from '../test/fixtures/make-bad-files';

const root = join(import.meta.dirname, '..');

// ---------------------------------------------------------------------------
// Building workbooks by hand

function deflated(name: string, text: string | Uint8Array): RawEntry {
  const bytes = typeof text === 'string' ? strToU8(text) : text;
  return { name, data: deflateSync(bytes), method: 8, size: bytes.length };
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface SheetSpec {
  name: string;
  /** The content of <sheetData>. */
  rows?: string;
  /** Whole worksheet XML instead of `rows`. */
  xml?: string;
  /** After </sheetData>, e.g. <mergeCells>. */
  after?: string;
  state?: string;
  target?: string;
  kind?: 'worksheet' | 'chartsheet';
}

interface BookSpec {
  sheets: SheetSpec[];
  sst?: string[] | string;
  styles?: string;
  extra?: RawEntry[];
  /** Replace a sheet part by these raw bytes (index → entry). */
  rawSheet?: Record<number, RawEntry>;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function book(spec: BookSpec): Uint8Array {
  const entries: RawEntry[] = [];
  const sheetTags = spec.sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  entries.push(
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}><bookViews/><sheets>${sheetTags}</sheets></workbook>`,
    ),
  );
  const rels = spec.sheets
    .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${s.kind ?? 'worksheet'}" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`)
    .join('');
  entries.push(
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}` +
        `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
  );
  spec.sheets.forEach((s, i) => {
    const path = s.target ? resolveTarget(s.target) : `xl/worksheets/sheet${i + 1}.xml`;
    const raw = spec.rawSheet?.[i];
    if (raw) entries.push({ ...raw, name: path });
    else
      entries.push(
        deflated(
          path,
          s.xml ?? `<?xml version="1.0"?><worksheet ${NS}><dimension ref="A1"/><sheetData>${s.rows ?? ''}</sheetData>${s.after ?? ''}</worksheet>`,
        ),
      );
  });
  if (spec.sst !== undefined) {
    const items = typeof spec.sst === 'string' ? spec.sst : spec.sst.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('');
    entries.push(deflated('xl/sharedStrings.xml', `<?xml version="1.0"?><sst ${NS}>${items}</sst>`));
  }
  if (spec.styles !== undefined) entries.push(deflated('xl/styles.xml', `<?xml version="1.0"?><styleSheet ${NS}>${spec.styles}</styleSheet>`));
  entries.push(...(spec.extra ?? []));
  return zipRaw(entries);
}

async function read(spec: BookSpec): Promise<Workbook> {
  return readWorkbookBytes(book(spec), 'thu.xlsx');
}

async function one(rows: string, extra: Omit<BookSpec, 'sheets'> = {}, after = ''): Promise<SheetGrid> {
  const wb = await read({ sheets: [{ name: 'S', rows, after }], ...extra });
  return wb.sheets[0]!;
}

/** The value at a sheet cell (0-based), ragged rows read as null past their end. */
function at(g: SheetGrid, r: number, c: number): CellValue {
  const v = g.values[r - (g.originRow ?? 0)]?.[c - (g.originCol ?? 0)];
  return v === undefined ? null : v;
}

function shown(g: SheetGrid, r: number, c: number): string | undefined {
  // The JSON fixtures write the holes of sparse display rows as null.
  return g.display?.[r - (g.originRow ?? 0)]?.[c - (g.originCol ?? 0)] ?? undefined;
}

async function readError(p: Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    return e as WorkbookReadError;
  }
  throw new Error('no error');
}

// ---------------------------------------------------------------------------

describe('the template workbooks read as the exceljs reader read them', () => {
  const files = readdirSync(join(root, 'templates')).filter((f) => f.endsWith('.xlsx'));
  it.each(files)('%s', async (file) => {
    const wb = await readWorkbookFile(join(root, 'templates', file));
    const old = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'xlsx-grids', file.replace(/\.xlsx$/, '.json')), 'utf8')) as Workbook;
    expect(wb.sheets.map((s) => s.name)).toEqual(old.sheets.map((s) => s.name));
    old.sheets.forEach((o, k) => {
      const g = wb.sheets[k]!;
      expect(g.merges).toEqual(o.merges);
      // Cell by cell over the old (padded) rectangle and the new (ragged) rows alike.
      const rows = new Set<number>();
      const cols = new Set<number>();
      for (const s of [o, g]) {
        s.values.forEach((row, i) => {
          rows.add(i + (s.originRow ?? 0));
          row.forEach((_, j) => cols.add(j + (s.originCol ?? 0)));
        });
      }
      for (const r of rows) {
        for (const c of cols) {
          expect(at(g, r, c), `${o.name} ${r},${c}`).toEqual(at(o, r, c));
          expect(shown(g, r, c), `${o.name} display ${r},${c}`).toEqual(shown(o, r, c));
        }
      }
      // The used range starts where the old one did (no merge reaches beyond the values in these files).
      expect(g.originRow ?? 0).toBe(o.originRow ?? 0);
      expect(g.originCol ?? 0).toBe(o.originCol ?? 0);
    });
  });
});

describe('cell values', () => {
  it('reads numbers, booleans, shared, inline and formula strings, errors', async () => {
    const g = await one(
      '<row r="1"><c r="A1"><v>12.5</v></c><c r="B1"><v>-3</v></c><c r="C1"><v>1E3</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>' +
        '<c r="F1" t="s"><v>0</v></c><c r="G1" t="inlineStr"><is><t>nội tuyến</t></is></c><c r="H1" t="str"><f>A1&amp;""</f><v>12.5</v></c>' +
        '<c r="I1" t="e"><v>#REF!</v></c><c r="J1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="K1" t="n"><v>7</v></c></row>',
      { sst: ['Hà Nội'] },
    );
    expect(g.values).toEqual([[12.5, -3, 1000, true, false, 'Hà Nội', 'nội tuyến', '12.5', { error: '#REF!' }, { error: '#DIV/0!' }, 7]]);
    expect(g.uncached).toBeUndefined();
  });

  it('reads formulas by their cached values and lists those without one', async () => {
    const g = await one(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c><c r="C1"><f>A1+1</f></c><c r="D1"><f>A1+2</f><v></v></c><c r="E1"><f>A1+3</f><v/></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">A1+1</f><v>2</v></c><c r="B2"><f t="array" ref="B2">SUM(A1:A2)</f><v>3</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" si="0"/><v>3</v></c><c r="B3"><f t="shared" si="0"/></c></row>' +
        '<row r="4"><c r="A4"><f t="shared" si="0"/><v>4</v></c><c r="C4" t="str"><f>""</f><v></v></c></row>',
    );
    expect(g.values).toEqual([[1, 2], [2, 3], [3], [4]]);
    // C1, D1, E1 and B3 have no stored result; C4's is a stored empty string.
    expect(g.uncached).toEqual([
      [0, 2],
      [0, 3],
      [0, 4],
      [2, 1],
    ]);
    // Those read by their stored result are listed too: the tables say "a formula's result" for them.
    expect(g.formulas).toEqual([
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [3, 0],
    ]);
  });

  it('concatenates rich text runs and leaves phonetic runs out', async () => {
    const sst =
      '<si><r><rPr><b/><sz val="11"/></rPr><t>Cấp </t></r><r><t xml:space="preserve">tỉnh </t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t/></si><si/>' +
      '<si><t>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#123;&#x1F600;</t></si>' +
      '<si><t>dòng 1_x000D_\ndòng 2 _x005F_x000D_</t></si>';
    const g = await one(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c>' +
        '<c r="F1" t="inlineStr"><is><r><t>x</t></r><r><rPr><i/></rPr><t xml:space="preserve"> y </t></r></is></c><c r="G1" t="s"><v>99</v></c></row>',
      { sst },
    );
    expect(g.values).toEqual([['Cấp tỉnh ', null, null, 'a&b <c> "d" \'e\' {😀', 'dòng 1\r\ndòng 2 _x000D_', 'x y ']]);
  });

  it('keeps spaces and normalises line ends as an XML parser does', async () => {
    const g = await one(
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  Hà\r\nNội  </t></is></c><c r="B1" t="inlineStr"><is><t></t></is></c></row>',
    );
    expect(g.values).toEqual([['  Hà\nNội  ']]);
  });

  it('shows dates as dd/mm/yyyy and percentages as Excel does', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="165"/><xf numFmtId="3"/></cellXfs>';
    const g = await one(
      '<row r="1"><c r="A1" s="1"><v>45382</v></c><c r="B1" s="2"><v>45382.75</v></c><c r="C1" s="3"><v>0.9738</v></c><c r="D1" s="4"><v>0.97385</v></c>' +
        '<c r="E1" s="5"><v>1886</v></c><c r="F1" t="d"><v>2024-03-31T00:00:00Z</v></c><c r="G1" s="3"><f>C1</f><v>0.5</v></c><c r="H1" s="1" t="s"><v>0</v></c></row>',
      { styles, sst: ['chữ'] },
    );
    expect(g.values).toEqual([['31/03/2024', '31/03/2024', 0.9738, 0.97385, 1886, '31/03/2024', 0.5, 'chữ']]);
    expect(g.display).toEqual([['31/03/2024', '31/03/2024', '97.38%', '97.4%', undefined, '31/03/2024', '50.00%']]);
  });

  it('places cells and rows without r after the previous ones', async () => {
    const g = await one(
      '<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c><c t="s"><v>0</v></c></row><row><c><v>3</v></c><c r="D3"><v>4</v></c><c><v>5</v></c></row>',
      {
        sst: ['x'],
      },
    );
    expect(g.originRow).toBe(1);
    expect(g.originCol).toBe(0);
    expect(g.values).toEqual([
      [null, 1, 2, 'x'],
      [3, null, null, 4, 5],
    ]);
  });

  it('ignores <dimension> and styled empty cells; rows are ragged and empty rows empty', async () => {
    const xml =
      `<worksheet ${NS}><dimension ref="A1:Z1000"/><sheetData>` +
      '<row r="3"><c r="C3" s="1"/><c r="D3"><v>1</v></c><c r="E3" s="2"/></row><row r="4" spans="3:5"/><row r="5"><c r="C5"><v>2</v></c></row>' +
      '<row r="6"><c r="F6" s="1"/></row></sheetData></worksheet>';
    const g = (await read({ sheets: [{ name: 'S', xml }] })).sheets[0]!;
    expect(g.originRow).toBe(2);
    expect(g.originCol).toBe(2);
    expect(g.values).toEqual([[null, 1], [], [2]]);
  });

  it('reads merged cells in sheet coordinates without widening the used range', async () => {
    const g = await one(
      '<row r="1"><c r="B1"><v>1</v></c></row>',
      {},
      '<mergeCells count="2"><mergeCell ref="B1:D2"/><mergeCell ref="F10:G12"/></mergeCells><pageMargins left="0.7"/>',
    );
    expect(g.merges).toEqual([
      { r0: 0, c0: 1, r1: 1, c1: 3 },
      { r0: 9, c0: 5, r1: 11, c1: 6 },
    ]);
    expect(g.values).toEqual([[1]]);
    expect(g.originCol).toBe(1);
  });

  it('reads pretty-printed XML (whitespace between elements)', async () => {
    const g = await one(
      '\n  <row r="1" spans="1:3">\n    <c r="A1" t="s">\n      <v>0</v>\n    </c>\n    <c r="B1">\n      <f>1+1</f>\n      <v>2</v>\n    </c>\n' +
        '    <c r="C1" t="inlineStr">\n      <is>\n        <t xml:space="preserve"> a </t>\n      </is>\n    </c>\n  </row>\n  <row r="2">\n    <c r="A2">\n      <f>B9</f>\n    </c>\n  </row>\n',
      { sst: '\n  <si>\n    <t>một</t>\n  </si>\n' },
    );
    expect(g.values).toEqual([['một', 2, ' a ']]);
    expect(g.uncached).toEqual([[1, 0]]);
  });

  it('reads a workbook written with a namespace prefix (x:row, x:c)', async () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>tiền tố</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>`;
    const g = (await read({ sheets: [{ name: 'S', xml }] })).sheets[0]!;
    expect(g.values).toEqual([['tiền tố', 5]]);
    expect(g.merges).toEqual([{ r0: 0, c0: 0, r1: 1, c1: 0 }]);
  });
});

describe('sheets', () => {
  it('includes hidden sheets in workbook order, skips chart sheets, resolves absolute targets, decodes names', async () => {
    const wb = await read({
      sheets: [
        { name: 'Biểu đồ', kind: 'chartsheet', target: 'chartsheets/sheet1.xml', xml: '<chartsheet/>' },
        { name: 'A & B', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', target: '/xl/worksheets/sheet2.xml' },
        { name: 'Ẩn', state: 'hidden', rows: '<row r="1"><c r="A1"><v>2</v></c></row>', target: '../xl/worksheets/x.xml' },
        { name: 'Trống' },
      ],
    });
    expect(wb.sheets.map((s) => [s.name, s.values])).toEqual([
      ['A & B', [[1]]],
      ['Ẩn', [[2]]],
      ['Trống', []],
    ]);
  });

  it('resolves relationship targets', () => {
    expect(resolveTarget('worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('./worksheets/../worksheets/s.xml')).toBe('xl/worksheets/s.xml');
  });
});

// ---------------------------------------------------------------------------

const TABLE = Array.from(
  { length: 20 },
  (_, i) =>
    `<row r="${i + 1}">${'ABCDEFGH'
      .split('')
      .map((c) => `<c r="${c}${i + 1}"><v>${i}</v></c>`)
      .join('')}</row>`,
).join('');

describe('hostile files', () => {
  it('a stray cell at XFD1048576 keeps the grid small', async () => {
    const g = await one(TABLE + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
    expect(g.originRow).toBe(0);
    expect(g.originCol).toBe(0);
    expect(g.values.length).toBe(1_048_576);
    expect(at(g, 1_048_575, 16_383)).toBe(1);
    expect(at(g, 19, 7)).toBe(19);
    let cells = 0;
    let wide = 0;
    for (const row of g.values) {
      cells += row.length;
      if (row.length > 8) wide++;
    }
    expect(wide).toBe(1);
    expect(g.values[g.values.length - 1]!.length).toBe(16_384);
    expect(cells).toBe(20 * 8 + 16_384);
  });

  it('a merge A20:XFD1048576 costs nothing', async () => {
    const g = await one(TABLE, {}, '<mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>');
    expect(g.values.length).toBe(20);
    expect(g.merges).toEqual([{ r0: 19, c0: 0, r1: 1_048_575, c1: 16_383 }]);
  });

  it('the hand-made zeros stream is valid deflate', () => {
    const z = zerosDeflated(1);
    const out = inflateSync(z.data);
    expect(out.length).toBe(z.size);
    expect(out.every((b) => b === 0)).toBe(true);
  });

  it('never inflates media: a 1 GB deflate bomb and a damaged entry beside the sheet', async () => {
    const bomb = zerosDeflated(1024);
    expect(bomb.size).toBeGreaterThan(1023 * 1024 * 1024);
    expect(bomb.data.length).toBeLessThan(8 * 1024 * 1024);
    const wb = await read({
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      extra: [
        { name: 'xl/media/image1.png', data: bomb.data, method: 8, size: bomb.size },
        { name: 'xl/media/image2.png', data: new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x12]), method: 8, size: 100 },
        { name: 'xl/printerSettings/printerSettings1.bin', data: new Uint8Array([7, 7, 7]), method: 8, size: 5 },
      ],
    });
    expect(wb.sheets[0]!.values).toEqual([[1]]);
  });

  it('refuses a sheet that inflates past its cap as too-large', async () => {
    const bytes = book({ sheets: [{ name: 'S' }], rawSheet: { 0: { name: '', ...zerosDeflated(64), method: 8 } } });
    const err = await readError(readZip(bytes, 'bom.xlsx', 'xlsx', { sheet: 16 * 1024 * 1024, sharedStrings: 1024 * 1024, part: 1024 * 1024 }));
    expect(err.code).toBe('too-large');
    expect(err.message).toContain('bom.xlsx');
    expect(err.message).toContain('16 MB');
  });

  it('holds all the sheets together to the cap: three sheets under it alone, over it together, are refused', async () => {
    const rows = Array.from({ length: 400 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>${r * 7}</v></c></row>`).join('');
    const sheets = ['T1', 'T2', 'T3'].map((name) => ({ name, rows }));
    const one = strToU8(`<?xml version="1.0"?><worksheet ${NS}><dimension ref="A1"/><sheetData>${rows}</sheetData></worksheet>`).length;
    const limits = { sheet: Math.round(one * 2.5), sharedStrings: 1024 * 1024, part: 1024 * 1024 };
    const err = await readError(readZip(book({ sheets }), 'ba-trang.xlsx', 'xlsx', limits));
    expect(err.code).toBe('too-large');
    expect(err.message).toContain('các trang tính khi giải nén lớn hơn');
    expect((await readZip(book({ sheets: sheets.slice(0, 2) }), 'hai-trang.xlsx', 'xlsx', limits)).sheets).toHaveLength(2);
  });

  it('cuts a cell past 32.767 characters (more than Excel lets a cell hold) and says which', async () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Ghi chú</t></is></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c></row>`;
    const wb = await readZip(book({ sheets: [{ name: 'S', rows }] }), 'dai.xlsx', 'xlsx');
    expect((wb.sheets[0]!.values[1]![1] as string).length).toBe(32_767);
    expect(wb.notes).toEqual([{ sheet: 'S', row: 1, col: 1, message: expect.stringMatching(/^Ô B2 có hơn 32\.767 ký tự/) }]);
  });

  it('refuses shared strings past their cap as too-large', async () => {
    const bytes = book({ sheets: [{ name: 'S' }], sst: Array.from({ length: 2000 }, (_, i) => `chuỗi số ${i} `.repeat(20)) });
    const err = await readError(readZip(bytes, 'chuoi.xlsx', 'xlsx', { sheet: 1024 * 1024, sharedStrings: 100 * 1024, part: 1024 * 1024 }));
    expect(err.code).toBe('too-large');
  });

  it('damaged sheet data, an encrypted entry or an unknown method are corrupt', async () => {
    const damaged = book({
      sheets: [{ name: 'S' }],
      rawSheet: { 0: { name: '', data: new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x12]), method: 8, size: 100 } },
    });
    expect((await readError(readWorkbookBytes(damaged, 'hong.xlsx'))).code).toBe('corrupt');
    const cut = deflateSync(strToU8(`<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`));
    const truncated = book({ sheets: [{ name: 'S' }], rawSheet: { 0: { name: '', data: cut.subarray(0, cut.length >> 1), method: 8, size: 200 } } });
    expect((await readError(readWorkbookBytes(truncated, 'cut.xlsx'))).code).toBe('corrupt');
    const method = book({ sheets: [{ name: 'S' }], rawSheet: { 0: { name: '', data: new Uint8Array([1, 2, 3]), method: 12 as 8, size: 3 } } });
    expect((await readError(readWorkbookBytes(method, 'bzip2.xlsx'))).code).toBe('corrupt');
    const unclosed = book({ sheets: [{ name: 'S', xml: `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c>` }] });
    expect((await readError(readWorkbookBytes(unclosed, 'mo.xlsx'))).code).toBe('corrupt');
    const missing = book({ sheets: [{ name: 'S' }] });
    const dir = zipDirectory(missing);
    expect(dir instanceof Map && dir.has('xl/worksheets/sheet1.xml')).toBe(true);
  });

  it('a zip without xl/workbook.xml is not read as .xlsx: .xlsb and .ods go to SheetJS, and a damaged one is said damaged', async () => {
    const xlsb = zipRaw([deflated('xl/workbook.bin', 'x')]);
    const e1 = await readError(readWorkbookBytes(xlsb, 'nhi-phan.xlsb'));
    expect(e1.code).toBe('corrupt');
    const ods = zipRaw([
      { name: 'mimetype', data: strToU8('application/vnd.oasis.opendocument.spreadsheet'), method: 0, size: 46 },
      deflated('content.xml', '<x/>'),
    ]);
    expect((await readError(readWorkbookBytes(ods, 'bang.ods'))).code).toBe('corrupt');
  });
});

describe('zip directory', () => {
  /** One stored entry with every size and offset in zip64 fields, and the zip64 end records. */
  function zip64(name: string, data: Uint8Array): Uint8Array {
    const nameB = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(nameB.length, 26);
    local.writeUInt16LE(20, 28);
    const localExtra = Buffer.alloc(20);
    localExtra.writeUInt16LE(1, 0);
    localExtra.writeUInt16LE(16, 2);
    localExtra.writeBigUInt64LE(BigInt(data.length), 4);
    localExtra.writeBigUInt64LE(BigInt(data.length), 12);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(nameB.length, 28);
    central.writeUInt16LE(28, 30);
    central.writeUInt32LE(0xffffffff, 42);
    const centralExtra = Buffer.alloc(28);
    centralExtra.writeUInt16LE(1, 0);
    centralExtra.writeUInt16LE(24, 2);
    centralExtra.writeBigUInt64LE(BigInt(data.length), 4);
    centralExtra.writeBigUInt64LE(BigInt(data.length), 12);
    centralExtra.writeBigUInt64LE(0n, 20);
    const cdOffset = 30 + nameB.length + 20 + data.length;
    const cdSize = 46 + nameB.length + 28;
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(45, 12);
    end64.writeUInt16LE(45, 14);
    end64.writeBigUInt64LE(1n, 24);
    end64.writeBigUInt64LE(1n, 32);
    end64.writeBigUInt64LE(BigInt(cdSize), 40);
    end64.writeBigUInt64LE(BigInt(cdOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 12);
    end.writeUInt32LE(0xffffffff, 16);
    return new Uint8Array(Buffer.concat([local, nameB, localExtra, Buffer.from(data), central, nameB, centralExtra, end64, locator, end]));
  }

  it('reads zip64 sizes and offsets, and inflates only what is asked', () => {
    const data = strToU8('dữ liệu zip64');
    const dir = zipDirectory(zip64('/a.txt', data));
    expect(dir).toBeInstanceOf(Map);
    const e = (dir as Map<string, ZipEntry>).get('a.txt')!;
    expect(e).toEqual({ name: 'a.txt', method: 0, flags: 0, compressedSize: data.length, uncompressedSize: data.length, localOffset: 0 });
    const got: Uint8Array[] = [];
    inflateEntry(zip64('/a.txt', data), e, 1024, (c) => got.push(c));
    expect(Buffer.concat(got).toString('utf8')).toBe('dữ liệu zip64');
  });

  it('says truncated when the end record is gone', () => {
    expect(zipDirectory(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))).toBe('truncated');
    expect(zipEntryNames(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))).toBe('truncated');
  });

  it('lists entry names for the sniffing code', () => {
    expect(zipEntryNames(zip64('/a.txt', strToU8('x')))).toEqual(new Set(['a.txt']));
  });
});

describe('decoding pieces of UTF-8', () => {
  it('gives the same text however the bytes are cut, BOM dropped only at the start', () => {
    const text = '<t>Thủ tục hành chính ẩn ĐẮK 😀 a\ufeffb</t>' + 'x'.repeat(50);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    for (let size = 1; size <= 9; size++) {
      const dec = new ChunkDecoder();
      let out = '';
      for (let i = 0; i < bytes.length; i += size) out += dec.decode(new Uint8Array(bytes.subarray(i, i + size)));
      out += dec.end();
      expect(out, `pieces of ${size}`).toBe(text);
    }
    const dec = new ChunkDecoder();
    expect(dec.decode(new Uint8Array([0x61, 0xe1, 0xba])) + dec.end()).toBe('a\ufffd');
  });
});

describe('the sheet scanner on bytes cut anywhere', () => {
  // The scanner reads the part's UTF-8 bytes; a part that streams (past the whole inflater's size, or a directory that
  // lies) comes in pieces cut at any byte, inside a tag, a number or a Vietnamese character.
  const sst = ['Cấp xã', 'Tổng cộng'];
  const styles = { kind: new Uint8Array([0, 0]), code: ['', ''] };
  const sheet = (P: string) => {
    const rows = [
      `<${P}row r="1" spans="1:3"><${P}c r="A1" t="inlineStr"><${P}is><${P}t>Thủ tục hành chính ĐẮK 😀</${P}t></${P}is></${P}c><${P}c r="C1" t="s"><${P}v>0</${P}v></${P}c></${P}row>`,
      `<${P}row r="2"/>`,
      `<${P}row r="3"><${P}c r="A3"><${P}v>12345</${P}v></${P}c><${P}c r="B3"><${P}f>A3*2</${P}f><${P}v>24690</${P}v></${P}c><${P}c r="C3" t="str"><${P}v>Trễ hạn &amp; quá hạn</${P}v></${P}c></${P}row>`,
      `<${P}row><${P}c><${P}v>-0.5</${P}v></${P}c><${P}c t="b"><${P}v>1</${P}v></${P}c><${P}c t="e"><${P}v>#REF!</${P}v></${P}c><${P}c t="s"><${P}v>1</${P}v></${P}c></${P}row>`,
      `<${P}row r="6"><${P}c r="B6"><${P}v>1.5E-3</${P}v></${P}c><${P}c r="C6"><${P}f>1/0</${P}f></${P}c></${P}row>`,
    ].join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<${P}worksheet xmlns${P ? `:${P.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${P}sheetData>${rows}</${P}sheetData><${P}mergeCells count="1"><${P}mergeCell ref="A1:B1"/></${P}mergeCells><${P}pageMargins left="0.7"/></${P}worksheet>`;
  };

  for (const P of ['', 'x:']) {
    it(`reads the same sheet whatever the pieces (prefix "${P}")`, () => {
      const bytes = strToU8(sheet(P));
      const read = (size: number) => {
        const s = new SheetScanner(sst, styles);
        let done = false;
        for (let i = 0; i < bytes.length && !done; i += size) done = s.feed(bytes.slice(i, i + size), false);
        if (!done) s.feed(new Uint8Array(0), true);
        return s.hostSheet('T');
      };
      const whole = read(bytes.length);
      expect(whole.values).toEqual([
        ['Thủ tục hành chính ĐẮK 😀', null, 'Cấp xã'],
        [],
        [12345, 24690, 'Trễ hạn & quá hạn'],
        [-0.5, true, '#REF!', 'Tổng cộng'],
        [],
        [null, 0.0015],
      ]);
      expect(whole.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
      expect(whole.formulas).toEqual([[2, 1]]);
      expect(whole.uncached).toEqual([[5, 2]]);
      for (const size of [1, 2, 3, 5, 7, 13, 40, 41, 97]) expect(read(size), `pieces of ${size} bytes`).toEqual(whole);
    });
  }

  it('ends a cell or a row that a writer left open where the next begins', () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row><row r="2"><c r="B2"><v>2</v></c></row></sheetData></worksheet>`;
    const s = new SheetScanner(sst, styles);
    if (!s.feed(strToU8(xml), false)) s.feed(new Uint8Array(0), true);
    expect(s.hostSheet('T').values).toEqual([[1], [null, 2]]);
  });
});
