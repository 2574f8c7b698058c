/**
 * What the pane knows between tabs: the workbook last read and its check, and what the clerk typed in the report
 * form (kept here, not in the DOM, so a tab switch never loses it; saved with the document after a pause).
 */
import type { Workbook } from '../core';
import { checkJob, JobError, type CheckJobResult, type FrontEndHow } from '../core/jobs';
import { settingsFromWorkbook, TemplateError, withDefaults, type ReportMade, type ReportSettings } from '../core/report';
import { HostError, type Host, type MarkLimit } from './host';
import { HOST_ERRORS } from '../core/catalogue/host-errors';
import { T } from './messages';
import { SUPPORT_CONTACT } from './deployment';

/** More findings than this are not kept (a sheet that is not what it seems); the summary still counts them all. */
const MAX_FINDINGS = 50_000;

/** The report form as the clerk left it. */
export interface ReportForm {
  /** The settings as typed (the settings sheet's and the saved ones underneath); undefined until first shown. */
  settings?: ReportSettings;
  /** The clerk accepted the figures as they are: no draft mark. */
  accepted: boolean;
  /** The sheet reported on, when several hold a results table (a sheet per month); the first one by default. */
  sheet?: string;
}

export interface PaneState {
  host: Host;
  wb?: Workbook;
  result?: CheckJobResult;
  /** When the sheet was last read, for the "đọc lúc" line. */
  readAt?: Date;
  form: ReportForm;
  /** What the host could not do when marking, already said (once a pane). */
  limitsSaid: Set<MarkLimit>;
  /** «Báo cáo đã tạo» as read from the document (undefined until read). */
  made?: ReportMade[];
  /** The bytes of the reports downloaded in this session, by name: «Tải lại» needs no new report. */
  madeBytes: Map<string, Uint8Array>;
  /** Told when a report is made (the list on Tạo báo cáo draws it again). */
  madeChanged?: () => void;
}

export function newState(host: Host): PaneState {
  return { host, form: { accepted: false }, limitsSaid: new Set(), madeBytes: new Map() };
}

/**
 * Reads and checks the workbook again: every action does (it is one batched read), so what the pane shows and
 * writes is never older than the sheet. `step` names the step for the progress line.
 */
export async function readAndCheck(state: PaneState, step: (s: string) => void): Promise<CheckJobResult> {
  step(T.check.reading);
  state.wb = await state.host.readWorkbook((read, total) => step(T.check.readingSheets(read, total)));
  step(T.check.checking);
  // Let the status paint before the (synchronous) check runs.
  await new Promise((r) => setTimeout(r, 0));
  // Every finding, not the command line's first 1.000: the pane lists 1.000 cards but filters and steps through all.
  state.result = checkJob({ workbook: state.wb, maxFindings: MAX_FINDINGS });
  state.readAt = new Date();
  return state.result;
}

/**
 * The report settings the pane works with: the settings sheet's, under what was saved with the document, under
 * what the clerk typed since (kept in the state). Needs the workbook read.
 */
export async function formSettings(state: PaneState): Promise<ReportSettings> {
  if (!state.form.settings) {
    const fromSheet = state.wb ? settingsFromWorkbook(state.wb).settings : withDefaults({});
    const saved = await state.host.loadSettings();
    // Targets merge one by one: a target saved for one indicator does not drop the sheet's for another.
    state.form.settings = withDefaults({ ...fromSheet, ...(saved ?? {}), mucTieu: { ...fromSheet.mucTieu, ...(saved?.mucTieu ?? {}) } });
  }
  return state.form.settings;
}

/** The list, read from the document once a pane; undefined when it cannot be read (the save goes on without it). */
export async function madeSoFar(state: PaneState): Promise<ReportMade[] | undefined> {
  // The web page's list is the unit's of the file picked now, which may change between two reads: read each time.
  if (!state.made || state.host.sheetless) {
    try {
      state.made = (await state.host.reportsMade?.load()) ?? [];
    } catch {
      // Unread, it is never written over: the next save lists its report in this pane only.
      return undefined;
    }
  }
  return state.made;
}

/** How the pane does what a report's notes ask (core/jobs): its own controls' names. */
export const PANE_HOW: FrontEndHow = {
  otherSheet: `chọn trang ở mục «${T.report.sheet}»`,
  seeErrors: `xem ở thẻ «${T.tabs.check}»`,
  accept: `đánh dấu ô «${T.report.accept}»`,
};

/** "Số liệu đọc lúc 09:41." */
/** When the sheet was read; `short`: the time alone, where the line must stay one line (Chỉ tiêu). */
export function readAtText(state: PaneState, short = false): string {
  if (!state.readAt) return '';
  const d = state.readAt;
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return short ? T.readAtShort(hm) : T.readAt(hm);
}

const SAVE_AFTER_MS = 800;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Saves the typed settings with the document once typing pauses; a failure is said, never thrown. */
export function saveFormSoon(state: PaneState, onError: (e: unknown) => void): void {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saveTimer = undefined;
    if (state.form.settings) state.host.saveSettings(state.form.settings).catch(onError);
  }, SAVE_AFTER_MS);
}

/** A failure, in words for the user. */
export function errorText(e: unknown): string {
  if (e instanceof HostError) return e.code === 'unknown' ? unexpected(e.advice) : (e.advice ?? HOST_ERRORS[e.code]);
  // A mistake in a template text the user wrote (the settings' trích yếu): its own sentence says where and what.
  if (e instanceof TemplateError || e instanceof JobError) return e.message;
  return unexpected();
}

/** An unexpected failure (the host's words, else the catalogue's), and whom to ask when the deployment says. */
const unexpected = (said: string = HOST_ERRORS.unknown) => (SUPPORT_CONTACT ? `${said} ${T.support(SUPPORT_CONTACT)}` : said);

export function showError(status: HTMLElement, e: unknown): void {
  status.textContent = errorText(e);
  status.classList.add('error');
}
