/**
 * Writes the sample workbooks in templates/ (run: `npm run templates`).
 *
 * Each workbook reproduces the tables of one reference report (test/reference/*.txt, copied from shared/reference;
 * figures in seed-figures.md) the way a commune/district clerk keeps them in a spreadsheet:
 * title rows, merged multi-row headers with wrapped text, borders, a numbering row where the
 * form has one, section rows, a bold total row, column widths.
 *
 * Everything below the helpers is data. To add a workbook, describe its tables as `TableSpec`s,
 * group them in `SheetSpec`s, and add a `WorkbookSpec` to `WORKBOOKS`. `writeTable` does the rest.
 *
 * The figures are the reports' figures as printed, including their inconsistencies: do not fix them.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// Description types
// ---------------------------------------------------------------------------------------------

/** A cell value with its own number format (a percent stored as a number, a text-formatted cell). */
interface Formatted {
  value: number | string;
  numFmt: string;
}

/** One cell as a clerk typed it: a number, a text, an empty cell (`null`), or a formatted value. */
type Value = number | string | null | Formatted;

/** A header cell; `cols`/`rows` > 1 make it a merged area. */
interface HeaderCell {
  text: string;
  cols?: number;
  rows?: number;
}

/** `data` rows hold figures; `section` rows ("I", "Cấp huyện") and `total` rows are bold. */
type RowKind = 'data' | 'section' | 'total';

interface RowSpec {
  kind: RowKind;
  cells: Value[];
}

/** A line written above a table (title, period, caption, form number). */
interface TitleLine {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** `center` lines are merged across the table; `right` lines across the last `span` columns; `left` lines are not merged. */
  align: 'center' | 'left' | 'right';
  span?: number;
}

interface TableSpec {
  titles?: TitleLine[];
  /** Empty rows between the title lines and the header. */
  blankAfterTitles?: number;
  /**
   * Header rows, laid out like an HTML table: each row lists its cells left to right and skips the
   * columns still covered by a cell from a row above (`rows` > 1).
   */
  header: HeaderCell[][];
  /** The form's column-numbering row ("1", "2", "3=4+5" … or "(1)" … "(13)"), written as text. */
  numbering?: string[];
  rows: RowSpec[];
  /** Column widths (Excel character units), one per table column. */
  widths: number[];
  /** Table columns (0-based) whose cells are centred, e.g. STT. */
  centered?: number[];
}

interface SheetSpec {
  name: string;
  /** 1-based column of the tables' first column (2 = the table starts at column B). */
  startCol?: number;
  /** Empty rows between two tables. */
  gap?: number;
  landscape?: boolean;
  tables: TableSpec[];
}

interface WorkbookSpec {
  file: string;
  sheets: SheetSpec[];
}

/** Where a table landed, for the summary printed at the end. */
interface Placed {
  /** Header top-left to last row bottom-right, e.g. "B4:M7". */
  range: string;
  /** Address of each body row's first cell, in spec order. */
  rowAddresses: string[];
  /** Next free sheet row after the table. */
  nextRow: number;
}

// ---------------------------------------------------------------------------------------------
// Small constructors used by the data
// ---------------------------------------------------------------------------------------------

const h = (text: string, cols = 1, rows = 1): HeaderCell => ({ text, cols, rows });
const data = (...cells: Value[]): RowSpec => ({ kind: 'data', cells });
const section = (...cells: Value[]): RowSpec => ({ kind: 'section', cells });
const total = (...cells: Value[]): RowSpec => ({ kind: 'total', cells });
/** A text cell formatted as Text ("@"), e.g. "1.886" typed with the Vietnamese thousands separator. */
const asText = (value: string): Formatted => ({ value, numFmt: '@' });
/** A rate stored as a number and shown as a percent with one decimal. */
const pct1 = (value: number): Formatted => ({ value, numFmt: '0.0%' });

const title = (text: string): TitleLine => ({ text, bold: true, size: 14, align: 'center' });
const subtitle = (text: string): TitleLine => ({ text, italic: true, align: 'center' });
const caption = (text: string): TitleLine => ({ text, bold: true, align: 'left' });
const upperRight = (text: string, span: number, bold = true): TitleLine => ({ text, bold, italic: !bold, align: 'right', span });

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

const FONT_NAME = 'Times New Roman';
const FONT_SIZE = 12;
const LINE_HEIGHT = 15.75; // points per line of 12 pt text
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Rough number of wrapped lines `text` needs in a cell `width` characters wide (greedy word wrap). */
function linesNeeded(text: string, width: number, bold: boolean, size = FONT_SIZE): number {
  const upper = text === text.toUpperCase() && /\p{L}/u.test(text);
  const capacity = Math.max(1, Math.floor((width - 1) * (bold ? 0.95 : 1.05) * (upper ? 0.8 : 1) * (FONT_SIZE / size)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used === 0) used = word.length;
      else if (used + 1 + word.length <= capacity) used += 1 + word.length;
      else {
        lines += 1;
        used = word.length;
      }
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
    }
  }
  return lines;
}

