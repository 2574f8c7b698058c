/**
 * The web page's host adapter: the "workbook" is a file the user picked, read in this browser by the readers stage
 * (the same code as the command line), never sent anywhere. Nothing to mark or select (sheetless); reports are
 * downloaded; settings are kept in this browser per unit; the pane's later scripts are files beside index.html.
 */
import type { Workbook } from '../core';
import { settingsFromWorkbook, type ReportSettings } from '../core/report';
import { readWorkbookBytes, WorkbookReadError } from '../readers';
import { HostError, type Host, type PaneScript } from '../pane/host';
import { download } from '../pane/hosts/download';
import { loadScriptFile } from './scripts';
import type { SettingsStore } from './settings-store';
import { NO_UNIT } from './settings-store';
import { W } from './messages';

/** A file as the page holds it: its name, and its bytes read again on each action (the clerk may fix and re-pick it). */
export interface PickedFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export function fromFile(f: File): PickedFile {
  return { name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) };
}

/** A file's workbook, or the reader's one Vietnamese sentence as a host error the pane words as it is. */
export async function readPicked(f: PickedFile): Promise<Workbook> {
  let bytes: Uint8Array;
  try {
    bytes = await f.bytes();
  } catch {
    // Chrome refuses to read a picked file changed on disk since (NotReadableError).
    throw new HostError('not-found', 'file changed', W.changed(f.name));
  }
  try {
    return await readWorkbookBytes(bytes, f.name);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new HostError('unknown', e.message, e.message);
    throw e;
  }
}

export function webHost(current: () => PickedFile | undefined, store: SettingsStore): Host {
  /** The unit whose settings are loaded and saved: the workbook's issuing body, as the report would name it. */
  let unit = NO_UNIT;
  const refuse = () => Promise.reject(new HostError('unknown', 'sheetless'));
  return {
    kind: 'web',
    sheetless: true,
    async readWorkbook() {
      const f = current();
      if (!f) throw new HostError('not-found', 'no file', W.needFile);
      const wb = await readPicked(f);
      unit = settingsFromWorkbook(wb).settings.coQuanBanHanh.trim().toLocaleUpperCase('vi') || NO_UNIT;
      return wb;
    },
    applyMarks: async () => ({ marked: 0 }),
    clearMarks: async () => ({ restored: 0 }),
    select: async () => undefined,
    async saveReport(fileName, docx) {
      return download(fileName, docx);
    },
    loadSettings: async () => store.load(unit),
    reportsMade: {
      load: async () => store.loadReports(unit),
      save: async (list) => store.saveReports(unit, list),
    },
    async saveSettings(settings: ReportSettings) {
      store.save(unit, settings);
    },
    loadScript: (name: PaneScript) => loadScriptFile(name),
    addSampleSheet: refuse,
  };
}
