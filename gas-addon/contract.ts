/**
 * The calls between the sidebar (pane/hosts/gas.ts, through google.script.run) and the Apps Script server
 * (gas-addon/server/). Names and shapes are a contract: both sides import these types; nothing else crosses.
 * Everything is JSON-safe (google.script.run passes plain objects, strings and numbers only).
 */
import type { CellMark, SheetGrid } from '../core';
import type { ReportMade, ReportSettings } from '../core/report';

/** The reports' default folder, at the top of the user's Drive (issue 11), used when no folder was picked. */
export const REPORT_FOLDER = 'Báo cáo CCHC';

/** The pane's scripts kept out of the page, loaded on first use (pane/docx.ts; scripts/build-pane.mjs PANE_SCRIPTS). */
export type PaneScript = 'docx-writer' | 'docx-preview';

export interface ServerApi {
  /**
   * The sheets' data ranges from sheet `from` (default 0): one getValues, one getDisplayValues, one getMergedRanges per
   * sheet, as many sheets as fit in a part of Google's 6 minutes; `next` is where the next call starts, absent at the end.
   */
  baoCaoReadWorkbook(from?: number): WorkbookPart;
  /** Clears older marks, then marks: one batched write of fills and one of notes per sheet. */
  baoCaoApplyMarks(marks: CellMark[]): { marked: number };
  /** Restores what the marks replaced, from the document's properties (survives closing the file). */
  baoCaoClearMarks(): { restored: number };
  baoCaoSelect(sheet: string, a1: string): void;
  /**
   * Saves the .docx (base64) in the user's Drive (scope drive.file): in the folder the user picked, else in
   * "Báo cáo CCHC"; returns its link and the folder's name. With `googleDoc`, Drive converts it to a Google Docs
   * document on upload. A picked folder Drive no longer reaches (deleted, trashed, unshared): the file goes to
   * "Báo cáo CCHC", the choice is forgotten, and `fellBack` says so.
   */
  baoCaoSaveReport(fileName: string, base64: string, googleDoc: boolean, replaceId?: string): SavedReport;
  /** «Báo cáo đã tạo»: the reports made from this spreadsheet, in its document properties (core/report/reports-made). */
  baoCaoLoadReports(): ReportMade[];
  baoCaoSaveReports(list: ReportMade[]): void;
  baoCaoLoadSettings(): Partial<ReportSettings> | null;
  baoCaoSaveSettings(settings: ReportSettings): void;
  /** The text of one of the pane's scripts kept apart from the sidebar (the .docx writer). */
  baoCaoScript(name: PaneScript): string;
  /** Adds a NEW sheet ("Mẫu số liệu", or "(2)"… when taken) holding `values` from A1; no other sheet is written. */
  baoCaoAddSampleSheet(values: (string | number)[][]): { sheet: string };
  /**
   * What the Google Picker needs (Script Properties PICKER_API_KEY, PICKER_APP_ID, and the user's OAuth token);
   * null when the deployment has not set them: then only the default folder is offered.
   */
  baoCaoPickerConfig(): PickerConfig | null;
  /** Whether the Picker is set up (both Script Properties): what the sidebar needs to offer it, without the token. */
  baoCaoCanPickFolder(): boolean;
  /** Opens the Picker (FolderPicker.html) in a modal dialog over the sheet; the choice arrives by baoCaoSetReportFolder. */
  baoCaoOpenFolderPicker(): void;
  /** The folder picked in the dialog, kept for this user (UserProperties), not with the document. */
  baoCaoSetReportFolder(id: string, name: string): void;
  baoCaoGetReportFolder(): ReportFolder | null;
  /** Back to the default folder "Báo cáo CCHC". */
  baoCaoResetReportFolder(): void;
}

/** Part of the workbook read by one call: its sheets, how many the workbook has, and where to go on (absent: done). */
export interface WorkbookPart {
  sheets: SheetGrid[];
  total: number;
  next?: number;
}

export interface PickerConfig {
  developerKey: string;
  /** The Cloud project number. */
  appId: string;
  token: string;
}

/**
 * Where a report was saved: its link, its id, the folder's name; `fellBack`: the picked folder could not be reached, the
 * default one was used; `replaced`: saved over the file `replaceId` named (a .docx keeps its link, Drive keeping the
 * earlier content as a version; a Google Docs document is made anew and the earlier one moved to the trash).
 */
export interface SavedReport {
  url: string;
  folder: string;
  fileId?: string;
  fellBack?: true;
  replaced?: true;
}

export interface ReportFolder {
  id: string;
  name: string;
}

/**
 * A server failure reaches the sidebar as an Error whose message starts with one of these codes and a colon,
 * then the Vietnamese sentence for the user: "permission: Bạn không có quyền sửa trang tính này."
 */
export const SERVER_ERROR_CODES = ['permission', 'drive-permission', 'quota', 'not-found', 'too-large', 'unknown'] as const;

export const SERVER_FUNCTIONS = [
  'baoCaoReadWorkbook',
  'baoCaoApplyMarks',
  'baoCaoClearMarks',
  'baoCaoSelect',
  'baoCaoSaveReport',
  'baoCaoLoadReports',
  'baoCaoSaveReports',
  'baoCaoLoadSettings',
  'baoCaoSaveSettings',
  'baoCaoScript',
  'baoCaoAddSampleSheet',
  'baoCaoPickerConfig',
  'baoCaoCanPickFolder',
  'baoCaoOpenFolderPicker',
  'baoCaoSetReportFolder',
  'baoCaoGetReportFolder',
  'baoCaoResetReportFolder',
] as const satisfies readonly (keyof ServerApi)[];
