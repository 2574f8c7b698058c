/**
 * Tạo báo cáo as a job, decided once for every front end: which sheet the report is on (the one chosen, else the
 * first holding results), which settings win (the settings sheet and the tables' titles, under what the user set in
 * the pane or on the command line), which kind, which findings make the draft mark (the chosen sheet's only), which
 * targets, which blanks and notes are said. In: the checked workbook and the user's choices; out: the report model.
 */
import { REPORT_NOTES } from '../catalogue/messages';
import { USER_ERRORS } from '../catalogue/messages';
import type { Finding } from '../catalogue/findings';
import {
  buildReport,
  chooseKind,
  isLetterTemplate,
  missingSettings,
  namesDays,
  periodDays,
  periodName,
  periodOfSettings,
  type NamedFromTitle,
  settingsFromWorkbook,
  templateFileOf,
  withDefaults,
  type FromTitle,
  type ReportDocument,
  type ReportSettings,
} from '../report';
import { cellOf, type Table } from '../tables/table';
import type { TitleText } from '../tables/titles';
import { a1 } from '../grid/a1';
import { DAY_RULES } from '../catalogue/periods';
import { reportKindInfo } from '../catalogue/report-kinds';
import { SETTING_FIELDS } from '../catalogue/settings-fields';
import { sheetsWithResults, tablesForSheet } from '../workbook';
import { checkTables } from '../checks/check-tables';
import type { CheckJobResult } from './check-job';
import { JobError, type FrontEndHow, type JobNote } from './notes';

export interface ReportChoices {
  /** A report kind id or a template the front end can load; default: the settings', else guessed from the tables. */
  kind?: string;
  /** The sheet reported on when several hold results (a sheet per month); default the first. */
  sheet?: string;
  /** The user accepts the figures as they are: no draft mark. */
  accepted?: boolean;
  /** Settings set in the front end (the pane's form, saved with the document): over the settings sheet's. */
  settings?: Partial<ReportSettings>;
  /** Targets given apart (`--chi-tieu`): over every setting's. */
  targets?: Record<string, number | null>;
}

export interface ReportJobInput {
  check: CheckJobResult;
  choices?: ReportChoices;
  /** The template's text for a kind (a file, a bundled text); may throw the front end's own error for an unknown one. */
  templateFor: (kind: string) => string | Promise<string>;
  /** The workbook's name for the no-table sentence ("lap-vo.xlsx", "bảng tính này"). */
  name: string;
  how: FrontEndHow;
}

export interface ReportJobResult {
  doc: ReportDocument;
  kind: string;
  /** The template's name in its errors: a built-in kind's file name, a user's template as given. */
  templateName: string;
  letter: boolean;
  /** The sheet reported on; undefined when one sheet (or none) holds results. */
  sheet?: string;
  /** Every sheet holding results, in the workbook's order. */
  sheets: string[];
  tables: Table[];
  /** The findings of what the report is written from. */
  findings: Finding[];
  errors: number;
  draft: boolean;
  settings: ReportSettings;
  fromTitles: FromTitle[];
  /** The labels of the fields left blank for the văn thư. */
  missing: string[];
  notes: JobNote[];
}

const key = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');
const dmy = (isoDay: string) => isoDay.split('-').reverse().join('/');

export const templateNameOf = (kind: string) => templateFileOf(kind);

/** What a report on `chosen` (or the job's default sheet) is written from: the pane shows its errors before it is made. */
export interface ReportScope {
  sheet?: string;
  sheets: string[];
  tables: Table[];
  findings: Finding[];
  errors: number;
}

/**
 * The sheet a report is on and what it is written from: the sheet chosen (case and Unicode form aside), else the
 * first of several holding results; its tables with those of sheets holding no results (a "Số hóa" sheet beside the
 * months); its findings and the file's (the reader's notes). Another month's errors never make this one a draft.
 */
