/**
 * What the shared pane scenarios need of a host fixture, whatever the host: the page to open, and what the
 * host saw (reads, marks, selections, saved settings), so one suite of scenarios runs against Google and Excel.
 */
import type { Page } from 'playwright-core';
import type { Workbook } from '../../core';

export interface PaneFixture {
  kind: 'google-sheets' | 'excel';
  /** Whether the host can save to a cloud drive (Google) rather than only download. */
  drive: boolean;
  url: string;
  attach(page: Page): Promise<void>;
  close(): Promise<void>;
  /** How many times the pane read the workbook. */
  reads(): Promise<number>;
  /** Cells carrying a mark now, as "sheet!row,col" (0-based). */
  marked(): Promise<string[]>;
  /** Every cell the pane asked the host to select, as [sheet, A1]. */
  selections(): Promise<[string, string][]>;
  settingsSaved(): Promise<boolean>;
  /** The next write of marks is refused as the host refuses a user without edit rights. */
  refuseNextMarks(): Promise<void>;
  /** The next reading of the workbook fails as the host fails (a time-out, an internal error). */
  failNextRead(): Promise<void>;
  /** The user types a value in a cell (0-based sheet coordinates) while the pane is open. */
  setValue(sheet: string, row: number, col: number, value: string | number): Promise<void>;
  /** The settings the pane saved with the document (null when none). */
  savedSettings(): Promise<Record<string, unknown> | null>;
  /** Reports saved to the cloud drive; `googleDoc`: converted to a Google Docs document; `parent`: the folder's id. */
  saved: { name: string; bytes: Buffer; googleDoc?: boolean; parent?: string }[];
  /** Google only: the dialogs the server opened over the sheet (the folder Picker), each a page, in order. */
  dialogs?: Page[];
  /** Google only: the folders of the user's Drive the add-on can reach, id → name. */
  driveFolders?(): Record<string, string>;
  /** Google only: the user deletes a folder in Drive. */
  deleteFolder?(id: string): Promise<void>;
  /** The workbook's sheets now, in order, with their values from A1 (what the pane may have added). */
  sheets(): Promise<{ name: string; values: unknown[][] }[]>;
}

export type MakeFixture = (
  workbook: Workbook,
  /**
   * Google only: `picker: false`, the deployment did not set the Google Picker's key and app id; `gapi:
   * 'unreachable'`, Google's api.js does not load in the folder dialog; `sheetsPerCall`, a workbook too large for
   * Google's 6 minutes is read in parts.
   */
  opts?: { delayMs?: number; tab?: 'check' | 'indicators' | 'report'; picker?: boolean; gapi?: 'unreachable'; sheetsPerCall?: number },
) => Promise<PaneFixture>;
