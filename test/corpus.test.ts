/**
 * A corpus of bad inputs: every one gives a precise finding (grids, through the core) or a clear exit 2
 * with one Vietnamese line (files, through the command line in-process) — never a crash.
 *
 * Grid cases start from a consistent copy of the Lấp Vò by-level table (cấp xã made consistent:
 * 1.876 = 80 + 1.796 = 1.722 + 154) and break one thing each; findings are asserted as the flat list
 * [sheet, cell, rule, actual, expected].
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook, tableSummary, USER_ERRORS } from '../core';
import type { CellValue, SheetGrid } from '../core';
import { main } from '../cli/main';
import { sheet, workbook } from './helpers/grid';
import { REPO_ROOT } from './helpers/reference';

// ---------------------------------------------------------------------------
// The base table

const _ = null;
const H1: CellValue[] = ['Cấp', 'Số hồ sơ tiếp nhận', _, _, _, 'Số hồ sơ đã giải quyết', _, _, _, 'Số hồ sơ đang giải quyết', _, _];
const H2: CellValue[] = [
  _,
  'Tổng số',
  'Kỳ trước chuyển qua',
  'Trong kỳ',
  'Trong đó: trực tuyến',
  'Tổng số',
  'Sớm hạn',
  'Đúng hạn',
  'Trễ hạn',
  'Tổng số',
  'Chưa đến hạn',
  'Quá hạn',
];
const MERGES = ['A1:A2', 'B1:E1', 'F1:I1', 'J1:L1'];
//                 A               B     C   D     E     F     G     H    I  J    K    L
const HUYEN: CellValue[] = ['Cấp huyện', 308, 65, 243, 192, 225, 198, 22, 5, 83, 82, 1];
const XA: CellValue[] = ['Cấp xã, thị trấn', 1876, 80, 1796, 1624, 1722, 1544, 175, 3, 154, 154, 0];
const TOTAL: CellValue[] = ['Tổng cộng', 2184, 145, 2039, 1816, 1947, 1742, 197, 8, 237, 236, 1];

/** Header, huyện (row 3), xã (row 4), optionally the total row (row 5); fresh arrays every call. */
function base(withTotal = false): CellValue[][] {
  const rows = [H1, H2, HUYEN, XA].map((r) => [...r]);
  if (withTotal) rows.push([...TOTAL]);
  return rows;
}

/** The base table with one cell replaced; `row` is the A1 row number (3 huyện, 4 xã, 5 total). */
function withCell(a1Row: number, col: string, value: CellValue, withTotal = false): CellValue[][] {
  const rows = base(withTotal);
  rows[a1Row - 1]![col.charCodeAt(0) - 65] = value;
  return rows;
}

/** Every string of the header rows passed through `f`. */
function mapHeaders(rows: CellValue[][], f: (s: string) => string): CellValue[][] {
  return rows.map((r, i) => (i < 2 ? r.map((v) => (typeof v === 'string' ? f(v) : v)) : r));
}

type Flat = [sheet: string, cell: string, rule: string, actual: string | null, expected: string | null];

const flat = (r: ReturnType<typeof checkWorkbook>): Flat[] => r.findings.map((f) => [f.sheet, f.cell, f.rule, f.actual, f.expected]);

interface GridCase {
  name: string;
  grid: () => SheetGrid;
  /** The exact findings, or 'no-table' when no table may be found. */
  expect: Flat[] | 'no-table';
  /** The detected table's range, when one is expected. */
  range?: string;
  /** Further assertions on the result. */
  also?: (r: ReturnType<typeof checkWorkbook>) => void;
}

const S = 'Số liệu';
const grid = (rows: CellValue[][], opts: { merges?: string[]; origin?: string } = { merges: MERGES }) => sheet(S, rows, opts);
const tbl = (rows: CellValue[][]) => () => grid(rows);

const MARKUP_LABEL = 'Xã <img src=x onerror=alert(1)> \u0000\u0007\u001b[31m\u202e đỏ';
const LONG_LABEL = 'Cấp xã ' + 'ạ'.repeat(10_000 - 7);
const LONG_HEADER = 'Diễn giải ' + 'ố'.repeat(10_000 - 10);

/** The ư → ƣ (U+01A3) swap of PDF text extracted from legacy Vietnamese fonts, on every ư-based letter. */
const legacy = (s: string) =>
  s
    .normalize('NFD')
    .replace(/u\u031B/g, 'ƣ')
    .replace(/U\u031B/g, 'Ƣ')
    .normalize('NFC');

