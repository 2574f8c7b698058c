/**
 * Tạo báo cáo, as plain data: the checked workbook, the report settings and a template give the
 * document model. No figure is typed twice: every number comes from the sheet.
 */
import type { Table } from '../tables/table';
import type { Indicator } from '../indicators/compute';
import { appendixTable } from './appendix';
import { collectFigures } from './figures';
import type { Appendix, ReportDocument } from './model';
import type { ReportSettings } from './settings';
import { plainText, renderBlocks, renderText, type ReportTemplate } from './template';

const BLANK = '      '; // the space offices leave for the văn thư to write in

/** "15/02/2024" → { d: 15, m: 2, y: 2024 }. */
export function parseDate(s: string): { d: number; m: number; y: number } | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(s);
  if (!m) return undefined;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return undefined;
  return { d, m: mo, y: Number(m[3]) };
}

/** Day below 10 and months 1, 2 take a leading zero (NĐ 30, Phụ lục I §II.4). */
const day = (d: number) => String(d).padStart(2, '0');
const month = (m: number) => (m <= 2 ? String(m).padStart(2, '0') : String(m));

export function placeDate(settings: ReportSettings): string {
  const place = settings.diaDanh || BLANK;
  const date = parseDate(settings.ngay);
  if (date) return `${place}, ngày ${day(date.d)} tháng ${month(date.m)} năm ${date.y}`;
  const end = parseDate(settings.kyDen);
  return end ? `${place}, ngày${BLANK}tháng ${month(end.m)} năm ${end.y}` : `${place}, ngày${BLANK}tháng${BLANK}năm${BLANK}`;
}

/** "Số: 05/BC-UBND"; "/BC-UBND" leaves the number blank; a number below 10 takes a leading zero. */
export function documentNumber(soKyHieu: string): string {
  const s = soKyHieu.trim();
  if (s === '' || s.startsWith('/')) return `Số:${BLANK}${s || '/BC-UBND'}`;
  const m = /^(\d+)(\/.*)$/.exec(s);
  return m ? `Số: ${Number(m[1]) < 10 ? m[1]!.padStart(2, '0') : m[1]}${m[2]}` : `Số: ${s}`;
}

/** "- X;" lines, "- Như trên;" first when there is a Kính gửi, "- Lưu: VT, …." last. */
export function distribution(settings: ReportSettings, recipients: string[]): string[] {
  const items = [...settings.noiNhan];
  if (recipients.length && !items.some((x) => /^như trên$/i.test(x.trim()))) items.unshift('Như trên');
  if (!items.some((x) => /^lưu\b/i.test(x.trim()))) items.push('Lưu: VT');
  return items.map((x, i) => `- ${x.trim().replace(/[;.,]+$/, '')}${i === items.length - 1 ? '.' : ';'}`);
}

export interface ComposeInput {
  tables: Table[];
  indicators: Indicator[];
  settings: ReportSettings;
  template: ReportTemplate;
}

export function composeReport({ tables, indicators, settings, template }: ComposeInput): ReportDocument {
  const figures = collectFigures(tables, indicators, settings);
  const appendices = buildAppendices(tables, template, appendixSubtitle(settings));
  const end = parseDate(settings.kyDen) ?? parseDate(settings.ngay);
  const refs = appendices.map((a) => a.label);
  const view = {
    ...figures,
    donVi: settings.tenDonVi || 'Ủy ban nhân dân',
    thang: end ? month(end.m) : '…',
    thangSo: end ? String(end.m) : '…',
    thang2: end ? String(end.m).padStart(2, '0') : '…',
    nam: end ? String(end.y) : '…',
    kyTu: settings.kyTu,
    kyDen: settings.kyDen,
    coKy: Boolean(settings.kyTu && settings.kyDen),
    capBaoCao: settings.capBaoCao.join(', '),
    phuLuc: { co: appendices.length > 0, tthc: refs[0] ?? '', cntt: refs[1] ?? '', danhSach: refs.join(', ') },
    vanBan: freeText(settings),
  };
  const recipients = (settings.kinhGui.length ? settings.kinhGui : splitMeta(template.meta.kinhGui)).map(plainText);
  const summary = renderText(settings.trichYeu || template.meta.trichYeu || '', view);
  return {
    header: {
      ...(settings.coQuanChuQuan ? { parentAgency: plainText(settings.coQuanChuQuan) } : {}),
      agency: plainText(settings.coQuanBanHanh || 'ỦY BAN NHÂN DÂN'),
      number: documentNumber(plainText(settings.soKyHieu)),
      placeDate: plainText(placeDate(settings)),
    },
    kind: 'BÁO CÁO',
    summary: summary ? [summary] : [],
    recipients,
    body: renderBlocks(template, view),
    signature: {
      authority: [`${settings.quyenHan} ${settings.coQuanKyThay}`.trim(), settings.chucVu].filter((x) => x.trim() !== '').map(plainText),
      signer: plainText(settings.nguoiKy),
    },
    distribution: distribution(settings, recipients).map(plainText),
    appendices,
  };
}

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

const camel = (k: string) => k.replace(/-(\p{L})/gu, (_m, c: string) => c.toUpperCase());

/**
 * A by-field TTHC table is always attached, so the body can refer to it; an annual report (template
 * meta `phuLuc: cntt`) attaches the IT table too. With two or more, they are numbered I, II, ….
 */
/** "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)" and the period the figures cover. */
function appendixSubtitle(settings: ReportSettings): string[] {
  const number = documentNumber(settings.soKyHieu).replace(/^Số:\s?/, '');
  const date = placeDate(settings).replace(/^[^,]*,\s*/, '');
  const lines = [plainText(`(Kèm theo Báo cáo số ${number} ${date}${settings.tenDonVi ? ` của ${settings.tenDonVi}` : ''})`)];
  if (settings.kyTu && settings.kyDen) lines.push(plainText(`Số liệu từ ngày ${settings.kyTu} đến ngày ${settings.kyDen}`));
  return lines;
}

function buildAppendices(tables: Table[], template: ReportTemplate, subtitle: string[]): Appendix[] {
  const wanted = (template.meta.phuLuc ?? 'tthc').split(',').map((s) => s.trim());
  const picked = tables.filter(
    (t) => t.orientation === 'rows' && ((t.form === 'tthc' && !t.byLevel && wanted.includes('tthc')) || (t.form === 'cntt' && wanted.includes('cntt'))),
  );
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  return picked.map((t, i) => {
    const { table, landscape } = appendixTable(t);
    const title =
      t.form === 'cntt'
        ? 'THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN VÀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN'
        : 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
    return {
      label: picked.length > 1 ? `Phụ lục ${roman[i] ?? i + 1}` : 'Phụ lục',
      title,
      subtitle,
      table,
      landscape,
    };
  });
}
