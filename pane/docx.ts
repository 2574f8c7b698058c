/**
 * The .docx writer, loaded from the host on first use (pane/docx-writer.ts is bundled apart): the sidebar stays
 * small and opens fast; the writer comes once per session, when the clerk makes a report.
 */
import type { reportToDocx } from '../core/report/docx';
import type { Host, PaneScript } from './host';

export interface DocxWriter {
  reportToDocx: typeof reportToDocx;
}

export interface DocxPreview {
  renderAsync(data: Uint8Array | Blob | ArrayBuffer, body: HTMLElement, style?: HTMLElement, options?: Record<string, unknown>): Promise<unknown>;
}

/**
 * docx-preview's options for the pane's preview. `renderAltChunks: false`: by default it puts an altChunk's HTML (a web
 * page held inside a .docx) into the pane's own page; the reports we write hold none.
 */
export const PREVIEW_OPTIONS = {
  className: 'docx',
  inWrapper: true,
  breakPages: true,
  ignoreLastRenderedPageBreak: true,
  useBase64URL: true,
  renderAltChunks: false,
} as const;

const loading = new Map<PaneScript, Promise<unknown>>();

/** Loads one of the pane's scripts once and returns what it set on the window under `global`. */
function loaded<T>(host: Host, name: PaneScript, global: string): Promise<T> {
  const slot = globalThis as unknown as Record<string, T | undefined>;
  const ready = slot[global];
  if (ready) return Promise.resolve(ready);
  let p = loading.get(name) as Promise<T> | undefined;
  if (!p) {
    p = host.loadScript(name).then(
      () => {
        const w = slot[global];
        if (!w) throw new Error(`${name} did not load`);
        return w;
      },
      (e: unknown) => {
        loading.delete(name); // a failed load (network) can be tried again
        throw e;
      },
    );
    loading.set(name, p);
  }
  return p;
}

export const docxWriter = (host: Host) => loaded<DocxWriter>(host, 'docx-writer', '__baoCaoDocx');
export const docxPreview = (host: Host) => loaded<DocxPreview>(host, 'docx-preview', '__baoCaoPreview');
