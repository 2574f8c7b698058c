/**
 * Every sentence the core shows a user, in Vietnamese, in one place. Numbers arrive already written
 * the Vietnamese way ("1.886", "97,38%").
 */

import { formatCount } from '../numbers/format';

/** A quoted cell text, clipped: a message never carries a whole pasted page. */
const q = (s: string) => `«${s.length > 80 ? `${s.slice(0, 77).trimEnd()}…` : s}»`;
/**
 * A message about a table turned over (measures as rows, periods or levels as columns): its records are the sheet's
 * columns and its measures the sheet's rows, so "dòng" and "cột" trade places. What the clerk wrote («…») is kept.
 */
export function turnedLineWords(message: string): string {
  const swap: Record<string, string> = { dòng: 'cột', Dòng: 'Cột', cột: 'dòng', Cột: 'Dòng' };
  return message
    .split(/(«[^»]*»)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<!\p{L})(dòng|Dòng|cột|Cột)(?!\p{L})/gu, (w) => swap[w]!)))
    .join('');
}

const rowRef = (label: string, a1Row: number) => (label ? `Dòng ${q(label)}` : `Dòng ${a1Row}`);

export const MSG = {
  cellError: (code: string) => `Ô chứa giá trị lỗi ${code}: không đọc được số liệu; các phép kiểm tra dùng ô này được bỏ qua.`,
  notANumber: (text: string, column: string) =>
    `${q(text)} không phải là số; cột ${q(column)} cần số nguyên không âm. Các phép kiểm tra dùng ô này được bỏ qua.`,
  notAFigure: (text: string, column: string, kind: 'points' | 'comparison') =>
    `${q(text)} không đọc được là ${kind === 'points' ? 'số điểm' : 'số so sánh'}; cột ${q(column)} cần ${kind === 'points' ? 'số điểm (ví dụ 16,64)' : 'một số, có thể âm hoặc có dấu % (ví dụ -3,5%)'}. Các phép kiểm tra dùng ô này được bỏ qua.`,
  pointsTotal: (p: { label: string; a1Row: number; total: string; actual: string; parts: string[]; sum: string }) =>
    `${rowRef(p.label, p.a1Row)}: ${p.total} ghi ${p.actual}, nhưng cộng điểm các nhóm (${p.parts.join(' + ')}) là ${p.sum}; lệch quá phần làm tròn.`,
  pointsColumn: (p: { label: string; column: string; actual: string; count: number; sum: string }) =>
    `Dòng ${q(p.label)}, cột ${q(p.column)}: ghi ${p.actual}, nhưng cộng ${formatCount(p.count)} dòng là ${p.sum}; lệch quá phần làm tròn.`,
  pointsOverMax: (p: { label: string; a1Row: number; column: string; actual: string; max: string }) =>
    `${rowRef(p.label, p.a1Row)}: ${p.column} ghi ${p.actual} điểm, vượt điểm tối đa ${p.max}.`,
  booleanCell: (text: string, column: string) =>
    `Ô ghi ${text} (đúng/sai) trong cột ${q(column)}, cần số nguyên không âm. Các phép kiểm tra dùng ô này được bỏ qua.`,
  negative: (text: string) => `Số âm (${text}) không thể là số hồ sơ. Các phép kiểm tra dùng ô này được bỏ qua.`,
  fraction: (text: string) => `${text} là số lẻ thập phân, không thể là số hồ sơ. Các phép kiểm tra dùng ô này được bỏ qua.`,
  misplacedSeparator: (text: string) =>
    `${q(text)} có dấu phân cách đặt sai chỗ (số hồ sơ viết theo nhóm ba chữ số, ví dụ 1.886); không tự đoán số để tránh hiểu sai. Các phép kiểm tra dùng ô này được bỏ qua.`,
  decimalThousands: (text: string, likely: string, words: string) =>
    `Ô lưu số thập phân ${text}: có lẽ là ${likely} (${words}) nhưng bảng tính đã hiểu dấu chấm là dấu thập phân. Hãy nhập lại ${likely} (không có dấu chấm hoặc định dạng ô là văn bản). Các phép kiểm tra dùng ô này được bỏ qua.`,
  percentInCount: (text: string, column: string) =>
    `${q(text)} là tỷ lệ phần trăm, nhưng cột ${q(column)} cần số hồ sơ. Các phép kiểm tra dùng ô này được bỏ qua.`,
  tooLarge: (text: string) => `${text} quá lớn để là số hồ sơ (có lẽ ô bị dán nhầm hoặc nhập thừa chữ số). Các phép kiểm tra dùng ô này được bỏ qua.`,
  badRate: (text: string, why: 'negative' | 'over-100' | 'other') =>
    why === 'negative'
      ? `Tỷ lệ âm (${text}) không hợp lệ.`
      : why === 'over-100'
        ? `Tỷ lệ ${text} vượt quá 100%.`
        : `${q(text)} không đọc được là tỷ lệ phần trăm.`,

  identity: (p: { label: string; a1Row: number; total: string; actual: string; parts: string[]; values: string[]; sum: string; diff: string; unit: string }) =>
    `${rowRef(p.label, p.a1Row)}: ${p.total} là ${p.actual}, nhưng ${p.parts.join(' + ')} = ${p.values.join(' + ')} = ${p.sum}; chênh lệch ${p.diff}${p.unit ? ' ' + p.unit : ''}.`,
  statedIdentity: (p: { label: string; a1Row: number; text: string; total: string; actual: string; expr: string; sum: string }) =>
    `${rowRef(p.label, p.a1Row)}: theo dòng đánh số cột (${p.text}), cột ${p.total} phải bằng ${p.expr} = ${p.sum}, nhưng ghi ${p.actual}.`,
  total: (p: { label: string; column: string; actual: string; count: number; sum: string; diff: string; group: boolean }) =>
    `${p.group ? 'Dòng nhóm' : 'Dòng tổng'} ${q(p.label)}, cột ${q(p.column)}: ghi ${p.actual}, nhưng cộng ${formatCount(p.count)} dòng ${p.group ? 'trong nhóm' : 'số liệu'} là ${p.sum}; chênh lệch ${p.diff}.`,
  stockTotal: (p: { label: string; column: string; actual: string; period: string; value: string; first: boolean }) =>
    `Dòng ${q(p.label)}, cột ${q(p.column)}: ghi ${p.actual}, nhưng số này không cộng dồn qua các kỳ mà lấy theo ${p.first ? 'kỳ đầu' : 'kỳ cuối'} (${q(p.period)}): ${p.value}.`,
  bound: (p: { label: string; a1Row: number; small: string; a: string; big: string; b: string }) =>
    `${rowRef(p.label, p.a1Row)}: ${p.small} (${p.a}) lớn hơn ${p.big} (${p.b}).`,
  rate: (p: { label: string; a1Row: number; printed: string; definition: string; n: string; d: string; exact: string }) =>
    `${rowRef(p.label, p.a1Row)}: tỷ lệ ghi ${p.printed}, nhưng tính từ số liệu ${p.definition} = ${p.n} / ${p.d} = ${p.exact}; lệch quá một đơn vị của chữ số cuối.`,
  likelyCause: (p: { cell: string; column: string; label: string; actual: string; expected: string; checks: string[] }) =>
    `Ô ${p.cell} (${p.column}${p.label ? `, dòng ${q(p.label)}` : ''}) có lẽ bị nhập sai: ghi ${p.actual}, làm lệch ${p.checks.length > 1 ? 'cùng lúc ' : ''}${p.checks.join(' và ')}. Nếu ô này là ${p.expected} thì tất cả đều khớp.`,
  /** Printed rates that agree again once the cell is corrected. */
  ratesToo: (cells: string[]) => ` Tỷ lệ ghi ở ô ${cells.join(', ')} cũng khớp khi sửa ô này.`,
  /** The totals over a corrected cell, added up again. */
  totalsRedone: (cells: string[], labels: string[]) =>
    ` Khi sửa ô này, ${labels.length === 1 ? `dòng ${q(labels[0]!)}` : `các dòng ${labels.map(q).join(', ')}`} cũng phải cộng lại (ô ${cells.join(', ')}).`,
  /** A cell known wrong only together with others: "Nếu ô này là 1.732 và ô H7 là 1.554 thì …". */
  likelyCauseWith: (p: { cell: string; column: string; label: string; actual: string; expected: string; checks: string[]; others: string[] }) =>
    `Ô ${p.cell} (${p.column}${p.label ? `, dòng ${q(p.label)}` : ''}) có lẽ bị nhập sai: ghi ${p.actual}${p.checks.length ? `, làm lệch ${p.checks.join(' và ')}` : ''}. Nếu ô này là ${p.expected} và ${p.others.join(', ')} thì tất cả đều khớp.`,
  otherFix: (cell: string, value: string) => `ô ${cell} là ${value}`,
  /** A simple typing error that explains the figure (checks/typos.ts). */
  typo: (meant: string, printed: string) => ` Có thể đã gõ nhầm ${meant} thành ${printed}.`,
  typoOf: (cell: string, meant: string, printed: string) => `${cell}: có thể gõ nhầm ${meant} thành ${printed}`,
  /** What the data does say: the total agrees with its own parts. */
  known: (p: { total: string; actual: string; parts: string[]; values: string[] }) =>
    ` ${p.total} ${p.actual} khớp với ${p.parts.join(' + ')} (${p.values.join(' + ')}).`,
  /** Several single cells could each be the wrong one. */
  oneOf: (cells: string[], typo: string | undefined) =>
    ` Số liệu không đủ để biết ô nào sai: một trong các ô ${cells.join(', ')} có số sai${typo ? ` (${typo})` : ''}.`,
  /** No single cell mends it: cells must change together. */
  together: (groups: string[], cells: number, typo: string | undefined) =>
    ` Không ô nào sai một mình: phải sửa cùng lúc ${cells === 2 ? 'hai' : cells === 3 ? 'ba' : 'nhiều'} ô, ${groups.join('; hoặc ')}${typo ? ` (${typo})` : ''}.`,
  /** The same cell with one of several others. */
  withOneOf: (cell: string, others: string[]) => (others.length === 1 ? `${cell} và ${others[0]}` : `${cell} với một trong ${others.join(', ')}`),
  moreCandidates: (n: string) => `, và ${n} ô khác`,
  /** A total record's sum that breaks only because its records' does: said with theirs, not apart. */
  totalFollows: (cells: string[], labels: string[]) =>
    ` ${labels.length === 1 ? `Dòng ${q(labels[0]!)}` : `Các dòng ${labels.map(q).join(', ')}`} (ô ${cells.join(', ')}) lệch theo cùng số này: sửa ở dòng này rồi cộng lại dòng tổng là khớp.`,
  /** The search stopped before it could tell: the cells of the broken sum. */
  unlocated: (cells: string[]) => ` Một trong các ô ${cells.join(', ')} có số sai.`,
  /** Received above resolved + pending, and the table has no column for the dossiers counted apart (DESIGN §3.3b). */
  missingDossiers: ` Nếu có hồ sơ chờ bổ sung, trả lại hoặc rút không nằm trong số đã giải quyết và đang giải quyết, hãy ghi chúng vào cột riêng («Bổ sung», «Trả lại, rút hồ sơ»).`,
  checkName: {
    row: (title: string) => `phép cộng ${q(title)} của dòng`,
    column: (column: string) => `dòng tổng của cột ${q(column)}`,
    /** A stock over periods: the first period's (carried over) or the last's (still pending), never their sum. */
    stock: (column: string, period: string, first: boolean) =>
      `số ${first ? 'kỳ đầu' : 'kỳ cuối'} (${q(period)}) của cột ${q(column)} (số này không cộng dồn qua các kỳ)`,
  },
  unkeptStated: (text: string, fails: number) =>
    `Dòng đánh số cột ghi (${text}), nhưng cả ${formatCount(fails)} dòng số liệu đều không khớp công thức này: có lẽ dòng đánh số được chép từ biểu khác. Công thức này không được dùng để kiểm tra; hãy sửa dòng đánh số cho đúng các cột.`,
  unreadNumbering: (text: string, letter: string) =>
    `Dòng đánh số cột ghi ${q(text)} ở cột ${letter}: không đọc được công thức này (chỉ đọc được dạng «3=4+5», «9=11+12=13+14», «9=7/6»). Cột này không được kiểm tra theo công thức đó.`,
  statedRate: (p: { label: string; a1Row: number; text: string; printed: string; n: string; d: string; exact: string }) =>
    `${rowRef(p.label, p.a1Row)}: theo dòng đánh số cột (${p.text}), tỷ lệ phải bằng ${p.n} / ${p.d} = ${p.exact}, nhưng ghi ${p.printed}; lệch quá một đơn vị của chữ số cuối.`,
  unkeptIdentity: (title: string, fails: number, apart: boolean) =>
    `Phép cộng ${q(title)} không đúng ở cả ${formatCount(fails)} dòng của bảng: bảng này không theo phép cộng đó${
      apart ? ' (có lẽ hồ sơ chờ bổ sung, trả lại hoặc rút được tính riêng, không nằm trong các cột của bảng)' : ''
    }. Phép cộng này không được dùng để kiểm tra từng dòng; nếu bảng phải theo nó, hãy xem lại các cột.`,
  unknownColumn: (letter: string, header: string, form: string) =>
    header
      ? `Cột ${letter} (${q(header)}) không khớp cột nào của biểu ${q(form)}; cột này không được kiểm tra.`
      : `Cột ${letter} có số liệu nhưng không có tiêu đề; cột này không được kiểm tra.`,
  uncachedFormulas: (cells: string[]) =>
    `${cells.length === 1 ? `Ô ${cells[0]}` : `${formatCount(cells.length)} ô (${cells.slice(0, 5).join(', ')}${cells.length > 5 ? ', …' : ''})`} chứa công thức nhưng tệp không lưu kết quả (tệp được tạo bởi chương trình không tính công thức). Hãy mở tệp bằng Excel hoặc Google Trang tính rồi lưu lại; các phép kiểm tra dùng ${cells.length === 1 ? 'ô này' : 'các ô này'} được bỏ qua.`,
  duplicateColumn: (letter: string, header: string, other: string) =>
    `Cột ${letter} (${q(header)}) cùng ý nghĩa với cột ${other}; chỉ cột ${other} được dùng để kiểm tra.`,
} as const;

