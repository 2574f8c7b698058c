/**
 * Small actions: select a cell, save the report to Drive (in the folder the user picked, else «Báo cáo CCHC»), keep
 * the report settings with the document.
 */
import type { ReportSettings } from '../../core/report/settings';
import { REPORT_FOLDER, type SavedReport } from '../contract';
import { parseReportsMade, type ReportMade } from '../../core/report/reports-made';
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
    get(id: string, options: { fields: string }): { id?: string; name?: string; trashed?: boolean; mimeType?: string; parents?: string[] };
    /** files.update: metadata alone, or with media (a new revision of the same file: its link and sharing stay). */
    update(
      resource: { name?: string; trashed?: boolean },
      fileId: string,
      blob?: GoogleAppsScript.Base.Blob,
      options?: { fields: string },
    ): { id: string; webViewLink?: string };
  };
};
const SETTINGS = 'baoCaoSettings';
/** «Báo cáo đã tạo» (core/report/reports-made), with the document. */
const REPORTS = 'baoCaoReports';
/** One property value: 9 KB in UTF-8 bytes ("Properties value size"); a Vietnamese letter takes up to three. */
const VALUE_BYTES = 9 * 1024;

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

/** Drive refusing the picked folder itself: gone, or no longer shared with the user (or shared read-only). */
const FOLDER_REFUSED = /not ?found|notFound|\b404\b|sufficient ?(file)? ?permissions?|insufficientFilePermissions|trashed/i;
/** Drive refusing any save: the drive.file right not granted, or a full Drive. */
const DRIVE_REFUSED = /permission|quyền|not authorized|access denied|insufficient|storage|quota|dung lượng/i;
const message = (e: unknown) => String((e as Error)?.message ?? e);

type Blob = GoogleAppsScript.Base.Blob;
const linkOf = (file: { id?: string; webViewLink?: string }, googleDoc: boolean) =>
  file.webViewLink ?? (googleDoc ? `https://docs.google.com/document/d/${file.id}/edit` : `https://drive.google.com/file/d/${file.id}/view`);

/**
 * Saves over the report `id` made earlier: undefined when Drive no longer has it (deleted, trashed, out of reach),
 * and a new file is made instead. A .docx gets the new content as a new revision: its link, folder and sharing stay,
 * and Drive keeps the earlier content in its version history. A Google Docs document cannot take a .docx as a
 * revision: the new one is made in the same folder and the earlier one goes to the trash (kept there 30 days).
 */
function saveOver(id: string, name: string, blob: Blob, googleDoc: boolean): SavedReport | undefined {
  let old: ReturnType<typeof Drive.Files.get>;
  try {
    old = Drive.Files.get(id, { fields: 'id,name,mimeType,trashed,parents' });
  } catch (e) {
    if (FOLDER_REFUSED.test(message(e)) && !/storage|quota/i.test(message(e))) return undefined;
    throw e;
  }
  if (old.trashed) return undefined;
  const parent = old.parents?.[0];
  let folder = '';
  try {
    folder = parent ? (Drive.Files.get(parent, { fields: 'id,name' }).name ?? '') : '';
  } catch {
    // The folder's name is only said to the clerk: an unreadable one is left unsaid.
  }
  if (!googleDoc && old.mimeType === DOCX) {
    const f = Drive.Files.update({ name }, id, blob, { fields: 'id,webViewLink' });
    return { url: linkOf(f, false), folder, fileId: f.id ?? id, replaced: true };
  }
  const f = Drive.Files.create({ name, mimeType: googleDoc ? GOOGLE_DOC : DOCX, ...(parent ? { parents: [parent] } : {}) }, blob, {
    fields: 'id,webViewLink',
  });
  Drive.Files.update({ trashed: true }, id);
  return { url: linkOf(f, googleDoc), folder, fileId: f.id, replaced: true };
}

export function baoCaoSaveReport(fileName: string, base64: string, googleDoc = false, replaceId?: string): SavedReport {
  return guarded(() => {
    const blob = Utilities.newBlob(Utilities.base64Decode(base64), DOCX, fileName);
    // A Google Docs document carries no ".docx" in its name.
    const name = googleDoc ? fileName.replace(/\.docx$/i, '') : fileName;
    const create = (parent: string) => {
      const f = Drive.Files.create({ name, mimeType: googleDoc ? GOOGLE_DOC : DOCX, parents: [parent] }, blob, { fields: 'id,webViewLink' });
      return { url: linkOf(f, googleDoc), fileId: f.id };
    };
    try {
      if (replaceId) {
        const over = saveOver(replaceId, name, blob, googleDoc);
        if (over) return over;
      }
      const picked = pickedFolder();
      if (picked) {
        try {
          // A folder in the trash still takes files: they would go with it. Its name now, should it have been renamed.
          const folder = Drive.Files.get(picked.id, { fields: 'id,name,trashed' });
          if (folder.trashed) throw new Error(`Folder trashed: ${picked.id}`);
          const made = create(picked.id);
          // Renamed in Drive since it was picked: the sidebar shows the name it has now.
          if (folder.name && folder.name !== picked.name) rememberFolder(picked.id, folder.name);
          return { ...made, folder: folder.name ?? picked.name };
        } catch (e) {
          if (!FOLDER_REFUSED.test(message(e)) || /storage|quota/i.test(message(e))) throw e;
        }
        // The picked folder is out of reach: the default folder takes the file, and the choice is forgotten.
        const made = create(reportFolder());
        forgetFolder();
        return { ...made, folder: REPORT_FOLDER, fellBack: true };
      }
      return { ...create(reportFolder()), folder: REPORT_FOLDER };
    } catch (e) {
      // Drive's refusal is Drive's, not the sheet's: a clerk must not be told to ask for edit rights on the sheet.
      if (DRIVE_REFUSED.test(message(e))) throw fail('drive-permission');
      throw e;
    }
  });
}

export function baoCaoLoadReports(): ReportMade[] {
  return guarded(() => parseReportsMade(PropertiesService.getDocumentProperties().getProperty(REPORTS)));
}

/** The list is cut to fit one property value by the sidebar (recordMade); a longer one is refused, never cut here. */
export function baoCaoSaveReports(list: ReportMade[]): void {
  guarded(() => {
    const json = JSON.stringify(parseReportsMade(list));
    if (utf8Length(json) > VALUE_BYTES) throw fail('too-large', 'Danh sách báo cáo đã tạo quá dài để lưu cùng tệp.');
    putProperty(REPORTS, json);
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
    if (utf8Length(json) > VALUE_BYTES) throw fail('too-large', 'Thông tin báo cáo quá dài để lưu cùng tệp; hãy rút gọn các đoạn văn.');
    putProperty(SETTINGS, json);
  });
}

/** One document property written, once the store's 500 KB (shared with the marks record) can hold it: said before Google refuses. */
function putProperty(key: string, json: string): void {
  const props = PropertiesService.getDocumentProperties();
  let used = 0;
  for (const [k, v] of Object.entries(props.getProperties())) if (k !== key) used += utf8Length(k) + utf8Length(String(v));
  if (used + utf8Length(key) + utf8Length(json) > STORE_BYTES)
    throw fail('too-large', 'Bộ nhớ lưu kèm bảng tính đã đầy vì đang ghi nhớ rất nhiều ô đánh dấu; hãy bấm «Xóa đánh dấu» rồi lưu lại.');
  props.setProperty(key, json);
}
