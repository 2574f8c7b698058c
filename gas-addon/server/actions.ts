/**
 * Small actions: select a cell, save the report to Drive (in the folder the user picked, else «Báo cáo CCHC»), keep
 * the report settings with the document.
 */
import type { ReportSettings } from '../../core/report/settings';
import { REPORT_FOLDER } from '../contract';
import { fail, guarded } from './errors';
import { STORE_BYTES } from './marks';
import { utf8Length } from '../../core/text/utf8';
import { forgetFolder, pickedFolder, rememberFolder } from './folder';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Drive converts an upload to the type the file resource names: a .docx sent as this becomes a Google Docs document. */
const GOOGLE_DOC = 'application/vnd.google-apps.document';
const FOLDER_MIME = 'application/vnd.google-apps.folder';

/**
 * The Drive advanced service (v3, enabled in appsscript.json). DriveApp would need the full `drive` scope;
 * files.create works with `drive.file`, which reaches only the files the add-on creates.
 */
declare const Drive: {
  Files: {
    create(
      resource: { name: string; mimeType: string; parents?: string[] },
      blob?: GoogleAppsScript.Base.Blob,
      options?: { fields: string },
    ): { id: string; webViewLink?: string; mimeType?: string };
    list(options: { q: string; fields: string; spaces?: string; pageSize?: number }): { files?: { id: string }[] };
    get(id: string, options: { fields: string }): { id?: string; name?: string; trashed?: boolean };
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

/**
 * The folder "Báo cáo CCHC": the one the add-on made earlier, else a new one. With drive.file, files.list sees only
 * what the add-on created, so a folder of the same name the user made by hand is not used (nor can be).
 */
function reportFolder(): string {
  const found = Drive.Files.list({
    q: `name = '${REPORT_FOLDER}' and mimeType = '${FOLDER_MIME}' and trashed = false`,
    fields: 'files(id)',
    spaces: 'drive',
    pageSize: 1,
  });
  const id = found.files?.[0]?.id;
  if (id) return id;
  // No media: null, as Google's Drive advanced service sample passes it (DESIGN §5).
  return Drive.Files.create({ name: REPORT_FOLDER, mimeType: FOLDER_MIME }, null as unknown as GoogleAppsScript.Base.Blob, { fields: 'id' }).id;
}

/** Where a report was saved; `fellBack`: the picked folder could not be reached, the default one was used. */
export interface SavedReport {
  url: string;
  folder: string;
  fellBack?: true;
}

/** Drive refusing the picked folder itself: gone, or no longer shared with the user (or shared read-only). */
const FOLDER_REFUSED = /not ?found|notFound|\b404\b|sufficient ?(file)? ?permissions?|insufficientFilePermissions|trashed/i;
/** Drive refusing any save: the drive.file right not granted, or a full Drive. */
const DRIVE_REFUSED = /permission|quyền|not authorized|access denied|insufficient|storage|quota|dung lượng/i;
const message = (e: unknown) => String((e as Error)?.message ?? e);

export function baoCaoSaveReport(fileName: string, base64: string, googleDoc = false): SavedReport {
  return guarded(() => {
    const blob = Utilities.newBlob(Utilities.base64Decode(base64), DOCX, fileName);
    // A Google Docs document carries no ".docx" in its name.
    const name = googleDoc ? fileName.replace(/\.docx$/i, '') : fileName;
    const create = (parent: string) =>
      Drive.Files.create({ name, mimeType: googleDoc ? GOOGLE_DOC : DOCX, parents: [parent] }, blob, { fields: 'id,webViewLink' });
    const link = (file: { id?: string; webViewLink?: string }) =>
      file.webViewLink ?? (googleDoc ? `https://docs.google.com/document/d/${file.id}/edit` : `https://drive.google.com/file/d/${file.id}/view`);
    try {
      const picked = pickedFolder();
      if (picked) {
        try {
          // A folder in the trash still takes files: they would go with it. Its name now, should it have been renamed.
          const folder = Drive.Files.get(picked.id, { fields: 'id,name,trashed' });
          if (folder.trashed) throw new Error(`Folder trashed: ${picked.id}`);
          const url = link(create(picked.id));
          // Renamed in Drive since it was picked: the sidebar shows the name it has now.
          if (folder.name && folder.name !== picked.name) rememberFolder(picked.id, folder.name);
          return { url, folder: folder.name ?? picked.name };
        } catch (e) {
          if (!FOLDER_REFUSED.test(message(e)) || /storage|quota/i.test(message(e))) throw e;
        }
        // The picked folder is out of reach: the default folder takes the file, and the choice is forgotten.
        const url = link(create(reportFolder()));
        forgetFolder();
        return { url, folder: REPORT_FOLDER, fellBack: true };
      }
      return { url: link(create(reportFolder())), folder: REPORT_FOLDER };
    } catch (e) {
      // Drive's refusal is Drive's, not the sheet's: a clerk must not be told to ask for edit rights on the sheet.
      if (DRIVE_REFUSED.test(message(e))) throw fail('drive-permission');
      throw e;
    }
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

/** One property value: 9 KB in UTF-8 bytes ("Properties value size"); a Vietnamese letter takes up to three. */
const VALUE_BYTES = 9 * 1024;

export function baoCaoSaveSettings(settings: ReportSettings): void {
  guarded(() => {
    const json = JSON.stringify(settings);
    if (utf8Length(json) > VALUE_BYTES) throw fail('too-large', 'Thông tin báo cáo quá dài để lưu cùng tệp; hãy rút gọn các đoạn văn.');
    const props = PropertiesService.getDocumentProperties();
    // The store's 500 KB are shared with the marks record: full, it is said before Google refuses.
    let used = 0;
    for (const [k, v] of Object.entries(props.getProperties())) if (k !== SETTINGS) used += utf8Length(k) + utf8Length(String(v));
    if (used + utf8Length(SETTINGS) + utf8Length(json) > STORE_BYTES)
      throw fail('too-large', 'Bộ nhớ lưu kèm bảng tính đã đầy vì đang ghi nhớ rất nhiều ô đánh dấu; hãy bấm «Xóa đánh dấu» rồi lưu lại thông tin báo cáo.');
    props.setProperty(SETTINGS, json);
  });
}
