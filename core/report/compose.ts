/**
 * Tạo báo cáo, as plain data: the checked workbook, the report settings and a template give the
 * document model. No figure is typed twice: every number comes from the sheet.
 */
import { parseDate } from '../text/dates';
import type { Table } from '../tables/table';
import type { Indicator } from '../indicators/compute';
import type { Finding } from '../catalogue/findings';
import { conceptOf, formById } from '../catalogue/forms';
import { RATES } from '../catalogue/rates';
import { formatCount } from '../numbers';
import { appendixTable } from './appendix';
import { SETTING_FIELDS } from '../catalogue/settings-fields';
import { CITATIONS_SCHEMA, citationDay, citationView, PERIOD_SCHEMA, periodView, RECIPIENTS_SCHEMA, recipientView } from './citations';
import { collectFigures, FIGURES_SCHEMA, sentencesByLevel, type ReportFigures } from './figures';
import type { Appendix, ReportDocument } from './model';
import type { ReportSettings } from './settings';
import { PERIOD_TYPES, type PeriodType } from '../catalogue/periods';
import { wordsOf } from '../catalogue/vocabulary';
import type { NamedPeriod } from './period';
import { checkSettingsText, checkTemplateNames, plainText, renderBlocks, renderText, type ReportTemplate } from './template';
import { FLAG, obj, TEXT, type ViewSchema } from './view-schema';

const BLANK = '      '; // the space offices leave for the văn thư to write in (the day, the number: by hand at signing)
/** What the văn thư must type in, as the decree's models show it: the body's name, the place, the signer, the recipients. */
export const DOTS = '……………';

/** Day below 10 and months 1, 2 take a leading zero (NĐ 30, Phụ lục I §II.4). */
const day = (d: number) => String(d).padStart(2, '0');
const month = (m: number) => (m <= 2 ? String(m).padStart(2, '0') : String(m));

/** "ngày 12 tháng 3 năm 2024", or with the day (and month) left blank for the văn thư. */
function dateWords(settings: ReportSettings): string {
  const date = parseDate(settings.ngay);
  const end = parseDate(settings.kyDen);
  if (date) return `ngày ${day(date.d)} tháng ${month(date.m)} năm ${date.y}`;
  return end ? `ngày${BLANK}tháng ${month(end.m)} năm ${end.y}` : `ngày${BLANK}tháng${BLANK}năm${BLANK}`;
}

/** "Lấp Vò, ngày 12 tháng 3 năm 2024"; without a place, dots where the văn thư writes it ("……………, ngày …"). */
export function placeDate(settings: ReportSettings): string {
  const rest = dateWords(settings);
  const place = settings.diaDanh.trim();
  return `${place || DOTS}, ${rest}`;
}

/** "Số: 05/BC-UBND"; "/BC-UBND" leaves the number blank; a number below 10 takes a leading zero. */
export function documentNumber(soKyHieu: string, blank = '/BC-UBND'): string {
  const s = soKyHieu.trim();
  if (s === '' || s.startsWith('/')) return `Số:${BLANK}${s || blank}`;
  const m = /^(\d+)(\/.*)$/.exec(s);
  return m ? `Số: ${Number(m[1]) < 10 ? m[1]!.padStart(2, '0') : m[1]}${m[2]}` : `Số: ${s}`;
}

/** "- X;" lines, "- Như trên;" first when there is a Kính gửi, "- Lưu: VT, …." last. */
export function distribution(settings: ReportSettings, recipients: string[]): string[] {
  const items = [...settings.noiNhan];
  if (recipients.length && !items.some((x) => /^như trên$/i.test(x.trim()))) items.unshift('Như trên');
  // No recipient but the archive: a dotted line where the văn thư lists them.
  if (!items.some((x) => !/^(?:như trên|lưu\b)/i.test(x.trim()))) items.push(DOTS);
  if (!items.some((x) => /^lưu\b/i.test(x.trim()))) items.push('Lưu: VT');
  return items.map((x, i) => `- ${x.trim().replace(/[;.,]+$/, '')}${i === items.length - 1 ? '.' : ';'}`);
}

export interface ComposeInput {
  tables: Table[];
  indicators: Indicator[];
  settings: ReportSettings;
  template: ReportTemplate;
  /** The checks' findings: errors among them put the draft mark on the report… */
  findings?: Finding[];
  /** …unless the user has accepted the figures as they are (the pane's confirmation, `--chap-nhan-loi`). */
  accepted?: boolean;
  /** Names the template may use beyond the sheet's figures (the roll-up's `tongHop`)… */
  view?: Record<string, unknown>;
  /** …and what they may ever hold, for the check of the template's names. */
  viewSchema?: Record<string, ViewSchema>;
  /** Appendices made by the caller, in place of the ones built from the tables (the roll-up's unit table). */
  appendices?: Appendix[];
  /** The period the report kind is about (core/catalogue/report-kinds.ts); else the template's `ky`, else a month. */
  periodType?: PeriodType;
  /** The period a title names ("QUÝ I/2020"): what the report calls its days when they fall in it. */
  namedPeriod?: NamedPeriod;
}