export function reportScope(check: CheckJobResult, chosen?: string): ReportScope {
  const sheets = sheetsWithResults(check.tables);
  let sheet: string | undefined;
  if (chosen) {
    sheet = sheets.find((s) => key(s) === key(chosen));
    if (!sheet && !check.sheetNames.some((s) => key(s) === key(chosen))) throw new JobError('khong-co-trang', USER_ERRORS.noSheet(chosen, check.sheetNames));
    sheet ??= chosen;
  } else if (sheets.length > 1) sheet = sheets[0];
  const tables = sheet ? tablesForSheet(check.tables, sheet) : check.tables;
  const inReport = new Set(tables.map((t) => t.sheet));
  // The check kept its first findings only (1.000 for the CLI): another month's may have crowded this one's errors out,
  // and the draft mark counts them all. Then the report's own tables are checked again, every finding kept.
  const notes = check.workbook.notes ? { notes: check.workbook.notes } : {};
  const own = check.summary.truncated ? checkTables(tables, check.sheetNames, { ...notes, maxFindings: Number.MAX_SAFE_INTEGER }) : undefined;
  const findings = (own?.findings ?? check.findings).filter((f) => f.sheet === null || inReport.has(f.sheet) || f.rule === 'doc-tep-co-sua');
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { ...(sheet ? { sheet } : {}), sheets, tables, findings, errors };
}

/** The kind a report will be, before it is made (the pane's default in its list): asked, else the settings', else guessed. */
export function reportKind(check: CheckJobResult, settings: ReportSettings, choices: Pick<ReportChoices, 'kind' | 'sheet'> = {}): string {
  const { tables } = reportScope(check, choices.sheet);
  return chooseKind(choices.kind, settings, tables, periodOf(settings, settingsFromWorkbook(check.workbook, titlesOf(check, tables)).named).period);
}

/**
 * The period the report is about: the one a title names when the settings' days fall in it or there are none (its
 * days then to be counted by the kind's rule), else the settings' days as they fall.
 */
function periodOf(settings: ReportSettings, titled: NamedFromTitle | undefined) {
  const days = periodOfSettings(settings);
  const blank = !settings.kyTu.trim() && !settings.kyDen.trim();
  const named = titled && ((days?.from && days.to && namesDays(titled.period, days.from, days.to)) || blank) ? titled : undefined;
  return { named, period: named?.period ?? days };
}

/**
 * The report's sheets' titles, and after them the labels of the periods their tables close ("Quý I/2024" under
 * "Tháng 1/2024 … Tháng 3/2024"): a table by period names its own period when no title does.
 */
const titlesOf = (check: CheckJobResult, tables: readonly Table[]): TitleText[] => [
  ...check.titles.filter((t) => inReportOf(tables).has(t.sheet)),
  ...tables.flatMap((t) => {
    if (!t.byPeriod) return [];
    const label = t.measures.findIndex((m) => m.concept === 'ten');
    const close = t.records.filter((r) => r.role === 'total');
    return close.map((r) => {
      const [row, col] = cellOf(t, r.line, label < 0 ? t.measures[0]!.line : t.measures[label]!.line);
      return { text: r.label, sheet: t.sheet, cell: `${t.sheet}!${a1(row, col)}` };
    });
  }),
];

const inReportOf = (tables: readonly Table[]) => new Set(tables.map((t) => t.sheet));

