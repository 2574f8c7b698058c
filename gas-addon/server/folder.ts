/**
 * The folder the user picks for the reports (Google Picker). With the `drive.file` scope the add-on sees only the
 * files it created, and the folders the user picked in the Picker: picking is what makes a folder reachable.
 * The choice is the user's (UserProperties): another clerk opening the same sheet must not save into a folder of
 * someone else's Drive. The Picker's developer key and Cloud project number are deployment settings, kept in the
 * Script Properties PICKER_API_KEY and PICKER_APP_ID (gas-addon/README.md).
 */
import type { PickerConfig, ReportFolder } from '../contract';
import { fail, guarded } from './errors';

const FOLDER_KEY = 'baoCaoReportFolder';
export const PICKER_API_KEY = 'PICKER_API_KEY';
export const PICKER_APP_ID = 'PICKER_APP_ID';

function pickerKeys(): { developerKey: string; appId: string } | null {
  const props = PropertiesService.getScriptProperties();
  const developerKey = props.getProperty(PICKER_API_KEY)?.trim();
  const appId = props.getProperty(PICKER_APP_ID)?.trim();
  return developerKey && appId ? { developerKey, appId } : null;
}

/** What the Picker dialog needs; null when the deployment has not set the key and the app id. */
export function baoCaoPickerConfig(): PickerConfig | null {
  return guarded(() => {
    const keys = pickerKeys();
    return keys ? { ...keys, token: ScriptApp.getOAuthToken() } : null;
  });
}

/** The sidebar only asks whether to offer "Chọn thư mục…": the user's token goes to the dialog alone. */
export function baoCaoCanPickFolder(): boolean {
  return guarded(() => pickerKeys() !== null);
}

/** The Picker in a modal dialog over the sheet (FolderPicker.html, built from gas-addon/picker/folder-picker.ts). */
export function baoCaoOpenFolderPicker(): void {
  guarded(() => {
    const html = HtmlService.createHtmlOutputFromFile('FolderPicker').setWidth(620).setHeight(440);
    SpreadsheetApp.getUi().showModalDialog(html, 'Chọn thư mục lưu báo cáo');
  });
}

/** The folder picked, stored for this user; any id or name that is not a plain string is refused. */
export function baoCaoSetReportFolder(id: string, name: string): void {
  guarded(() => {
    if (typeof id !== 'string' || !/^[\w-]{1,200}$/.test(id) || typeof name !== 'string') throw fail('unknown');
    rememberFolder(id, name);
  });
}

export function rememberFolder(id: string, name: string): void {
  PropertiesService.getUserProperties().setProperty(FOLDER_KEY, JSON.stringify({ id, name: name.slice(0, 500) }));
}

export function baoCaoGetReportFolder(): ReportFolder | null {
  return guarded(() => pickedFolder());
}

export function baoCaoResetReportFolder(): void {
  guarded(() => forgetFolder());
}

export function pickedFolder(): ReportFolder | null {
  const json = PropertiesService.getUserProperties().getProperty(FOLDER_KEY);
  if (!json) return null;
  try {
    const f = JSON.parse(json) as Partial<ReportFolder>;
    return typeof f.id === 'string' && typeof f.name === 'string' ? { id: f.id, name: f.name } : null;
  } catch {
    return null;
  }
}

export function forgetFolder(): void {
  PropertiesService.getUserProperties().deleteProperty(FOLDER_KEY);
}