/** 100.000 consistent rows; the row at index `broken` has "đang giải quyết" one too many. */
function bigTable(n: number, broken: number): CellValue[][] {
  const rows: CellValue[][] = [[...H1], [...H2]];
  for (let i = 0; i < n; i++) {
    const som = i % 13,
      dung = (i * 3) % 17,
      tre = i % 5,
      chua = (i * 11) % 23,
      qua = i % 4;
    const da = som + dung + tre;
    const dang = chua + qua;
    const nhan = da + dang;
    const truoc = Math.min(i % 50, nhan);
    const trongKy = nhan - truoc;
    rows.push([`Xã ${i + 1}`, nhan, truoc, trongKy, Math.min(trongKy, i % 9), da, som, dung, tre, dang, chua, qua]);
  }
  (rows[2 + broken]![9] as number) += 1;
  return rows;
}

// One finding at the row's "đang giải quyết" cell, naming the value that mends both sums it breaks.
const J3_83: (actual: string) => Flat[] = (actual) => [[S, 'J3', 'nghi-o-sai', actual, '83']];

const GRID_CASES: GridCase[] = [
  // --- the base tables
  { name: 'the base table (Lấp Vò by level, xã made consistent) has no finding', grid: tbl(base()), expect: [], range: 'A1:L4' },
  { name: 'the base table with its total row has no finding', grid: tbl(base(true)), expect: [], range: 'A1:L5' },

  // --- counts typed as text with each thousands separator: read fine
  { name: 'text "1.876" (dot thousands)', grid: tbl(withCell(4, 'B', '1.876')), expect: [] },
  { name: 'text "1,876" (comma thousands)', grid: tbl(withCell(4, 'B', '1,876')), expect: [] },
  { name: 'text "1 876" (space thousands)', grid: tbl(withCell(4, 'B', '1 876')), expect: [] },
  { name: 'text "1\\u00A0876" (NBSP thousands)', grid: tbl(withCell(4, 'B', '1\u00A0876')), expect: [] },
  { name: 'text "1\\u202F876" (narrow NBSP thousands)', grid: tbl(withCell(4, 'B', '1\u202F876')), expect: [] },
  { name: 'text "1\\u2009876" (thin space thousands)', grid: tbl(withCell(4, 'B', '1\u2009876')), expect: [] },
  { name: 'text " 1.876,00 " (grouped, zero decimals, padded)', grid: tbl(withCell(4, 'B', ' 1.876,00 ')), expect: [] },

  // --- unreadable counts: one finding each, the identities through that cell skipped
  {
    name: 'text "151.10": misplaced separator, no identity finding for the row',
    grid: tbl(withCell(4, 'B', '151.10')),
    expect: [[S, 'B4', 'sai-dau-phan-cach', '151.10', null]],
  },
  { name: 'text "5.9123": misplaced separator', grid: tbl(withCell(4, 'B', '5.9123')), expect: [[S, 'B4', 'sai-dau-phan-cach', '5.9123', null]] },
  {
    name: 'text "1.876.00": decimal mark same as the grouping',
    grid: tbl(withCell(4, 'B', '1.876.00')),
    expect: [[S, 'B4', 'sai-dau-phan-cach', '1.876.00', null]],
  },
  { name: 'number 1.876 where 1876 was meant', grid: tbl(withCell(4, 'B', 1.876)), expect: [[S, 'B4', 'so-thap-phan-nghin', '1,876', '1.876']] },
  { name: 'number -3', grid: tbl(withCell(3, 'J', -3)), expect: [[S, 'J3', 'so-am', '-3', null]] },
  { name: 'text "−3" (Unicode minus)', grid: tbl(withCell(3, 'J', '−3')), expect: [[S, 'J3', 'so-am', '−3', null]] },
  // parse.ts: a non-whole NUMBER 1 <= x < 1000 with 1..3 decimals is read as a mistyped thousands figure (2.5 → 2.500).
  { name: 'number 2.5: read as 2.500 typed with a decimal point', grid: tbl(withCell(3, 'J', 2.5)), expect: [[S, 'J3', 'so-thap-phan-nghin', '2,5', '2.500']] },
  // A number the sheet holds is written the Vietnamese way; text stays as typed.
  { name: 'number 0.5: a fraction', grid: tbl(withCell(3, 'J', 0.5)), expect: [[S, 'J3', 'so-le', '0,5', null]] },
  { name: 'text "0,5": a fraction', grid: tbl(withCell(3, 'J', '0,5')), expect: [[S, 'J3', 'so-le', '0,5', null]] },
  { name: 'text "mười"', grid: tbl(withCell(3, 'J', 'mười')), expect: [[S, 'J3', 'khong-phai-so', 'mười', null]] },
  { name: 'text "83 hồ sơ"', grid: tbl(withCell(3, 'J', '83 hồ sơ')), expect: [[S, 'J3', 'khong-phai-so', '83 hồ sơ', null]] },
  { name: 'text "12%" in a count column', grid: tbl(withCell(3, 'J', '12%')), expect: [[S, 'J3', 'phan-tram-trong-cot-so', '12%', null]] },
  { name: 'error value #REF!', grid: tbl(withCell(3, 'J', { error: '#REF!' })), expect: [[S, 'J3', 'o-loi', '#REF!', null]] },
  { name: 'error value #N/A', grid: tbl(withCell(4, 'B', { error: '#N/A' })), expect: [[S, 'B4', 'o-loi', '#N/A', null]] },
  { name: 'error value #DIV/0! in the total row', grid: tbl(withCell(5, 'F', { error: '#DIV/0!' }, true)), expect: [[S, 'F5', 'o-loi', '#DIV/0!', null]] },
  { name: 'boolean TRUE', grid: tbl(withCell(3, 'J', true)), expect: [[S, 'J3', 'khong-phai-so', 'TRUE', null]] },
  // A number that is not finite is said as a spreadsheet shows it, never "NaN" or "Infinity".
  { name: 'number NaN', grid: tbl(withCell(3, 'J', Number.NaN)), expect: [[S, 'J3', 'khong-phai-so', '#NUM!', null]] },
  { name: 'number Infinity', grid: tbl(withCell(3, 'J', Number.POSITIVE_INFINITY)), expect: [[S, 'J3', 'khong-phai-so', '#NUM!', null]] },
  // A count beyond 2^53 cannot be summed exactly; whatever is reported must not propose a wrong mend.
  {
    name: 'number 1e16 (beyond exact arithmetic): unreadable, reported once, sums skipped',
    grid: tbl(withCell(3, 'J', 1e16)),
    expect: [[S, 'J3', 'so-qua-lon', '1E+16', null]],
  },
  { name: 'number 1e308: too large, as a spreadsheet shows it', grid: tbl(withCell(3, 'J', 1e308)), expect: [[S, 'J3', 'so-qua-lon', '1E+308', null]] },
  {
    name: 'text "9.007.199.254.740.993" (past 2^53): unreadable, not rounded',
    grid: tbl(withCell(3, 'J', '9.007.199.254.740.993')),
    expect: [[S, 'J3', 'so-qua-lon', '9.007.199.254.740.993', null]],
  },
  // A dash or an empty string reads as nothing written (0): the row's sums through it break, one cause.
  { name: 'dash "-" where a figure was meant', grid: tbl(withCell(3, 'J', '-')), expect: J3_83('0') },

  // --- header spellings: the same table, the same finding
  {
    name: 'headers (and labels) in NFD: same result as NFC',
    grid: () => grid(withCell(4, 'C', 81).map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v)))),
    expect: [[S, 'B4', 'tong-tiep-nhan', '1.876', null]],
  },
  {
    name: 'headers with the legacy-font "ƣ" for "ư" and "Trƣớc hạn" for "Sớm hạn"',
    grid: () => {
      const rows = mapHeaders(withCell(4, 'C', 81), legacy);
      rows[1]![6] = 'Trƣớc hạn';
      return grid(rows);
    },
    expect: [[S, 'B4', 'tong-tiep-nhan', '1.876', null]],
  },
  {
    name: 'upper-case headers',
    grid: tbl(mapHeaders(withCell(4, 'C', 81), (s) => s.toLocaleUpperCase('vi'))),
    expect: [[S, 'B4', 'tong-tiep-nhan', '1.876', null]],
  },
  {
    name: 'headers with extra spaces, tabs and newlines',
    grid: tbl(mapHeaders(withCell(4, 'C', 81), (s) => `  ${s.replace(/ /g, ' \n  ')} \t`)),
    expect: [[S, 'B4', 'tong-tiep-nhan', '1.876', null]],
  },
  {
    name: 'the table starting at F20 instead of A1',
    grid: () => sheet(S, withCell(4, 'C', 81), { origin: 'F20', merges: ['F20:F21', 'G20:J20', 'K20:N20', 'O20:Q20'] }),
    expect: [[S, 'G23', 'tong-tiep-nhan', '1.876', null]],
    range: 'F20:Q23',
  },

  // --- sheets with no table
  { name: 'an empty sheet ([] values)', grid: () => sheet(S, []), expect: 'no-table' },
  { name: 'a sheet of empty rows', grid: () => sheet(S, [[], [null, null], ['', '  ']]), expect: 'no-table' },
  { name: 'the header alone, no figures', grid: () => grid([[...H1], [...H2]]), expect: 'no-table' },
  {
    name: 'a sheet of only text (no header)',
    grid: () => sheet(S, [['Báo cáo tháng 3'], ['Ghi chú', 'Không có số liệu tháng này'], ['Người lập', 'Nguyễn Văn A'], ['Cấp huyện', 'không có']]),
    expect: 'no-table',
  },
  {
    name: 'a sheet of only numbers (no header)',
    grid: () =>
      sheet(
        S,
        Array.from({ length: 200 }, (_r, i) => Array.from({ length: 12 }, (_c, j) => (i * 7 + j * 13) % 1000)),
      ),
    expect: 'no-table',
  },
  {
    name: 'a table on the settings sheet "Thông tin báo cáo" is not read',
    grid: () => sheet('Thông tin báo cáo', base(), { merges: MERGES }),
    expect: 'no-table',
  },

  // --- merged everything: a merge hides every value but its top-left one, so there is no table
  { name: 'merged everything: one merge over A1:Z200 holding the table', grid: () => grid(base(), { merges: ['A1:Z200'] }), expect: 'no-table' },
  { name: 'merged everything: header and figures in one merge A1:L4', grid: () => grid(base(), { merges: ['A1:L4'] }), expect: 'no-table' },
  {
    // A merge this size is no header cell: it is ignored (nothing allocated per cell), and the
    // figures still in the grid are read as if unmerged.
    name: 'merged everything: the whole sheet A1:XFD1048576 (select all, merge)',
    grid: () => grid(base(), { merges: ['A1:XFD1048576'] }),
    expect: [],
    range: 'A1:L4',
  },

  // --- very long cells
  {
    name: 'a 10.000-character label cell',
    grid: tbl(
      (() => {
        const r = withCell(4, 'C', 81);
        r[3]![0] = LONG_LABEL;
        return r;
      })(),
    ),
    expect: [[S, 'B4', 'tong-tiep-nhan', '1.876', null]],
    // Quoted clipped: the message names the row by its start, and stays a message.
    also: (r) => {
      expect(r.findings[0]!.message).toContain(`Dòng «${LONG_LABEL.slice(0, 40)}`);
      expect(r.findings[0]!.message.length).toBeLessThan(600);
    },
  },
  {
    name: 'a 10.000-character header cell (an extra column no form knows)',
    grid: tbl(
      (() => {
        const r = base();
        r[0]!.push(_);
        r[1]!.push(LONG_HEADER);
        return r;
      })(),
    ),
    expect: [[S, 'M1', 'cot-khong-nhan-dien', null, null]],
    range: 'A1:M4',
    also: (r) => {
      expect(r.findings[0]!.message).toContain(`(«${LONG_HEADER.slice(0, 40)}`);
      expect(r.findings[0]!.message.length).toBeLessThan(600);
    },
  },

  // --- labels with control characters and markup appear verbatim, as text
  {
    name: 'control characters and markup in a label',
    grid: tbl(
      (() => {
        const r = withCell(4, 'J', 155);
        r[3]![0] = MARKUP_LABEL;
        return r;
      })(),
    ),
    expect: [[S, 'J4', 'nghi-o-sai', '155', '154']],
    also: (r) => expect(r.findings[0]!.message).toContain(`dòng «${MARKUP_LABEL}»`),
  },

  // --- wrong sums
  {
    // "Trực tuyến" is in no identity: its total or either record could be the slip (each one digit off), so no value.
    name: 'a wrong total of a column no identity checks: the total named, no value, each cell of the column a candidate',
    grid: tbl(withCell(5, 'E', 1826, true)),
    expect: [[S, 'E5', 'dong-tong', '1.826', null]],
    also: (r) => expect(new Set(r.findings[0]!.candidates)).toEqual(new Set(['E3', 'E4', 'E5'])),
  },
  {
    name: 'a wrong cell breaking its row identity and its column total: one nghi-o-sai naming 198',
    grid: tbl(withCell(3, 'G', 189, true)),
    expect: [[S, 'G3', 'nghi-o-sai', '189', '198']],
    also: (r) => expect(r.findings[0]!.message).toContain('Nếu ô này là 198 thì tất cả đều khớp.'),
  },
  {
    name: 'a numbering row "1 2=3+4 …" whose identity (also the form\'s) the data breaks: reported once, under the form\'s rule',
    grid: () => {
      const rows = base();
      rows.splice(2, 0, ['1', '2=3+4', '3', '4', '5', '6=7+8+9', '7', '8', '9', '10=11+12', '11', '12']);
      rows[3]![2] = 66; // kỳ trước 65 → 66 in huyện (row 4)
      return grid(rows);
    },
    // Received 308 also equals resolved + pending: kỳ trước or trong kỳ is the slip, never the total.
    expect: [[S, 'B4', 'tong-tiep-nhan', '308', null]],
    also: (r) => expect(r.findings[0]!.candidates).toEqual(['C4', 'D4']),
  },
  {
    name: 'a numbering row "1 2 3=4+5 …" copied from another form, stating an identity the data breaks',
    grid: () => {
      const rows = base();
      rows.splice(2, 0, ['1', '2', '3=4+5', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
      return grid(rows);
    },
    // Every record breaks it: the numbering line is wrong, not the figures, and nothing is "corrected" after it.
    expect: [[S, 'C3', 'danh-so-khong-khop', null, null]],
    also: (r) => expect(r.findings[0]!.message).toContain('Dòng đánh số cột ghi (3=4+5), nhưng cả 2 dòng số liệu đều không khớp'),
  },

  // --- size
  {
    name: 'a 100.000-row table with one broken row: exactly one finding at its cell',
    grid: () => grid(bigTable(100_000, 73_456)),
    expect: [[S, 'J73459', 'nghi-o-sai', '4', '3']],
    range: 'A1:L100002',
  },
];

describe('grid corpus: each bad input gives its precise finding', () => {
  it.each(GRID_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const g = c.grid();
    const r = checkWorkbook(workbook(g));
    if (c.expect === 'no-table') {
      expect(r.tables).toEqual([]);
      expect(r.findings).toEqual([]);
    } else {
      expect(r.tables).toHaveLength(1);
      expect(r.tables[0]!.form).toBe('tthc');
      if (c.range) expect(r.tables[0]!.address).toBe(c.range);
      expect(flat(r)).toEqual(c.expect);
      for (const f of r.findings) expect(f.message.length).toBeGreaterThan(0);
    }
    c.also?.(r);
  });

  it('NFD headers give exactly the NFC result', () => {
    const nfc = withCell(4, 'C', 81);
    const nfd = nfc.map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v)));
    const a = checkWorkbook(workbook(grid(nfc)));
    const b = checkWorkbook(workbook(grid(nfd)));
    expect(b.tables.map(tableSummary)).toEqual(a.tables.map(tableSummary));
    expect(flat(b)).toEqual(flat(a));
  });
});