/** How many wrong cells the draft mark lists before "và N ô khác". */
const DRAFT_CELLS = 8;

/** "DỰ THẢO — số liệu chưa khớp", then the wrong cells; undefined when the figures add up or were accepted. */
export function draftMark(findings: readonly Finding[], accepted: boolean): string[] | undefined {
  const errors = findings.filter((f) => f.severity === 'error');
  if (accepted || errors.length === 0) return undefined;
  // Each error by its first sentence (what disagrees) and the cells to look at: the box is a reminder, not the check.
  const first = (m: string) => {
    const end = m.search(/\.\s/);
    return end < 0 ? m : m.slice(0, end + 1);
  };
  const lines = errors
    .slice(0, DRAFT_CELLS)
    .map((f) => `${f.sheet}!${f.cell}: ${first(f.message)}${f.candidates?.length ? ` Ô có thể sai: ${f.candidates.join(', ')}.` : ''}`);
  if (errors.length > DRAFT_CELLS) lines.push(`và ${errors.length - DRAFT_CELLS} ô khác (xem Kiểm tra số liệu).`);
  return [`DỰ THẢO — số liệu chưa khớp (${formatCount(errors.length)} lỗi): sửa bảng số liệu, hoặc xác nhận chấp nhận số liệu, rồi tạo lại báo cáo.`, ...lines];
}

export function composeReport({
  tables,
  indicators,
  settings,
  template,
  findings = [],
  accepted = false,
  view: extra,
  viewSchema: extraSchema,
  appendices: given,
  periodType: kindPeriod,
  namedPeriod,
}: ComposeInput): ReportDocument {
  // The template's own mistakes first, named with its line: never blamed on the sheet, never a silent blank.
  const schema = obj({ ...REPORT_VIEW_SCHEMA, ...extraSchema });
  checkTemplateNames(template, schema);
  checkSettingsText(settings.trichYeu, 'Ô «Trích yếu» ở trang cài đặt', schema);
  const figures = collectFigures(tables, indicators, settings);
  const appendices = given ?? buildAppendices(tables, template, appendixSubtitle(settings), wordsOf(citationDay(settings)));
  const view = { ...reportView(figures, settings, appendices, kindPeriod ?? templatePeriod(template), namedPeriod), ...extra };
  const recipients = (settings.kinhGui.length ? settings.kinhGui : splitMeta(renderText(template.meta.kinhGui ?? '', view))).map(plainText);
  const summary = renderText(settings.trichYeu || template.meta.trichYeu || '', view);
  // A công văn has no tên loại: its trích yếu is "V/v …" under its number (NĐ 30, Phụ lục I, ô 5b).
  const congVan = template.meta.loai === 'cong-van';
  const subject = congVan && summary ? [/^v\/v\b/i.test(summary) ? summary : `V/v ${lowerFirst(summary)}`] : undefined;
  const draft = draftMark(findings, accepted);
  return {
    header: {
      ...(settings.coQuanChuQuan ? { parentAgency: plainText(settings.coQuanChuQuan) } : {}),
      agency: plainText(settings.coQuanBanHanh || `ỦY BAN NHÂN DÂN ${DOTS}`),
      number: documentNumber(plainText(settings.soKyHieu), congVan ? '/UBND' : '/BC-UBND'),
      placeDate: plainText(placeDate(settings)),
      ...(subject ? { subject } : {}),
    },
    kind: congVan ? '' : 'BÁO CÁO',
    summary: summary && !congVan ? [summary] : [],
    ...(draft ? { draft } : {}),
    recipients,
    body: renderBlocks(template, view),
    signature: {
      authority: [`${settings.quyenHan} ${settings.coQuanKyThay}`.trim(), settings.chucVu].filter((x) => x.trim() !== '').map(plainText),
      signer: plainText(settings.nguoiKy || DOTS),
    },
    distribution: distribution(settings, recipients).map(plainText),
    appendices,
  };
}

const camel = (k: string) => k.replace(/-(\p{L})/gu, (_m, c: string) => c.toUpperCase());

/** What a report template is given: the sheet's figures, the legal texts, the period, the settings' texts. */
export function reportView(figures: ReportFigures, settings: ReportSettings, appendices: Appendix[], kindPeriod: PeriodType = 'thang', named?: NamedPeriod) {
  const end = parseDate(settings.kyDen) ?? parseDate(settings.ngay);
  const refs = appendices.map((a) => a.label);
  return {
    ...figures,
    vb: citationView(settings, citationDay(settings)),
    nhan: recipientView(settings, citationDay(settings)),
    ky: periodView(settings, kindPeriod, named),
    thangNam: end ? `${String(end.m).padStart(2, '0')}/${end.y}` : '…',
    donVi: settings.tenDonVi || `Ủy ban nhân dân ${DOTS}`,
    thang: end ? month(end.m) : '…',
    thangSo: end ? String(end.m) : '…',
    thang2: end ? String(end.m).padStart(2, '0') : '…',
    nam: end ? String(end.y) : '…',
    kyTu: settings.kyTu,
    kyDen: settings.kyDen,
    coKy: Boolean(settings.kyTu && settings.kyDen),
    capBaoCao: settings.capBaoCao.join(', '),
    // The CCHC programme's areas by its period: NQ 76/NQ-CP's for 2021–2030, NQ 30c/NQ-CP's before (domain-spec §8.1).
    giaiDoan2021: (citationDay(settings) ?? '9999') >= '2021-01-01',
    phuLuc: { co: appendices.length > 0, tthc: refs[0] ?? '', cntt: refs[1] ?? '', danhSach: refs.join(', ') },
    vanBan: freeText(settings),
  };
}

