/** Small actions: select a cell, save the report to Drive, keep the report settings with the document. */
import type { ReportSettings } from '../../core/report/settings';
import { fail, guarded } from './errors';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The Drive advanced service (v3, enabled in appsscript.json). DriveApp would need the full `drive` scope;
 * files.create works with `drive.file`, which reaches only the files the add-on creates.
 */
declare const Drive: {
  Files: {
    create(resource: { name: string; mimeType: string }, blob: GoogleAppsScript.Base.Blob, options?: { fields: string }): { id: string; webViewLink?: string };
  };
};
const SETTINGS = 'baoCaoSettings';

export function baoCaoSelect(sheetName: string, a1: string): void {
  guarded(() => {
    const sheet = SpreadsheetApp.getActive().getSheetByName(sheetName);
    if (!sheet) throw fail('not-found', `Không còn trang «${sheetName}» trong bảng tính.`);
    sheet.activate();
    sheet.getRange(a1).activate();
  });
}

export function baoCaoSaveReport(fileName: string, base64: string): { url: string } {
  return guarded(() => {
    const blob = Utilities.newBlob(Utilities.base64Decode(base64), DOCX, fileName);
    let file: { id?: string; webViewLink?: string };
    try {
      file = Drive.Files.create({ name: fileName, mimeType: DOCX }, blob, { fields: 'id,webViewLink' });
    } catch (e) {
      // Drive's refusal is Drive's, not the sheet's: a clerk must not be told to ask for edit rights on the sheet.
      const text = String((e as Error)?.message ?? e);
      if (/permission|quyền|not authorized|access denied|insufficient|storage|quota|dung lượng/i.test(text)) throw fail('drive-permission');
      throw e;
    }
    return { url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view` };
  });
}

export function baoCaoLoadSettings(): Partial<ReportSettings> | null {
  return guarded(() => {
    const json = PropertiesService.getDocumentProperties().getProperty(SETTINGS);
    if (!json) return null;
    try {
      return JSON.parse(json) as Partial<ReportSettings>;
    } catch {
      return null;
    }
  });
}

export function baoCaoSaveSettings(settings: ReportSettings): void {
  guarded(() => {
    const json = JSON.stringify(settings);
    if (json.length > 9000) throw fail('too-large', 'Thông tin báo cáo quá dài để lưu cùng tệp; hãy rút gọn các đoạn văn.');
    PropertiesService.getDocumentProperties().setProperty(SETTINGS, json);
  });
}