function rowHeightFor(lines: number, size = FONT_SIZE): number {
  return Math.ceil(lines * LINE_HEIGHT * (size / FONT_SIZE) + 2);
}

/** Raises a row's height to `height` points (never lowers a height already set). */
function ensureHeight(ws: ExcelJS.Worksheet, rowNumber: number, height: number): void {
  const row = ws.getRow(rowNumber);
  if (row.height === undefined || row.height < height) row.height = height;
}

function spanWidth(widths: number[], from: number, count: number): number {
  return widths.slice(from, from + count).reduce((a, b) => a + b, 0);
}

function setValue(cell: ExcelJS.Cell, value: Value): void {
  if (value === null) return;
  if (typeof value === 'object') {
    cell.value = value.value;
    cell.numFmt = value.numFmt;
  } else {
    cell.value = value;
  }
}

function rawOf(value: Value): number | string | null {
  return value !== null && typeof value === 'object' ? value.value : value;
}

function textOf(value: Value): string {
  const raw = rawOf(value);
  return raw === null ? '' : String(raw);
}

function addr(row: number, col: number): string {
  let name = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row}`;
}

/** Lays the header cells out on a grid, HTML-table style: returns each cell with its 0-based position. */
function layoutHeader(header: HeaderCell[][], width: number): { cell: HeaderCell; r: number; c: number }[] {
  const taken: boolean[][] = header.map(() => new Array<boolean>(width).fill(false));
  const placed: { cell: HeaderCell; r: number; c: number }[] = [];
  header.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < width && taken[r]![c]) c += 1;
      const rows = cell.rows ?? 1;
      const cols = cell.cols ?? 1;
      if (c + cols > width || r + rows > header.length) {
        throw new Error(`Header cell "${cell.text}" does not fit (row ${r + 1}, column ${c + 1})`);
      }
      for (let i = r; i < r + rows; i += 1) for (let j = c; j < c + cols; j += 1) taken[i]![j] = true;
      placed.push({ cell, r, c });
      c += cols;
    }
  });
  taken.forEach((row, r) => {
    const gap = row.indexOf(false);
    if (gap >= 0) throw new Error(`Header row ${r + 1} leaves column ${gap + 1} uncovered`);
  });
  return placed;
}

/**
 * Writes one table (its title lines, header, numbering row and body) with its top-left title
 * line at (`top`, `left`), 1-based. Returns where the table landed.
 */
function writeTable(ws: ExcelJS.Worksheet, spec: TableSpec, top: number, left: number): Placed {
  const width = spec.widths.length;
  const right = left + width - 1;
  const totalWidth = spanWidth(spec.widths, 0, width);
  let row = top;

  for (const line of spec.titles ?? []) {
    const size = line.size ?? FONT_SIZE;
    let from = left;
    let lines = 1;
    if (line.align === 'center') {
      ws.mergeCells(row, left, row, right);
      lines = linesNeeded(line.text, totalWidth, line.bold ?? false, size);
    } else if (line.align === 'right') {
      from = right - (line.span ?? 1) + 1;
      ws.mergeCells(row, from, row, right);
    }
    const cell = ws.getCell(row, from);
    cell.value = line.text;
    cell.font = { name: FONT_NAME, size, bold: line.bold ?? false, italic: line.italic ?? false };
    cell.alignment = { horizontal: line.align, vertical: 'middle', wrapText: line.align === 'center' };
    ensureHeight(ws, row, rowHeightFor(lines, size));
    row += 1;
  }
  row += spec.blankAfterTitles ?? 0;

  const headerTop = row;
  const boxStyle = (r: number, c: number): ExcelJS.Cell => {
    const cell = ws.getCell(r, c);
    cell.border = BORDER;
    cell.font = { name: FONT_NAME, size: FONT_SIZE };
    return cell;
  };

  // Header: every cell of a merged area gets the border, the top-left one gets the text.
  for (const { cell, r, c } of layoutHeader(spec.header, width)) {
    const rows = cell.rows ?? 1;
    const cols = cell.cols ?? 1;
    const r0 = headerTop + r;
    const c0 = left + c;
    for (let i = r0; i < r0 + rows; i += 1) {
      for (let j = c0; j < c0 + cols; j += 1) {
        const target = boxStyle(i, j);
        target.font = { name: FONT_NAME, size: FONT_SIZE, bold: true };
        target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      }
    }
    if (rows > 1 || cols > 1) ws.mergeCells(r0, c0, r0 + rows - 1, c0 + cols - 1);
    ws.getCell(r0, c0).value = cell.text;
  }
  fitHeaderHeights(ws, spec, headerTop);
  row = headerTop + spec.header.length;

  if (spec.numbering) {
    if (spec.numbering.length !== width) throw new Error(`Numbering row has ${spec.numbering.length} cells, table has ${width} columns`);
    spec.numbering.forEach((label, j) => {
      const cell = boxStyle(row, left + j);
      cell.value = label;
      cell.numFmt = '@';
      cell.font = { name: FONT_NAME, size: FONT_SIZE, italic: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    });
    ensureHeight(ws, row, rowHeightFor(1));
    row += 1;
  }

  const rowAddresses: string[] = [];
  for (const body of spec.rows) {
    if (body.cells.length !== width) throw new Error(`Row "${body.cells.map(textOf).join('|')}" has ${body.cells.length} cells, table has ${width} columns`);
    let lines = 1;
    body.cells.forEach((value, j) => {
      const cell = boxStyle(row, left + j);
      setValue(cell, value);
      const isText = typeof rawOf(value) === 'string';
      cell.font = { name: FONT_NAME, size: FONT_SIZE, bold: body.kind !== 'data' };
      cell.alignment = spec.centered?.includes(j) ? { horizontal: 'center', vertical: 'middle' } : { vertical: 'middle', wrapText: isText };
      if (isText) lines = Math.max(lines, linesNeeded(textOf(value), spec.widths[j]!, body.kind !== 'data'));
    });
    ensureHeight(ws, row, rowHeightFor(lines));
    rowAddresses.push(addr(row, left));
    row += 1;
  }

  spec.widths.forEach((w, j) => {
    const column = ws.getColumn(left + j);
    column.width = Math.max(column.width ?? 0, w);
  });

  return { range: `${addr(headerTop, left)}:${addr(row - 1, right)}`, rowAddresses, nextRow: row };
}

/** Sets header row heights so that wrapped header text fits, spreading merged cells' needs over their rows. */
function fitHeaderHeights(ws: ExcelJS.Worksheet, spec: TableSpec, headerTop: number): void {
  const placed = layoutHeader(spec.header, spec.widths.length);
  const heights = spec.header.map(() => LINE_HEIGHT + 2);
  const need = (p: (typeof placed)[number]): number => rowHeightFor(linesNeeded(p.cell.text, spanWidth(spec.widths, p.c, p.cell.cols ?? 1), true));
  for (const p of placed) if ((p.cell.rows ?? 1) === 1) heights[p.r] = Math.max(heights[p.r]!, need(p));
  for (const p of placed) {
    const rows = p.cell.rows ?? 1;
    if (rows === 1) continue;
    const have = heights.slice(p.r, p.r + rows).reduce((a, b) => a + b, 0);
    const missing = need(p) - have;
    if (missing > 0) heights[p.r + rows - 1]! += missing;
  }
  heights.forEach((height, i) => ensureHeight(ws, headerTop + i, height));
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): Placed[] {
  const ws = wb.addWorksheet(spec.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: spec.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const left = spec.startCol ?? 1;
  if (left > 1) for (let c = 1; c < left; c += 1) ws.getColumn(c).width = 3;
  const placed: Placed[] = [];
  let top = 1;
  for (const table of spec.tables) {
    const result = writeTable(ws, table, top, left);
    placed.push(result);
    top = result.nextRow + (spec.gap ?? 2);
  }
  return placed;
}

// ---------------------------------------------------------------------------------------------
// "Thông tin báo cáo": the document facts a report needs besides its figures
// ---------------------------------------------------------------------------------------------

/** The labels, in the order the sheet lists them. */
const INFO_LABELS = [
  'Cơ quan chủ quản',
  'Cơ quan ban hành',
  'Số, ký hiệu',
  'Địa danh',
  'Ngày',
  'Kỳ báo cáo từ',
  'Kỳ báo cáo đến',
  'Kính gửi',
  'Trích yếu',
  'Quyền hạn',
  'Cơ quan ký thay',
  'Chức vụ',
  'Người ký',
  'Nơi nhận',
  'Các cấp báo cáo',
  'Mẫu báo cáo',
] as const;

type InfoLabel = (typeof INFO_LABELS)[number];

/**
 * A "Thông tin báo cáo" sheet: label | value, every value typed as text; missing labels stay blank. `more` adds the
 * office's own texts (sections of the report no sheet holds) under labels of their own.
 */
function infoSheet(info: Partial<Record<InfoLabel, string>>, more: Record<string, string> = {}): SheetSpec {
  return {
    name: 'Thông tin báo cáo',
    tables: [
      {
        header: [[h('Thông tin'), h('Giá trị')]],
        rows: [
          ...INFO_LABELS.map((label) => {
            const value = info[label];
            return data(label, value === undefined ? null : asText(value));
          }),
          ...Object.entries(more).map(([label, value]) => data(label, asText(value))),
        ],
        widths: [22, 70],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The workbooks
// ---------------------------------------------------------------------------------------------

const LAP_VO_PERIOD = '(Từ ngày 15/02/2024 đến ngày 12/3/2024)';

/** The Lấp Vò report's own sections (II–V), as the office wrote them (shortened): they give the report its shape. */
const LAP_VO_TEXTS: Record<string, string> = {
  'Công tác kiểm tra công vụ':
    'Ủy ban nhân dân Huyện thường xuyên chỉ đạo tăng cường thực hiện nghiêm kỷ cương, kỷ luật hành chính trong các cơ quan hành chính nhà nước trên địa bàn huyện. UBND Huyện thành lập Tổ kiểm tra công vụ tổ chức kiểm tra định kỳ hoặc đột xuất để kịp thời ngăn chặn các tình trạng đùn đẩy, né tránh, sợ trách nhiệm trong công việc, tăng cường kỷ luật, kỷ cương trong quá trình thực hiện nhiệm vụ được giao của đội ngũ cán bộ, công chức, viên chức trên địa bàn huyện.',
  'Công tác kiểm soát TTHC':
    'Việc thực hiện kiểm soát TTHC trên địa bàn huyện có nhiều chuyển biến tốt và đạt được kết quả tích cực, cán bộ làm đầu mối kiểm soát TTHC đảm bảo thực hiện đáp ứng được nhiệm vụ được giao, thường xuyên cập nhật, thống kê, rà soát kịp thời; niêm yết, công khai theo đúng quy định.',
  'Thuận lợi': [
    '- Được sự quan tâm chỉ đạo của UBND Tỉnh, Huyện ủy, UBND Huyện chú trọng đến công tác sắp xếp, kiện toàn, từng bước chuẩn hóa đội ngũ cán bộ, công chức cấp Huyện, cấp xã.',
    '- Cơ chế một cửa, một cửa liên thông tiếp tục phát huy vai trò quan trọng trong việc tiếp nhận và trả kết quả giải quyết TTHC, việc giải quyết TTHC cho tổ chức, công dân đúng quy định.',
  ].join('\n'),
  'Khó khăn, vướng mắc': 'Không.',
  'Kiến nghị, đề xuất': 'Không.',
};

/** bao-cao-644-thang-03-2024-lap-vo.txt. Cấp xã: 1.722 + 154 = 1.876 ≠ 1.886 received (as printed). */
const LAP_VO: WorkbookSpec = {
  file: 'lap-vo-thang-03-2024.xlsx',
  sheets: [
    {
      name: 'Kết quả TTHC',
      startCol: 2,
      landscape: true,
      tables: [
        {
          titles: [title('KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'), subtitle(LAP_VO_PERIOD)],
          blankAfterTitles: 1,
          header: [
            [h('Cấp', 1, 2), h('Số hồ sơ tiếp nhận', 4), h('Số hồ sơ đã giải quyết', 4), h('Số hồ sơ đang giải quyết', 3)],
            [
              h('Tổng số'),
              h('Kỳ trước chuyển qua'),
              h('Trong kỳ'),
              h('Trong đó: trực tuyến'),
              h('Tổng số'),
              h('Sớm hạn'),
              h('Đúng hạn'),
              h('Trễ hạn'),
              h('Tổng số'),
              h('Chưa đến hạn'),
              h('Quá hạn'),
            ],
          ],
          rows: [
            data('Cấp huyện', 308, 65, 243, 192, 225, 198, 22, 5, 83, 82, 1),
            // The clerk typed 1.886 with the Vietnamese thousands separator into a text cell.
            data('Cấp xã, thị trấn', asText('1.886'), 80, 1806, 1624, 1722, 1544, 175, 3, 154, 154, 0),
          ],
          widths: [18, 10, 11, 10, 11, 10, 9, 9, 9, 10, 10, 9],
        },
      ],
    },
    {
      name: 'Số hóa',
      tables: [
        {
          titles: [caption('Số hóa kết quả giải quyết TTHC còn hiệu lực (tính đến ngày 14/02/2024)')],
          header: [[h('Đơn vị'), h('Tổng số kết quả cần số hóa'), h('Đã số hóa'), h('Tiếp tục số hóa'), h('Tỷ lệ đã số hóa')]],
          rows: [data('Toàn huyện', 51530, 47658, 3872, '92,49%')],
          widths: [16, 16, 14, 14, 12],
        },
        {
          titles: [caption('Số hóa trong tiếp nhận và trả kết quả (15/02/2024 – 12/3/2024)')],
          header: [[h('Cấp'), h('Giải quyết xong, trả kết quả'), h('Số hóa kết quả giải quyết TTHC'), h('Số hóa thành phần hồ sơ')]],
          rows: [data('Cấp huyện', 209, 196, 201), data('Cấp xã', 1690, 1688, 1495)],
          widths: [16, 16, 16, 16],
        },
      ],
    },
    {
      name: 'PAKN',
      landscape: true,
      tables: [
        {
          titles: [title('TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ VỀ QUY ĐỊNH TTHC'), subtitle(LAP_VO_PERIOD)],
          blankAfterTitles: 1,
          header: [
            [h('Nội dung', 1, 2), h('Tổng số PAKN tiếp nhận', 3), h('Phân loại', 2), h('Kết quả xử lý', 2)],
            [
              h('Tổng số'),
              h('Tiếp nhận mới trong kỳ'),
              h('Từ kỳ trước chuyển qua'),
              h('Về quy định hành chính'),
              h('Về hành vi hành chính'),
              h('Đã xử lý'),
              h('Đang xử lý'),
            ],
          ],
          rows: [data('Tháng 03/2024', 0, 0, 0, 0, 0, 0, 0)],
          widths: [18, 10, 12, 12, 13, 13, 10, 10],
        },
      ],
    },
    infoSheet(
      {
        'Cơ quan chủ quản': 'UBND TỈNH ĐỒNG THÁP',
        'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN HUYỆN LẤP VÒ',
        'Số, ký hiệu': '/BC-UBND',
        'Địa danh': 'Lấp Vò',
        'Kỳ báo cáo từ': '15/02/2024',
        'Kỳ báo cáo đến': '12/3/2024',
        'Trích yếu': 'Tăng cường trách nhiệm và nâng cao hiệu quả công tác cải cách TTHC tháng 3 năm 2024',
        'Quyền hạn': 'TM.',
        'Cơ quan ký thay': 'ỦY BAN NHÂN DÂN',
        'Chức vụ': 'Q. CHỦ TỊCH',
        'Người ký': 'Trương Thị Diệp',
        'Nơi nhận': ['Văn phòng UBND Tỉnh;', 'CT, các PCT UBND huyện;', 'Các Cơ quan chuyên môn;', 'UBND xã, thị trấn;', 'LĐVP + CV(Hoa);', 'Lưu: VT, H.'].join(
          '\n',
        ),
        'Các cấp báo cáo': 'Cấp huyện; Cấp xã',
        'Mẫu báo cáo': 'thang-644',
      },
      LAP_VO_TEXTS,
    ),
  ],
};

/** bao-cao-bo-chi-so-thang-11-2023-thap-muoi.txt. 261 / 349 = 74,785…% printed 74,78% (truncated). */
const THAP_MUOI_11_2023: WorkbookSpec = {
  file: 'thap-muoi-thang-11-2023.xlsx',
  sheets: [
    {
      name: 'Bộ chỉ số',
      gap: 1,
      landscape: true,
      tables: [
        {
          titles: [title('KẾT QUẢ BỘ CHỈ SỐ CHỈ ĐẠO, ĐIỀU HÀNH VÀ ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP'), subtitle('(Tháng 11/2023)')],
          blankAfterTitles: 1,
          header: [
            [
              h('Cấp'),
              h('Đã giải quyết'),
              h('Trước hạn'),
              h('Đúng hạn'),
              h('Trễ hạn'),
              h('Đang giải quyết'),
              h('Số hóa kết quả'),
              h('Tỷ lệ số hóa'),
              h('Tỷ lệ DVC trực tuyến'),
            ],
          ],
          rows: [data('Huyện', 349, 280, 69, 0, 61, 261, '74,78%', '88,05%'), data('Xã', 1890, 1644, 246, 0, 169, 1083, pct1(0.573), pct1(0.806))],
          widths: [12, 11, 10, 10, 9, 12, 11, 11, 13],
        },
        {
          header: [[h('Chỉ tiêu'), h('Kết quả'), h('Mục tiêu')]],
          rows: [data('Tỷ lệ thanh toán trực tuyến', '47,71%', '30%'), data('Chứng thực điện tử bản sao từ bản chính (hồ sơ)', 386, null)],
          widths: [30, 11, 10],
        },
      ],
    },
    infoSheet({
      'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI',
      'Số, ký hiệu': '/BC-UBND',
      'Địa danh': 'Tháp Mười',
      'Kỳ báo cáo từ': '01/11/2023',
      'Kỳ báo cáo đến': '30/11/2023',
      'Kính gửi': 'Ủy ban nhân dân tỉnh Đồng Tháp',
      'Trích yếu': 'Công tác thực hiện các giải pháp nâng cao Bộ Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp',
      'Quyền hạn': 'TM.',
      'Cơ quan ký thay': 'ỦY BAN NHÂN DÂN',
      'Chức vụ': 'CHỦ TỊCH',
      'Người ký': 'Đoàn Thanh Bình',
      'Nơi nhận': [
        'Như trên;',
        'Văn phòng UBND tỉnh;',
        'CT, các PCT.UBND huyện;',
        'Các ban, ngành huyện;',
        'UBND các xã, thị trấn;',
        'LĐVP.HĐND&UBND huyện;',
        'Lưu: VT, NCNV (s).',
      ].join('\n'),
      'Các cấp báo cáo': 'Cấp huyện; Cấp xã',
      'Mẫu báo cáo': 'bo-chi-so',
    }),
  ],
};

/** bao-cao-644-thang-01-2024.txt (huyện Tháp Mười). */
const THAP_MUOI_01_2024: WorkbookSpec = {
  file: 'thap-muoi-thang-01-2024.xlsx',
  sheets: [
    {
      name: 'Số hóa',
      tables: [
        {
          titles: [title('TỶ LỆ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT TTHC'), subtitle('(Tháng 01/2024)')],
          blankAfterTitles: 1,
          header: [[h('Cấp'), h('Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC')]],
          rows: [data('Cấp huyện', '97,38%'), data('Cấp xã', '89,38%')],
          widths: [16, 30],
        },
      ],
    },
    {
      name: 'PAKN',
      tables: [
        {
          titles: [title('TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ'), subtitle('(Tháng 01/2024)')],
          blankAfterTitles: 1,
          header: [[h('Kênh tiếp nhận'), h('Số phản ánh, kiến nghị tiếp nhận'), h('Về thủ tục hành chính'), h('Chậm trễ')]],
          rows: [data('Tổng đài 1022', 2, 0, 0)],
          widths: [18, 18, 14, 10],
        },
      ],
    },
    infoSheet({
      'Cơ quan ban hành': 'ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI',
      'Số, ký hiệu': '/BC-UBND',
      'Địa danh': 'Tháp Mười',
      'Kỳ báo cáo từ': '01/01/2024',
      'Kỳ báo cáo đến': '31/01/2024',
      'Kính gửi': 'Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp',
      'Trích yếu':
        'Công tác triển khai thực hiện Công điện 644/CĐ-TTg ngày 13/7/2023 của Thủ tướng Chính phủ và Công văn số 09/UBND-HCC ngày 20/7/2023 của Ủy ban nhân dân tỉnh Đồng Tháp',
      'Quyền hạn': 'TM.',
      'Cơ quan ký thay': 'ỦY BAN NHÂN DÂN',
      'Chức vụ': 'CHỦ TỊCH',
      'Người ký': 'Đoàn Thanh Bình',
      'Nơi nhận': ['Như trên;', 'CT, các PCT.UBND huyện;', 'LĐVP.HĐND&UBND huyện;', 'Lưu: VT, NCNV (s).'].join('\n'),
      'Các cấp báo cáo': 'Cấp huyện; Cấp xã',
      'Mẫu báo cáo': 'thang-644-ngan',
    }),
  ],
};

/** bao-cao-cchc-nam-2020-chau-thanh.txt: the older appendix form; every identity holds, STT is out of step. */
const CHAU_THANH_2020: WorkbookSpec = {
  file: 'chau-thanh-nam-2020.xlsx',
  sheets: [
    {
      name: 'Phụ lục',
      landscape: true,
      tables: [
        {
          titles: [
            title('PHỤ LỤC'),
            title('TÌNH HÌNH, KẾT QUẢ TIẾP NHẬN HỒ SƠ, TRẢ KẾT QUẢ GIẢI QUYẾT TTHC'),
            subtitle('Kỳ báo cáo: Năm 2020, từ ngày 01 tháng 01 năm 2020 đến ngày 26 tháng 10 năm 2020'),
          ],
          blankAfterTitles: 1,
          header: [
            [
              h('STT', 1, 3),
              h('Lĩnh vực, công việc thực hiện cơ chế "Một cửa"', 1, 3),
              h('Số hồ sơ nhận giải quyết', 3),
              h('Kết quả giải quyết', 6),
              h('Ghi chú', 1, 3),
            ],
            [h('Tổng số', 1, 2), h('Trong đó', 2), h('Số hồ sơ đã giải quyết', 3), h('Số hồ sơ đang giải quyết', 3)],
            [
              h('Số kỳ trước chuyển qua'),
              h('Số mới tiếp nhận'),
              h('Tổng số'),
              h('Trả đúng hạn'),
              h('Trả quá hạn'),
              h('Tổng số'),
              h('Chưa tới hẹn'),
              h('Quá hạn'),
            ],
          ],
          numbering: ['1', '2', '3=4+5', '4', '5', '6=7+8', '7', '8', '9=10+11', '10', '11', '12'],
          // As printed: the first row is numbered 2, "Đất đai, nhà ở" has no STT, "Quá hạn" (11) is empty.
          rows: [
            data(2, 'Thế chấp', 3440, 0, 3440, 3440, 3440, 0, 0, 0, null, null),
            data(null, 'Đất đai, nhà ở', 11116, 1507, 9609, 10156, 10150, 6, 960, 960, null, null),
            data(3, 'Môi trường', 48, 0, 48, 45, 45, 0, 3, 3, null, null),
            data(4, 'Xây dựng', 125, 0, 125, 120, 120, 0, 5, 5, null, null),
            data(5, 'KD khí Hoá lỏng', 16, 0, 16, 15, 15, 0, 1, 1, null, null),
            data(6, 'Thuốc lá', 5, 0, 5, 4, 4, 0, 1, 1, null, null),
            data(7, 'Rượu', 1, 0, 1, 1, 1, 0, 0, 0, null, null),
            data(8, 'Đăng ký kinh doanh', 436, 0, 436, 432, 432, 0, 4, 4, null, null),
            data(9, 'Hộ tịch', 278, 0, 278, 278, 278, 0, 0, 0, null, null),
            data(10, 'Chứng thực', 275, 0, 275, 275, 275, 0, 0, 0, null, null),
            data(11, 'Giáo dục- Đào tạo', 84, 0, 84, 84, 84, 0, 0, 0, null, null),
            data(12, 'Lao động TBXH', 71, 0, 71, 71, 71, 0, 0, 0, null, null),
            data(13, 'Y tế', 0, 0, 0, 0, 0, 0, 0, 0, null, null),
            data(14, 'Nội vụ', 2, 0, 2, 1, 1, 0, 1, 1, null, null),
            data(15, 'Bảo hiểm xã hội', 10439, 149, 10290, 10246, 10246, 0, 193, 193, null, null),
            total(null, 'Tổng cộng:', 26336, 1656, 24680, 25168, 25162, 6, 1168, 1168, null, null),
          ],
          widths: [6, 28, 9, 10, 10, 9, 9, 9, 10, 9, 9, 8],
          centered: [0],
        },
      ],
    },
    {
      name: 'Phụ lục VIb',
      landscape: true,
      tables: [
        {
          titles: [
            title('Phụ lục VIb'),
            {
              text: 'Thống kê số liệu về kết quả ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước và trong cung cấp dịch vụ công trực tuyến của cơ quan, đơn vị',
              bold: true,
              align: 'center',
            },
            subtitle('(Số liệu tính từ ngày 01 tháng 01 năm 2020 đến ngày 26 tháng 10 năm 2020)'),
          ],
          blankAfterTitles: 1,
          header: [
            [
              h('STT', 1, 3),
              h('Cơ quan, đơn vị', 1, 3),
              h('Trao đổi văn bản giữa các cơ quan hành chính nhà nước trên địa bàn huyện', 3),
              h('Dịch vụ công trực tuyến mức độ 3', 4),
              h('Dịch vụ công trực tuyến mức độ 4', 4),
              h('Ghi chú', 1, 3),
            ],
            [
              h('Tổng số văn bản đi', 1, 2),
              h('Trong đó', 2),
              h('Tổng số TTHC đã cung cấp', 1, 2),
              h('Hồ sơ đã tiếp nhận', 3),
              h('Tổng số TTHC đã cung cấp', 1, 2),
              h('Hồ sơ đã tiếp nhận', 3),
            ],
            [
              h('Số văn bản giấy'),
              h('Số văn bản điện tử'),
              h('Tổng số'),
              h('Tiếp nhận tại nơi giải quyết TTHC'),
              h('Tiếp nhận qua mạng hoặc dịch vụ bưu chính'),
              h('Tổng số'),
              h('Tiếp nhận tại nơi giải quyết TTHC'),
              h('Tiếp nhận qua mạng hoặc dịch vụ bưu chính'),
            ],
          ],
          rows: [data(1, 'Văn phòng HĐND và UBND', 10038, 891, 9147, 0, 0, 0, 0, 0, 0, 0, 0, null)],
          widths: [6, 20, 11, 9, 10, 10, 9, 12, 14, 10, 9, 12, 14, 8],
          centered: [0],
        },
      ],
    },
    infoSheet({
      'Cơ quan chủ quản': 'UBND HUYỆN CHÂU THÀNH',
      'Cơ quan ban hành': 'VĂN PHÒNG HĐND VÀ UBND',
      'Số, ký hiệu': '/BC-VPUBND',
      'Địa danh': 'Châu Thành',
      'Kỳ báo cáo từ': '01/01/2020',
      'Kỳ báo cáo đến': '26/10/2020',
      'Trích yếu': 'Tình hình thực hiện công tác cải cách hành chính năm 2020 và phương hướng, nhiệm vụ năm 2021',
      'Quyền hạn': 'KT.',
      'Cơ quan ký thay': 'CHÁNH VĂN PHÒNG',
      'Chức vụ': 'PHÓ CHÁNH VĂN PHÒNG',
      'Người ký': 'Tạ Chí Thái',
      'Nơi nhận': ['CT, các PCT/UBND Huyện;', 'Phòng Nội vụ Huyện;', 'LĐVP, các CVNC, QTM;', 'Lưu: VT.'].join('\n'),
      'Mẫu báo cáo': 'cchc-nam',
    }),
  ],
};

/** The Lấp Vò figures in the current official form (Biểu số 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP). */
const BIEU_06_LAP_VO: WorkbookSpec = {
  file: 'bieu-06-lap-vo-thang-03-2024.xlsx',
  sheets: [
    {
      name: 'Biểu 06',
      landscape: true,
      tables: [
        {
          titles: [
            upperRight('Biểu số 06/VPCP/KSTT', 4),
            title('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC'),
            subtitle('Kỳ báo cáo: Tháng 3/2024 (Từ ngày 15/02/2024 đến ngày 12/3/2024)'),
            upperRight('Đơn vị tính: Số hồ sơ TTHC.', 4, false),
          ],
          header: [
            [h('STT', 1, 4), h('Lĩnh vực, công việc giải quyết theo cấp', 1, 4), h('Số hồ sơ nhận giải quyết', 4), h('Kết quả giải quyết', 7)],
            [h('Tổng số', 1, 3), h('Trong đó', 3), h('Số hồ sơ đã giải quyết', 4), h('Số hồ sơ đang giải quyết', 3)],
            [
              h('Số mới tiếp nhận', 2),
              h('Từ kỳ trước', 1, 2),
              h('Tổng số', 1, 2),
              h('Trước hạn', 1, 2),
              h('Đúng hạn', 1, 2),
              h('Quá hạn', 1, 2),
              h('Tổng số', 1, 2),
              h('Trong hạn', 1, 2),
              h('Quá hạn', 1, 2),
            ],
            [h('Trực tuyến'), h('Trực tiếp, dịch vụ bưu chính')],
          ],
          numbering: Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
          // The official form puts the total first. Cấp xã: (7) + (11) = 1.876 ≠ (3) = 1.886, as printed.
          rows: [
            total(null, 'Tổng số', 2194, 1816, 233, 145, 1947, 1742, 197, 8, 237, 236, 1),
            section('I', 'Cấp huyện', null, null, null, null, null, null, null, null, null, null, null),
            data(1, 'Bộ phận Một cửa huyện', 308, 192, 51, 65, 225, 198, 22, 5, 83, 82, 1),
            section('II', 'Cấp xã', null, null, null, null, null, null, null, null, null, null, null),
            data(1, 'Bộ phận Một cửa xã, thị trấn', 1886, 1624, 182, 80, 1722, 1544, 175, 3, 154, 154, 0),
          ],
          widths: [6, 26, 9, 10, 13, 9, 9, 9, 9, 9, 9, 9, 9],
          centered: [0],
        },
      ],
    },
  ],
};

const WORKBOOKS: WorkbookSpec[] = [LAP_VO, THAP_MUOI_11_2023, THAP_MUOI_01_2024, CHAU_THANH_2020, BIEU_06_LAP_VO];

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

/**
 * exceljs zips with JSZip, which stamps every entry with the current time. Giving JSZip a default
 * date (the JSZip instance exceljs itself loads) makes the .xlsx bytes reproducible.
 */
function pinZipDates(): void {
  try {
    const requireFromExcelJs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
    const jszip = requireFromExcelJs('jszip') as { defaults?: { date?: Date | null } };
    if (jszip.defaults) jszip.defaults.date = FIXED_DATE;
  } catch {
    // Without it the workbooks are still correct, only their zip timestamps vary.
  }
}

async function main(): Promise<void> {
  pinZipDates();
  const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates');
  mkdirSync(outDir, { recursive: true });

  for (const spec of WORKBOOKS) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Báo cáo CCHC';
    wb.lastModifiedBy = 'Báo cáo CCHC';
    wb.created = FIXED_DATE;
    wb.modified = FIXED_DATE;
    console.log(spec.file);
    for (const sheet of spec.sheets) {
      const placed = writeSheet(wb, sheet);
      for (const p of placed) console.log(`  ${sheet.name}: ${p.range}  (rows ${p.rowAddresses.join(' ')})`);
    }
    await wb.xlsx.writeFile(path.join(outDir, spec.file));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