export async function reportJob(input: ReportJobInput): Promise<ReportJobResult> {
  const { check, how } = input;
  const choices = input.choices ?? {};
  const { sheet, sheets, tables, findings, errors } = reportScope(check, choices.sheet);
  // The titles of the sheets reported on: another month's period is not this one's.
  const fromSheet = settingsFromWorkbook(check.workbook, titlesOf(check, tables));
  const settings = withDefaults({ ...fromSheet.settings, ...(choices.settings ?? {}) });
  // A title hint that the user's own setting replaced is not said.
  const fromTitles = fromSheet.fromTitles.filter((t) => !overridden(t, choices.settings));
  // A period a title names ("THÁNG 7 NĂM 2025") chooses the kind; without days stated, the kind's rule counts them.
  const { named, period } = periodOf(settings, fromSheet.named);
  const kind = chooseKind(choices.kind, settings, tables, period);
  if (named && !settings.kyTu.trim() && !settings.kyDen.trim()) {
    const rule = reportKindInfo(kind)?.ngay ?? 'dinh-ky';
    const { from, to } = periodDays(named.period, rule);
    settings.kyTu = dmy(from);
    settings.kyDen = dmy(to);
    fromTitles.push({
      field: 'ky',
      label: 'Kỳ báo cáo',
      value: `${settings.kyTu} – ${settings.kyDen}`,
      cell: named.cell,
      assumption: `${periodName(named.period)}, tính ${DAY_RULES[rule]}`,
    });
  }
  const templateName = templateNameOf(kind);
  const text = await input.templateFor(kind);
  const letter = isLetterTemplate(text, templateName);
  // A công văn is the office's own text: it needs no table.
  if (tables.length === 0 && !letter) throw new JobError('khong-co-bang', USER_ERRORS.noTable(input.name));
  const targets = { ...settings.mucTieu, ...(choices.targets ?? {}) };
  const accepted = choices.accepted === true;
  const doc = buildReport({
    tables,
    settings,
    templateText: text,
    templateName,
    findings,
    accepted,
    indicatorSettings: { targets },
    ...(reportKindInfo(kind)?.ky ? { periodType: reportKindInfo(kind)!.ky } : {}),
    ...(named ? { namedPeriod: named.period } : {}),
  });
  // A công văn with no text of the office's own would be a number and a signature over nothing: refused, with what it needs.
  if (letter && doc.body.length === 0) {
    const label = (k: string) => SETTING_FIELDS.find((f) => f.key === k)!.label;
    throw new JobError('cong-van-trong', USER_ERRORS.emptyLetter([label('vanBan.noi-dung'), label('trichYeu'), label('kinhGui').replace(/ \(.*\)$/, '')]));
  }
  const missing = missingSettings(settings, letter).map((f) => f.label);

  // The most pressing first: a draft is what the user must act on.
  const notes: JobNote[] = [];
  if (errors > 0)
    notes.push(
      doc.draft
        ? { code: 'du-thao', message: REPORT_NOTES.draft(errors, how.seeErrors, how.accept) }
        : { code: 'chap-nhan-loi', message: REPORT_NOTES.accepted(errors) },
    );
  notes.push(...check.notes);
  // Said when the job chose the sheet: the user who named one knows.
  if (sheets.length > 1 && !choices.sheet)
    notes.push({ code: 'nhieu-trang', message: REPORT_NOTES.severalSheets(sheets, sheet ?? sheets[0]!, how.otherSheet) });
  for (const t of fromTitles) notes.push({ code: 'tu-tieu-de', message: REPORT_NOTES.fromTitle(t.label, t.value, t.cell, t.assumption) });
  if (missing.length) notes.push({ code: 'de-trong', message: REPORT_NOTES.missing(missing) });
  return {
    doc,
    kind,
    templateName,
    letter,
    ...(sheet ? { sheet } : {}),
    sheets,
    tables,
    findings,
    errors,
    draft: doc.draft !== undefined,
    settings,
    fromTitles,
    missing,
    notes,
  };
}

/** A title's hint the user replaced with a value of her own (the pane starts from the hint: the same value is no change). */
function overridden(t: FromTitle, own: Partial<ReportSettings> | undefined): boolean {
  if (!own) return false;
  if (t.field === 'ky') {
    const ky = `${own.kyTu?.trim() ?? ''} – ${own.kyDen?.trim() ?? ''}`;
    return !!(own.kyTu?.trim() || own.kyDen?.trim()) && ky !== t.value;
  }
  const v = own.coQuanBanHanh?.trim();
  return !!v && v !== t.value;
}
