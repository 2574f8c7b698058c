/**
 * The documents a report may cite, as dated data (DESIGN §3.2, domain-spec §2.1 and §7): a report cites what was in
 * force in its own period. A template asks for a role ("the one-stop decree in force") and gets the documents whose
 * validity covers the period's last day: NĐ 61/2018 and NĐ 107/2021 for March 2024, NĐ 118/2025 from 01/7/2025.
 *
 * Dates an office cannot verify here are tagged; an office extends or overrides the list from its settings (the
 * "Văn bản pháp lý" field, one document per line, see parseLegalDocLine).
 */

/** What a document governs, as templates ask for it. */
export type LegalRole =
  /** The one-stop mechanism (cơ chế một cửa, một cửa liên thông). */
  | 'mot-cua'
  /** The periodic reporting regime and its forms (biểu mẫu báo cáo). */
  | 'che-do-bao-cao'
  /** Digitisation of dossiers and results. */
  | 'so-hoa'
  /** The Bộ chỉ số chỉ đạo, điều hành (QĐ 766). */
  | 'bo-chi-so'
  /** The national instruction behind the monthly report (Công điện 644). */
  | 'chi-dao-bao-cao-thang'
  /** The province's documents asking for the monthly report. */
  | 'yeu-cau-bao-cao-thang'
  /** Administrative procedures carried out electronically (NĐ 45/2020). */
  | 'tthc-dien-tu'
  /** Online public services: toàn trình and một phần (NĐ 42/2022, then NĐ 224/2026). */
  | 'dich-vu-cong-truc-tuyen'
  /** The national CCHC programme of the period (NQ 30c for 2011–2020, NQ 76 for 2021–2030). */
  | 'chuong-trinh-cchc';

export const LEGAL_ROLES: readonly { id: LegalRole; label: string }[] = [
  { id: 'mot-cua', label: 'Cơ chế một cửa, một cửa liên thông' },
  { id: 'che-do-bao-cao', label: 'Chế độ báo cáo, biểu mẫu' },
  { id: 'so-hoa', label: 'Số hóa hồ sơ, kết quả giải quyết TTHC' },
  { id: 'bo-chi-so', label: 'Bộ chỉ số chỉ đạo, điều hành' },
  { id: 'chi-dao-bao-cao-thang', label: 'Chỉ đạo báo cáo tháng' },
  { id: 'yeu-cau-bao-cao-thang', label: 'Văn bản của tỉnh yêu cầu báo cáo tháng' },
  { id: 'tthc-dien-tu', label: 'Thực hiện TTHC trên môi trường điện tử' },
  { id: 'dich-vu-cong-truc-tuyen', label: 'Dịch vụ công trực tuyến' },
  { id: 'chuong-trinh-cchc', label: 'Chương trình tổng thể cải cách hành chính' },
];

export interface LegalDoc {
  role: LegalRole;
  /** "Nghị định", "Thông tư", "Quyết định", "Công điện", "Công văn". */
  type: string;
  /** "61/2018/NĐ-CP". */
  number: string;
  /** Signing date, ISO yyyy-mm-dd. */
  signed: string;
  /** "Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Ủy ban nhân dân tỉnh". */
  issuer: string;
  /** The subject as cited after the issuer: "về thực hiện cơ chế một cửa, …". */
  subject: string;
  /** First day in force, ISO; the signing date when not known better. */
  from: string;
  /** Last day in force, ISO; absent while in force. */
  to?: string;
  /** verified: the citation is in domain-spec with a source; likely: widely cited, text not retrieved; seed: as a seed report cites it. */
  confidence: 'verified' | 'likely' | 'seed' | 'office';
  /** The number of the document it amends, cited after it: "…, được sửa đổi, bổ sung bởi Nghị định số 309/2026/NĐ-CP". */
  amends?: string;
  /** A province's own document ("Đồng Tháp"): cited only in the reports of that province's units. */
  province?: string;
}