/** The notes marks put on cells (core/marks.ts). */
export const MARK_NOTES = {
  /** A cell one of which, with others, is wrong: the finding at `cell` says which. */
  candidate: (cell: string) => `Có thể là ô sai: số liệu không đủ để biết ô nào trong các ô được tô màu này sai (xem lỗi ở ô ${cell}).`,
} as const;

/** Errors of the command line and the hosts, shown to the user as one line. */
export const USER_ERRORS = {
  noSheet: (name: string, sheets: string[]) => `Không có trang «${name}» trong bảng tính; các trang có: ${sheets.map((s) => `«${s}»`).join(', ')}.`,
  noTable: (file: string) =>
    `Không tìm thấy bảng số liệu nào đã biết trong ${file} (kết quả giải quyết TTHC, số hóa, PAKN, ứng dụng CNTT). Hãy kiểm tra dòng tiêu đề của bảng.`,
  /** A công văn is the office's own text: without it there is nothing to send. */
  emptyLetter: (fields: string[]) =>
    `Công văn chưa có nội dung: hãy ghi ${fields.map((f) => `«${f}»`).join(', ')} ở trang «Thông tin báo cáo» (hoặc trong mục thông tin báo cáo) rồi tạo lại.`,
} as const;

/** The roll-up's own findings (ROLLUP_RULES, catalogue/rollup.ts), worded. */
export const ROLLUP_MSG = {
  thieu: (unit: string, code: string | null) => `Chưa có báo cáo của ${unit}${code ? ` (mã ${code})` : ''}.`,
  trung: (unit: string, source: string | null) => `${unit} có hơn một báo cáo cho cùng kỳ («${source}»): không tính vào tổng hợp.`,
  'khong-doc-duoc': (source: string | null, why: string) => `Không đọc được báo cáo «${source}»: ${why}`.trim(),
  'ngoai-danh-sach': (unit: string, counted: boolean) =>
    counted ? `${unit} không có trong danh sách đơn vị; vẫn được tính vào tổng hợp.` : `${unit} không có trong danh sách đơn vị.`,
  'luy-ke': (unit: string, months: string) => `${unit}: lũy kế các tháng ${months}.`,
  'thieu-thang': (unit: string, months: string) => `${unit}: thiếu số liệu tháng ${months}.`,
  'khac-ky': (unit: string, beyond: string, reference: string) => `${unit}: có số liệu tháng ${beyond}, ngoài kỳ tổng hợp (tháng ${reference}).`,
  'tong-thieu-cot': (concept: string, lacking: string[]) => `Tổng «${concept}» không gồm ${lacking.join(', ')} (bảng của đơn vị không có cột này).`,
  'khong-ten': (source: string) =>
    `Báo cáo «${source}» không ghi tên đơn vị (ô «Cơ quan ban hành» ở trang «Thông tin báo cáo»), và tên tệp không có trong danh sách đơn vị: báo cáo tổng hợp để trống tên để ghi tay.`,
  'so-sanh-cung-don-vi': (units: number, onlyNow: string[], onlyBefore: string[]) =>
    `So sánh với kỳ trước trên ${formatCount(units)} đơn vị có báo cáo cả hai kỳ${[
      onlyNow.length ? `${onlyNow.join(', ')} chỉ có báo cáo kỳ này` : '',
      onlyBefore.length ? `${onlyBefore.join(', ')} chỉ có báo cáo kỳ trước` : '',
    ]
      .filter(Boolean)
      .map((x, i) => (i === 0 ? ` (không tính: ${x}` : `; ${x}`))
      .join('')}${onlyNow.length || onlyBefore.length ? ')' : ''}.`,
} as const;

/** What the report was made from, beyond the figures: said after it is made (command line and pane). */
export const REPORT_NOTES = {
  fromTitle: (label: string, value: string, cell: string, assumption?: string) =>
    `${label} lấy từ tiêu đề bảng (ô ${cell}): «${value}»${assumption ? ` (${assumption})` : ''}; nếu sai, hãy ghi đúng vào trang «Thông tin báo cáo».`,
  severalSheets: (sheets: string[], chosen: string, how: string) =>
    `Bảng tính có bảng số liệu ở ${sheets.length} trang (${sheets.map((s) => `«${s}»`).join(', ')}); báo cáo lấy số liệu trang «${chosen}». Để lập báo cáo cho trang khác, ${how}.`,
  draft: (errors: number, see: string, accept: string) =>
    `Bảng số liệu còn ${formatCount(errors)} lỗi (${see}); báo cáo mang dấu «DỰ THẢO — số liệu chưa khớp». Sửa số liệu, hoặc ${accept} nếu chấp nhận số liệu như hiện có.`,
  accepted: (errors: number) => `Bảng số liệu còn ${formatCount(errors)} lỗi; số liệu đã được chấp nhận, báo cáo không mang dấu dự thảo.`,
  missing: (labels: string[]) =>
    `Báo cáo còn để trống ${labels.map((l) => `«${l}»`).join(', ')}: văn thư phải điền tay. Ghi các mục này vào trang «Thông tin báo cáo» của bảng tính (hoặc mục «Thông tin báo cáo» của tiện ích) để lần sau báo cáo có sẵn.`,
} as const;
