/**
 * The host adapter interface (DESIGN.md §2): everything the pane asks of Google Sheets or Excel. An adapter
 * holds only I/O; every decision is the core's or the pane's. Count round trips: each method is one batched
 * call to the host, whatever the number of rows.
 */
import type { CellMark, Workbook } from '../core';
import type { ReportMade, ReportSettings } from '../core/report';
import type { PaneScript, ReportFolder } from '../gas-addon/contract';

export interface SaveResult {
  /** Where the file can be opened (Google Drive). */
  url?: string;
  /** The browser downloaded it (Excel, or when Drive is not used). */
  downloaded?: boolean;
  /** The Drive folder it was saved in, by name (Google Drive). */
  folder?: string;
  /** The folder the user picked could not be reached (deleted, trashed, unshared): saved in the default one instead. */
  fellBack?: boolean;
  /** Google Drive: the file's id, to save over it later. */
  fileId?: string;
  /** Saved over the earlier file asked for (`replace`); absent when Drive no longer had it and a new one was made. */
  replaced?: boolean;
}

/** «Báo cáo đã tạo» (core/report/reports-made), kept with the document: Google's document properties, Excel's document settings, the web page's browser store. */
export interface ReportsMadeStore {
  load(): Promise<ReportMade[]>;
  save(list: ReportMade[]): Promise<void>;
}

/**
 * Google only: the Drive folder the reports are saved in. The user picks it in Google's Picker, a dialog the server
 * opens over the sheet; the choice is the user's (not the document's) and reaches the pane by asking `current()`.
 */
export interface FolderChoice {
  /** Whether the Picker can be offered: the deployment gave it its key and app id. Without, only the default folder. */
  canPick(): Promise<boolean>;
  /** The folder picked; null for the default folder «Báo cáo CCHC». */
  current(): Promise<ReportFolder | null>;
  /** Opens the Picker's dialog; resolves once it is open (the choice comes later, through `current()`). */
  pick(): Promise<void>;
  /** Back to the default folder. */
  reset(): Promise<void>;
}

/**
 * What a host could not do when marking, said once to the user: `fill-only`, the cells are marked by their fill alone
 * (Excel without comments); `record-per-addin`, what the marks replaced is remembered by this copy of the add-in only
 * (Excel below ExcelApi 1.5), so «Xóa đánh dấu» must be done from it.
 */
export type MarkLimit = 'fill-only' | 'record-per-addin';
export interface MarkResult {
  marked: number;
  limits?: MarkLimit[];
}

export interface Host {
  readonly kind: 'google-sheets' | 'excel' | 'web';
  /**
   * The workbook is a file the user picked (the web page), not an open sheet: nothing to mark or select, and no sheet
   * to add; the list of findings is the result, naming each cell with its sheet.
   */
  readonly sheetless?: boolean;
  /**
   * Every sheet's used range: values, display text where it matters (percentages), merged ranges. A host that reads
   * in several calls (Google, for a workbook too large for one) tells `onProgress` how many sheets are read.
   */
  readWorkbook(onProgress?: (read: number, total: number) => void): Promise<Workbook>;
  /** Marks the cells in one batched write per sheet, remembering what each mark replaced. Clears older marks first. */
  applyMarks(marks: CellMark[]): Promise<MarkResult>;
  /** Puts back exactly what the marks replaced (fills and notes), even after the file was closed and reopened. */
  clearMarks(): Promise<{ restored: number }>;
  select(sheet: string, a1: string): Promise<void>;
  /**
   * With `googleDoc` (Google Drive only), the file is converted to a Google Docs document on upload; with `replace`
   * (Google Drive only), it is saved over that earlier file.
   */
  saveReport(fileName: string, docx: Uint8Array, target: 'drive' | 'download', options?: { googleDoc?: boolean; replace?: string }): Promise<SaveResult>;
  /** Where the reports made from this document are listed; absent when the host keeps nothing with it. */
  readonly reportsMade?: ReportsMadeStore;
  /** The settings saved with the document by the pane, if any (the settings sheet is read with the workbook). */
  loadSettings(): Promise<Partial<ReportSettings> | undefined>;
  saveSettings(settings: ReportSettings): Promise<void>;
  /** Runs one of the pane's own scripts that is not in the page (the .docx writer, the preview), once. */
  loadScript(name: PaneScript): Promise<void>;
  /**
   * Adds a NEW sheet named "Mẫu số liệu" (or "Mẫu số liệu (2)"… when taken) holding `values` from A1, and returns
   * its name. No existing sheet is written.
   */
  addSampleSheet(values: (string | number)[][]): Promise<{ sheet: string }>;
  /** Whether saving by download is refused here (Excel for Mac's pane): said before the click, not after. */
  downloadBlocked?(): Promise<boolean>;
  /** The folder the reports go to in Drive, when the host has one to choose (Google); Excel has none. */
  readonly folders?: FolderChoice;
}

export type { PaneScript, ReportFolder };

import type { HostErrorCode } from '../core/catalogue/host-errors';
export type { HostErrorCode };

/** A host failure the pane can word for the user: its code, and the host's own advice when it gave one in Vietnamese. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly advice?: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