export const LEGAL_DOCS: readonly LegalDoc[] = [
  {
    role: 'mot-cua',
    type: 'Nghị định',
    number: '61/2018/NĐ-CP',
    signed: '2018-04-23',
    issuer: 'Chính phủ',
    subject: 'về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    from: '2018-06-21',
    to: '2025-06-30',
    confidence: 'likely',
  },
  {
    role: 'mot-cua',
    type: 'Nghị định',
    number: '107/2021/NĐ-CP',
    signed: '2021-12-06',
    issuer: 'Chính phủ',
    subject:
      'sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    from: '2021-12-06',
    to: '2025-06-30',
    confidence: 'seed',
  },
  {
    role: 'mot-cua',
    type: 'Nghị định',
    number: '118/2025/NĐ-CP',
    signed: '2025-06-09',
    issuer: 'Chính phủ',
    subject: 'về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    from: '2025-07-01',
    confidence: 'verified',
  },
  {
    // domain-spec §8.1 [V-weak ×2]: signed and in force 05/8/2026 (kiosks, identity checks by VNeID). NĐ 367/2025, its
    // other amendment, has no date found: an office that cites it lists it in its settings.
    role: 'mot-cua',
    type: 'Nghị định',
    number: '309/2026/NĐ-CP',
    signed: '2026-08-05',
    issuer: 'Chính phủ',
    subject:
      'sửa đổi, bổ sung một số điều của Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    from: '2026-08-05',
    amends: '118/2025/NĐ-CP',
    confidence: 'likely',
  },
  {
    // domain-spec §8.1 [V]: still in force beside NĐ 118/2025 (VBHN 01/2026/VBHN-BTP).
    role: 'tthc-dien-tu',
    type: 'Nghị định',
    number: '45/2020/NĐ-CP',
    signed: '2020-04-08',
    issuer: 'Chính phủ',
    subject: 'về thực hiện thủ tục hành chính trên môi trường điện tử',
    from: '2020-05-22',
    confidence: 'likely',
  },
  {
    // Toàn trình / một phần in place of mức độ 3 / 4; lapsed 01/7/2026 (domain-spec §8.1 [V-weak ×2]).
    role: 'dich-vu-cong-truc-tuyen',
    type: 'Nghị định',
    number: '42/2022/NĐ-CP',
    signed: '2022-06-24',
    issuer: 'Chính phủ',
    subject: 'quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    from: '2022-08-01',
    to: '2026-06-30',
    confidence: 'likely',
  },
  {
    // Replaces NĐ 42/2022 from 01/7/2026 under Luật Chuyển đổi số 148/2025/QH15 [V-weak ×2]; its title was not read, so
    // it is cited by number and date only.
    role: 'dich-vu-cong-truc-tuyen',
    type: 'Nghị định',
    number: '224/2026/NĐ-CP',
    signed: '2026-06-24',
    issuer: 'Chính phủ',
    subject: '',
    from: '2026-07-01',
    confidence: 'likely',
  },
  {
    role: 'chuong-trinh-cchc',
    type: 'Nghị quyết',
    number: '30c/NQ-CP',
    signed: '2011-11-08',
    issuer: 'Chính phủ',
    subject: 'ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020',
    from: '2011-11-08',
    to: '2020-12-31',
    confidence: 'likely',
  },
  {
    // domain-spec §8.1 [V]: six areas, "Hiện đại hóa nền hành chính" of 2011–2020 now "Chính phủ điện tử, Chính phủ số".
    role: 'chuong-trinh-cchc',
    type: 'Nghị quyết',
    number: '76/NQ-CP',
    signed: '2021-07-15',
    issuer: 'Chính phủ',
    subject: 'ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
    from: '2021-07-15',
    confidence: 'verified',
  },
  {
    role: 'che-do-bao-cao',
    type: 'Thông tư',
    number: '01/2020/TT-VPCP',
    signed: '2020-10-21',
    issuer: 'Văn phòng Chính phủ',
    subject: 'quy định chế độ báo cáo định kỳ và quản lý, sử dụng, khai thác Hệ thống thông tin báo cáo của Văn phòng Chính phủ',
    from: '2020-10-21',
    confidence: 'verified',
  },
  {
    role: 'so-hoa',
    type: 'Thông tư',
    number: '01/2023/TT-VPCP',
    signed: '2023-04-05',
    issuer: 'Văn phòng Chính phủ',
    subject:
      'quy định một số nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và thực hiện thủ tục hành chính trên môi trường điện tử',
    from: '2023-04-05',
    confidence: 'verified',
  },
  {
    role: 'bo-chi-so',
    type: 'Quyết định',
    number: '766/QĐ-TTg',
    signed: '2022-06-23',
    issuer: 'Thủ tướng Chính phủ',
    subject:
      'phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử',
    from: '2022-06-23',
    confidence: 'verified',
  },
  {
    role: 'chi-dao-bao-cao-thang',
    type: 'Công điện',
    number: '644/CĐ-TTg',
    signed: '2023-07-13',
    issuer: 'Thủ tướng Chính phủ',
    subject:
      'về việc chấn chỉnh, tăng cường trách nhiệm và nâng cao hiệu quả công tác cải cách TTHC, kịp thời tháo gỡ vướng mắc, khó khăn cho người dân, doanh nghiệp',
    from: '2023-07-13',
    // A one-off directive; no source shows a province still asking for the "644" report after the 2025 reform
    // (domain-spec §8.1): a later report cites it only when the office's settings list it.
    to: '2025-06-30',
    confidence: 'seed',
  },
  {
    role: 'yeu-cau-bao-cao-thang',
    type: 'Công văn',
    number: '09/UBND-HCC',
    signed: '2023-07-20',
    issuer: 'Ủy ban nhân dân Tỉnh',
    subject:
      'về việc thực hiện Công điện số 644/CĐ-TTg ngày 13 tháng 7 năm 2023 của Thủ tướng Chính phủ về việc chấn chỉnh, tăng cường trách nhiệm và nâng cao hiệu quả công tác cải cách TTHC, kịp thời tháo gỡ vướng mắc, khó khăn cho người dân, doanh nghiệp',
    from: '2023-07-20',
    to: '2025-06-30',
    province: 'Đồng Tháp',
    confidence: 'seed',
  },
  {
    role: 'yeu-cau-bao-cao-thang',
    type: 'Công văn',
    number: '14/UBND-HCC',
    signed: '2023-08-15',
    issuer: 'Ủy ban nhân dân Tỉnh',
    subject: 'về việc thực hiện báo cáo tháng về công tác cải cách TTHC và các báo cáo khác được giao',
    from: '2023-08-15',
    // The Đồng Tháp of the seeds merged with Tiền Giang on 01/7/2025; whether the new province still asks for this
    // report is not known (domain-spec §7.1.2), so a later report cites it only when the office lists it.
    to: '2025-06-30',
    province: 'Đồng Tháp',
    confidence: 'seed',
  },
];

