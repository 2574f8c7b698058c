/**
 * FolderPicker.html's script (bundled and inlined by scripts/build-gas.mjs): the Google Picker in the modal dialog
 * the server opens (baoCaoOpenFolderPicker). It asks the server for the Picker's settings, loads Google's api.js,
 * shows the user's folders, and hands the one picked to the server (baoCaoSetReportFolder), which keeps it for this
 * user; the sidebar learns of it by asking. Picking is what gives the add-on (scope drive.file) that folder.
 */
import type { PickerConfig, ServerApi } from '../contract';
import { T } from '../../pane/messages';

export const GAPI_URL = 'https://apis.google.com/js/api.js';
const FOLDER_MIME = 'application/vnd.google-apps.folder';

interface Runner {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: unknown) => void): Runner;
  [fn: string]: unknown;
}
/** The Picker as far as this page uses it (https://developers.google.com/workspace/drive/picker/reference). */
interface PickerApi {
  ViewId: { FOLDERS: unknown };
  Action: { PICKED: string; CANCEL: string };
  Response: { ACTION: string; DOCUMENTS: string };
  Document: { ID: string; NAME: string };
  DocsView: new (viewId: unknown) => DocsView;
  PickerBuilder: new () => PickerBuilder;
}
interface DocsView {
  setSelectFolderEnabled(v: boolean): DocsView;
  setIncludeFolders(v: boolean): DocsView;
  setMimeTypes(m: string): DocsView;
}
interface PickerBuilder {
  addView(v: DocsView): PickerBuilder;
  setOAuthToken(t: string): PickerBuilder;
  setDeveloperKey(k: string): PickerBuilder;
  setAppId(id: string): PickerBuilder;
  setOrigin(o: string): PickerBuilder;
  setLocale(l: string): PickerBuilder;
  setTitle(t: string): PickerBuilder;
  setSize(w: number, h: number): PickerBuilder;
  setCallback(f: (data: Record<string, unknown>) => void): PickerBuilder;
  build(): { setVisible(v: boolean): void };
}
declare const google: { script: { run: Runner; host: { origin: string; close(): void } }; picker: PickerApi };
declare const gapi: { load(name: string, opts: { callback: () => void; onerror: () => void; timeout: number; ontimeout: () => void }): void };

function call<K extends keyof ServerApi>(fn: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as ReturnType<ServerApi[K]>)).withFailureHandler(reject);
    (runner[fn] as (...a: unknown[]) => void)(...args);
  });
}

const status = () => document.getElementById('picker-status')!;

/** Something went wrong: a sentence, and a button to close the dialog. */
function stop(text: string): void {
  status().textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = T.picker.close;
  close.addEventListener('click', () => google.script.host.close());
  document.getElementById('picker-actions')!.replaceChildren(close);
  close.focus();
}

function loadGapi(): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = GAPI_URL;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('api.js'));
    document.head.append(s);
  });
}

function showPicker(config: PickerConfig): void {
  const p = google.picker;
  const view = new p.DocsView(p.ViewId.FOLDERS).setSelectFolderEnabled(true).setIncludeFolders(true).setMimeTypes(FOLDER_MIME);
  const picker = new p.PickerBuilder()
    .addView(view)
    .setOAuthToken(config.token)
    .setDeveloperKey(config.developerKey)
    .setAppId(config.appId)
    .setOrigin(google.script.host.origin)
    .setLocale('vi')
    .setTitle(T.picker.title)
    .setSize(600, 425)
    .setCallback((data) => {
      const action = data[p.Response.ACTION];
      if (action === p.Action.PICKED) {
        const doc = (data[p.Response.DOCUMENTS] as Record<string, unknown>[] | undefined)?.[0];
        const id = doc?.[p.Document.ID];
        const name = doc?.[p.Document.NAME];
        if (typeof id !== 'string') return stop(T.picker.saveFailed);
        status().textContent = T.picker.saving;
        call('baoCaoSetReportFolder', id, typeof name === 'string' ? name : id).then(
          () => google.script.host.close(),
          () => stop(T.picker.saveFailed),
        );
      } else if (action === p.Action.CANCEL) google.script.host.close();
    })
    .build();
  picker.setVisible(true);
}

export async function start(): Promise<void> {
  status().textContent = T.picker.loading;
  let config: PickerConfig | null;
  try {
    config = await call('baoCaoPickerConfig');
  } catch {
    return stop(T.picker.loadFailed);
  }
  if (!config) return stop(T.picker.notConfigured);
  try {
    await loadGapi();
    await new Promise<void>((resolve, reject) =>
      gapi.load('picker', { callback: resolve, onerror: () => reject(new Error('picker')), timeout: 20_000, ontimeout: () => reject(new Error('timeout')) }),
    );
  } catch {
    return stop(T.picker.loadFailed);
  }
  showPicker(config);
}

void start();