// ---------------------------------------------------------------------------
// Files, through the command line in-process

const VIET = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const TEMPLATE = (name: string) => join(REPO_ROOT, 'templates', name);

let dir = '';

async function runCli(path: string) {
  let out = '';
  let err = '';
  const code = await main(['check', path, '--json'], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** One line of Vietnamese, no stack trace, no error class name. */
function expectOneVietnameseLine(err: string): void {
  expect(err.endsWith('\n')).toBe(true);
  const body = err.slice(0, -1);
  expect(body.split('\n')).toHaveLength(1);
  expect(body.trim().length).toBeGreaterThan(10);
  expect(body).toMatch(VIET);
  expect(body).not.toMatch(/^\s*at\s|\bat \S+:\d+|\bat (?:async |new )?[\w.<>]+ \(/m);
  expect(body).not.toMatch(/Error:/);
  expect(body).not.toMatch(/TypeError|RangeError|SyntaxError|ReferenceError|undefined|\[object /);
}

function csvLapVo(): string {
  return [
    'Cấp,Tổng số hồ sơ tiếp nhận,Kỳ trước chuyển qua,Trong kỳ,Trực tuyến,Đã giải quyết,Sớm hạn,Đúng hạn,Trễ hạn,Đang giải quyết,Chưa đến hạn,Quá hạn',
    'Cấp huyện,308,65,243,192,225,198,22,5,83,82,1',
    '"Cấp xã, thị trấn",1.886,80,1.806,1.624,1.722,1.544,175,3,154,154,0',
    '',
  ].join('\r\n');
}

/** A deterministic byte stream (mulberry32). */
function randomBytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    b[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return b;
}

async function tthcWorkbook(opts: { hiddenTable?: boolean; errors?: boolean }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (opts.hiddenTable) wb.addWorksheet('Ghi chú').getCell('A1').value = 'Số liệu ở trang ẩn';
  const ws = wb.addWorksheet('Kết quả TTHC', opts.hiddenTable ? { state: 'hidden' } : {});
  const rows = base();
  if (opts.errors) {
    rows[2]![9] = { error: '#REF!' };
    rows[3]![1] = { error: '#DIV/0!' };
  }
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
    }),
  );
  for (const m of MERGES) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function docxLikeZip(): Promise<Buffer> {
  const z = new JSZip();
  z.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  z.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  );
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

interface FileCase {
  name: string;
  /** Writes the input; returns its path. */
  make: () => Promise<string> | string;
  code: 0 | 1 | 2;
  /** For exit 2: words the one line must hold. */
  says?: (string | RegExp)[];
  /** For exit 0/1: the tables and findings of the JSON. */
  tables?: { sheet: string; range: string; form: string; rows: number; orientation: string }[];
  findings?: Flat[];
}

const put = (name: string, bytes: Uint8Array | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

const FILE_CASES: FileCase[] = [
  { name: 'a .txt renamed .xlsx', make: () => put('ghi-chu.xlsx', 'Cấp huyện: 308 hồ sơ\nCấp xã: 1.886 hồ sơ\n'), code: 2, says: ['"ghi-chu.xlsx"'] },
  { name: 'a 0-byte .xlsx', make: () => put('rong.xlsx', ''), code: 2, says: ['"rong.xlsx"', 'rỗng'] },
  {
    name: 'a truncated .xlsx (first half of a template)',
    make: () => {
      const b = readFileSync(TEMPLATE('lap-vo-thang-03-2024.xlsx'));
      return put('cat-cut.xlsx', b.subarray(0, Math.floor(b.length / 2)));
    },
    code: 2,
    says: ['"cat-cut.xlsx"'],
  },
  { name: 'a random-bytes .xlsx', make: () => put('ngau-nhien.xlsx', randomBytes(4096, 20240312)), code: 2, says: ['"ngau-nhien.xlsx"'] },
  {
    name: 'random bytes after a zip signature, named .xlsx',
    make: () => put('gia-zip.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(4096, 7)])),
    code: 2,
    says: ['"gia-zip.xlsx"'],
  },
  {
    name: 'a zip that is not a workbook (.docx-like), named .xlsx',
    make: async () => put('van-ban.xlsx', await docxLikeZip()),
    code: 2,
    says: ['"van-ban.xlsx"'],
  },
  {
    name: 'a password-protected .xlsx (OLE/CFB container)',
    make: () => put('mat-khau.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)])),
    code: 2,
    says: ['"mat-khau.xlsx"', 'mật khẩu'],
  },
  { name: 'a missing file', make: () => join(dir, 'khong-co.xlsx'), code: 2, says: ['"khong-co.xlsx"'] },
  {
    name: 'a directory',
    make: () => {
      const p = join(dir, 'thu-muc.xlsx');
      mkdirSync(p, { recursive: true });
      return p;
    },
    code: 2,
    says: ['"thu-muc.xlsx"', 'thư mục'],
  },
  {
    name: 'a .csv with only a header',
    make: () => put('chi-tieu-de.csv', csvLapVo().split('\r\n')[0] + '\r\n'),
    code: 2,
    says: [USER_ERRORS.noTable('chi-tieu-de.csv')],
  },
  {
    name: 'an .xlsx with no known table',
    make: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Ghi chú');
      ws.getCell('A1').value = 'Không có số liệu tháng này';
      ws.getCell('A2').value = 'Người lập: Nguyễn Văn A';
      return put('khong-bang.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    },
    code: 2,
    says: [USER_ERRORS.noTable('khong-bang.xlsx')],
  },
  {
    name: 'a .csv whose numbers use "." thousands separators: read fine, the cấp xã gap found',
    make: () => put('lap-vo.csv', csvLapVo()),
    code: 1,
    tables: [{ sheet: 'lap-vo', range: 'A1:L3', form: 'tthc', rows: 2, orientation: 'rows' }],
    findings: [['lap-vo', 'B3', 'can-doi-tiep-nhan', '1.886', null]],
  },
  {
    name: 'the same .csv in UTF-16LE with a BOM',
    make: () => put('lap-vo-utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvLapVo(), 'utf16le')])),
    code: 1,
    tables: [{ sheet: 'lap-vo-utf16', range: 'A1:L3', form: 'tthc', rows: 2, orientation: 'rows' }],
    findings: [['lap-vo-utf16', 'B3', 'can-doi-tiep-nhan', '1.886', null]],
  },
  {
    name: 'a workbook whose only table is in a hidden sheet: the table is still checked',
    make: async () => put('trang-an.xlsx', await tthcWorkbook({ hiddenTable: true })),
    code: 0,
    tables: [{ sheet: 'Kết quả TTHC', range: 'A1:L4', form: 'tthc', rows: 2, orientation: 'rows' }],
    findings: [],
  },
  {
    name: 'an .xlsx with error values in count cells',
    make: async () => put('o-loi.xlsx', await tthcWorkbook({ errors: true })),
    code: 1,
    tables: [{ sheet: 'Kết quả TTHC', range: 'A1:L4', form: 'tthc', rows: 2, orientation: 'rows' }],
    findings: [
      ['Kết quả TTHC', 'J3', 'o-loi', '#REF!', null],
      ['Kết quả TTHC', 'B4', 'o-loi', '#DIV/0!', null],
    ],
  },
  {
    name: 'template lap-vo-thang-03-2024.xlsx: exit 1, the cấp xã gap',
    make: () => {
      const p = join(dir, 'lap-vo-thang-03-2024.xlsx');
      copyFileSync(TEMPLATE('lap-vo-thang-03-2024.xlsx'), p);
      return p;
    },
    code: 1,
    findings: [['Kết quả TTHC', 'C7', 'can-doi-tiep-nhan', '1.886', null]],
  },
  {
    name: 'template chau-thanh-nam-2020.xlsx: exit 0',
    make: () => {
      const p = join(dir, 'chau-thanh-nam-2020.xlsx');
      copyFileSync(TEMPLATE('chau-thanh-nam-2020.xlsx'), p);
      return p;
    },
    code: 0,
  },
];

describe('file corpus: `bao-cao check <file> --json` in-process', () => {
  beforeAll(() => {
    delete process.env.BAO_CAO_DEBUG;
    dir = mkdtempSync(join(tmpdir(), 'bao-cao-corpus-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(FILE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const path = await c.make();
    let before: { bytes: Buffer; mtime: number } | undefined;
    try {
      const st = statSync(path);
      if (st.isFile()) before = { bytes: readFileSync(path), mtime: st.mtimeMs };
    } catch {
      // a missing file stays missing
    }
    const r = await runCli(path);
    expect(r.code, `stderr: ${r.err}`).toBe(c.code);
    if (c.code !== 2) expect(r.err).toBe('');
    if (c.code === 2) {
      expect(r.out).toBe('');
      expectOneVietnameseLine(r.err);
      for (const w of c.says ?? []) expect(r.err).toMatch(typeof w === 'string' ? new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : w);
    } else {
      const j = JSON.parse(r.out) as {
        tables: unknown[];
        findings: { sheet: string; cell: string; rule: string; actual: string | null; expected: string | null; severity: string }[];
        summary: { errors: number };
      };
      expect(Object.keys(j)).toEqual(['tables', 'findings', 'summary']);
      if (c.tables) expect(j.tables).toEqual(c.tables);
      if (c.findings) expect(j.findings.map((f) => [f.sheet, f.cell, f.rule, f.actual, f.expected])).toEqual(c.findings);
      expect(j.summary.errors > 0).toBe(c.code === 1);
    }
    // The command line reads the file and never writes it.
    if (before) {
      expect(readFileSync(path).equals(before.bytes)).toBe(true);
      expect(statSync(path).mtimeMs).toBe(before.mtime);
    }
  });
});
