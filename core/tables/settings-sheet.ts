/** The report settings sheet holds words, not figures: never read as a table. */
import { foldKey } from '../text/fold';

export const SETTINGS_SHEET = 'Thông tin báo cáo';

export function isSettingsSheet(name: string): boolean {
  return foldKey(name) === foldKey(SETTINGS_SHEET);
}