/**
 * Every name `reportView` can ever give, whatever the sheet (core/report/view-schema.ts): the names a template is
 * checked against. Typed by the view, so a name added there must be added here.
 */
export const REPORT_VIEW_SCHEMA: { [K in keyof ReturnType<typeof reportView>]-?: ViewSchema } = {
  ...FIGURES_SCHEMA,
  vb: CITATIONS_SCHEMA,
  nhan: RECIPIENTS_SCHEMA,
  ky: PERIOD_SCHEMA,
  thangNam: TEXT,
  donVi: TEXT,
  thang: TEXT,
  thangSo: TEXT,
  thang2: TEXT,
  nam: TEXT,
  kyTu: TEXT,
  kyDen: TEXT,
  coKy: FLAG,
  capBaoCao: TEXT,
  giaiDoan2021: FLAG,
  phuLuc: obj({ co: FLAG, tthc: TEXT, cntt: TEXT, danhSach: TEXT }),
  // Each free-text part a settings sheet can hold (core/catalogue/settings-fields.ts), by its template name.
  vanBan: obj(Object.fromEntries(SETTING_FIELDS.filter((f) => f.key.startsWith('vanBan.')).map((f) => [camel(f.key.slice(7)), TEXT]))),
};

/** A template's own `ky:` line (a user's quarterly template: "ky: quy"). */
function templatePeriod(template: ReportTemplate): PeriodType | undefined {
  const k = template.meta.ky?.trim();
  return PERIOD_TYPES.find((p) => p.id === k)?.id;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

function splitMeta(s: string | undefined): string[] {
  return s
    ? s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
}

/** The free-text parts the settings sheet holds; the template writes its own default where one is missing. */
function freeText(settings: ReportSettings): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(settings.vanBan)) if (v.trim()) out[camel(k)] = v;
  return out;
}

/**
 * A by-field TTHC table is always attached, so the body can refer to it; an annual report (template
 * meta `phuLuc: cntt`) attaches the IT table too. With two or more, they are numbered I, II, ….
 */
/** "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)" and the period the figures cover. */
export function appendixSubtitle(settings: ReportSettings): string[] {
  const number = documentNumber(settings.soKyHieu).replace(/^Số:\s?/, '');
  const date = dateWords(settings);
  const lines = [plainText(`(Kèm theo Báo cáo số ${number} ${date}${settings.tenDonVi ? ` của ${settings.tenDonVi}` : ''})`)];
  if (settings.kyTu && settings.kyDen) lines.push(plainText(`Số liệu từ ngày ${settings.kyTu} đến ngày ${settings.kyDen}`));
  return lines;
}

function buildAppendices(tables: Table[], template: ReportTemplate, subtitle: string[], words: (s: string) => string): Appendix[] {
  const wanted = (template.meta.phuLuc ?? 'tthc').split(',').map((s) => s.trim());
  const picked = tables.filter(
    (t) =>
      t.orientation === 'rows' && ((t.form === 'tthc' && !sentencesByLevel(t) && wanted.includes('tthc')) || (t.form === 'cntt' && wanted.includes('cntt'))),
  );
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  return picked.map((t, i) => {
    const { table, landscape } = appendixTable(t, words);
    const title =
      t.form === 'cntt'
        ? 'THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN VÀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN'
        : 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
    const notes = rateNotes(t);
    return {
      label: picked.length > 1 ? `Phụ lục ${roman[i] ?? i + 1}` : 'Phụ lục',
      title,
      subtitle,
      table,
      landscape,
      ...(notes.length ? { notes } : {}),
    };
  });
}

/**
 * "Tỷ lệ giải quyết trước hạn và đúng hạn = (trước hạn + đúng hạn) / đã giải quyết": the definition of each rate the
 * appendix table prints, for its "Ghi chú" — the one place a rate's formula is written in the report.
 */
function rateNotes(t: Table): string[] {
  const form = formById(t.form);
  const out: string[] = [];
  for (const m of t.measures) {
    if (m.kind !== 'rate' || !m.concept) continue;
    const def = form.rates?.find((r) => r.concept === m.concept)?.definitions[0];
    const concept = conceptOf(form, m.concept);
    if (!def || !concept) continue;
    const line = `${concept.label} = ${RATES[def].wording} × 100%.`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}