/** "2024-03-12" from "12/3/2024"; undefined when not a date. */
export function isoDate(dmy: string): string | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(dmy);
  if (!m) return undefined;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return undefined;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The documents of a role in force on `day` (ISO), in signing order. */
export function inForce(docs: readonly LegalDoc[], role: LegalRole, day: string): LegalDoc[] {
  return docs.filter((d) => d.role === role && d.from <= day && (d.to === undefined || day <= d.to)).sort((a, b) => a.signed.localeCompare(b.signed));
}

/** "ngày 23 tháng 4 năm 2018" (NĐ 30: days below 10 and months 1, 2 take a leading zero). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/** "23/4/2018". */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${String(d).padStart(2, '0')}/${m <= 2 ? String(m).padStart(2, '0') : m}/${y}`;
}

/** "Nghị định số 61/2018/NĐ-CP". */
export const shortCitation = (d: LegalDoc) => `${d.type} số ${d.number}`;

/** "Công điện số 644/CĐ-TTg ngày 13/7/2023 của Thủ tướng Chính phủ": named again after a full citation. */
export const datedCitation = (d: LegalDoc) => `${shortCitation(d)} ngày ${shortDate(d.signed)} của ${d.issuer}`;

/** "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về …" — as the body and its footnotes cite. */
export const fullCitation = (d: LegalDoc) => `${shortCitation(d)} ${longDate(d.signed)} của ${d.issuer}${d.subject ? ` ${d.subject}` : ''}`;

/**
 * One document from the settings: "<vai trò>: <Loại> số <số hiệu> ngày dd/mm/yyyy của <cơ quan> <trích yếu>
 * [(hiệu lực từ dd/mm/yyyy [đến dd/mm/yyyy])]". The role is an id of LEGAL_ROLES or its label. An office's
 * document of a role replaces the catalogue's documents of that role that overlap its validity.
 */
export function parseLegalDocLine(line: string): LegalDoc | string {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
  const colon = line.indexOf(':');
  if (colon < 0) return `thiếu vai trò trước dấu ":" (ví dụ "mot-cua: Nghị định số …")`;
  const roleText = fold(line.slice(0, colon));
  const role = LEGAL_ROLES.find((r) => r.id === roleText || fold(r.label) === roleText)?.id;
  if (!role) return `vai trò "${line.slice(0, colon).trim()}" không có trong danh sách (${LEGAL_ROLES.map((r) => r.id).join(', ')})`;
  let rest = line.slice(colon + 1).trim();
  let from: string | undefined;
  let to: string | undefined;
  const validity = /\(\s*hiệu lực từ (?:ngày )?(\S+?)(?:\s+đến (?:ngày )?(\S+?))?\s*\)\s*\.?$/u.exec(rest);
  if (validity) {
    from = isoDate(validity[1]!);
    to = validity[2] ? isoDate(validity[2]) : undefined;
    if (!from || (validity[2] && !to)) return `ngày hiệu lực "${validity[0]}" không đúng dạng dd/mm/yyyy`;
    rest = rest.slice(0, validity.index).trim();
  }
  const m = /^(.+?) số (\S+) ngày (\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}) của (.+)$/u.exec(rest);
  if (!m) return `không đọc được "${rest}" (cần dạng "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về …")`;
  const dateText = m[3]!;
  const longForm = /^(\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/.exec(dateText);
  const signed = longForm ? isoDate(`${longForm[1]}/${longForm[2]}/${longForm[3]}`) : isoDate(dateText);
  if (!signed) return `ngày ký "${dateText}" không đúng`;
  const issuerAndSubject = m[4]!.trim().replace(/[.;]$/, '');
  const cut = /\s(về|quy định|hướng dẫn|sửa đổi|phê duyệt|ban hành)\s/u.exec(issuerAndSubject);
  const issuer = cut ? issuerAndSubject.slice(0, cut.index) : issuerAndSubject;
  const subject = cut ? issuerAndSubject.slice(cut.index + 1) : '';
  return { role, type: m[1]!.trim(), number: m[2]!, signed, issuer, subject, from: from ?? signed, ...(to ? { to } : {}), confidence: 'office' };
}

/** The catalogue with an office's own documents: each replaces those of its role whose validity overlaps its own. */
export function withOfficeDocs(base: readonly LegalDoc[], office: readonly LegalDoc[]): LegalDoc[] {
  const overlaps = (a: LegalDoc, b: LegalDoc) => a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
  return [...base.filter((d) => !office.some((o) => o.role === d.role && overlaps(o, d))), ...office];
}

/**
 * Who receives a kind of report, with the dates it held (DESIGN §3.2: the recipient may change in 2026, when the
 * control of TTHC passes to Bộ Tư pháp; domain-spec §7.1.2 [U]). Only what a seed shows is here; past its end the
 * report names no recipient of its own and the office's "Kính gửi" setting decides.
 */
export interface DatedRecipient {
  role: 'bao-cao-thang';
  /** As "Kính gửi:" names it; the province is added from the settings when known. */
  name: string;
  from: string;
  to?: string;
  confidence: LegalDoc['confidence'];
}

export const RECIPIENTS: readonly DatedRecipient[] = [
  // Seed 000 (Tháp Mười 01/2024) sends its monthly report to the provincial office that asked for it (CV 14/UBND-HCC).
  { role: 'bao-cao-thang', name: 'Văn phòng Ủy ban nhân dân tỉnh', from: '2023-08-15', to: '2025-06-30', confidence: 'seed' },
];

/** The recipient of a role on `day` (ISO), if the catalogue knows one. */
export function recipientOn(role: DatedRecipient['role'], day: string): DatedRecipient | undefined {
  return RECIPIENTS.find((r) => r.role === role && r.from <= day && (r.to === undefined || day <= r.to));
}
