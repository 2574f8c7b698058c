/**
 * The .docx renderer for the preview (docx-preview), a script of its own loaded on the first preview
 * (pane/docx.ts): the pane shows the file itself, header table, footnotes and appendix headers included, not a
 * text rendering of it. Sets `window.__baoCaoPreview`.
 */
import { renderAsync } from 'docx-preview';

(globalThis as unknown as { __baoCaoPreview: { renderAsync: typeof renderAsync } }).__baoCaoPreview = { renderAsync };
