/**
 * The .docx writer, loaded from the host on first use (pane/docx-writer.ts is bundled apart): the sidebar stays
 * small and opens fast; the writer comes once per session, when the clerk makes a report.
 */
import type { reportToDocx } from '../core/report/docx';
import type { Host } from './host';

export interface DocxWriter {
  reportToDocx: typeof reportToDocx;
}

const slot = () => globalThis as unknown as { __baoCaoDocx?: DocxWriter };
let loading: Promise<DocxWriter> | undefined;

export function docxWriter(host: Host): Promise<DocxWriter> {
  const ready = slot().__baoCaoDocx;
  if (ready) return Promise.resolve(ready);
  loading ??= host.loadScript('docx-writer').then(
    () => {
      const w = slot().__baoCaoDocx;
      if (!w) throw new Error('docx-writer did not load');
      return w;
    },
    (e: unknown) => {
      loading = undefined; // a failed load (network) can be tried again
      throw e;
    },
  );
  return loading;
}
