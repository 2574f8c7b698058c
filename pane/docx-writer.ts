/**
 * The .docx writer as a script of its own, loaded the first time a report is made (pane/docx.ts): the docx library
 * is more than half of the pane, and checking figures does not need it. Sets `window.__baoCaoDocx`.
 */
import { reportToDocx } from '../core/report/docx';

(globalThis as unknown as { __baoCaoDocx: { reportToDocx: typeof reportToDocx } }).__baoCaoDocx = { reportToDocx };
