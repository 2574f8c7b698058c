/**
 * What the deployment sets when it builds the pane (scripts/legal-pages.mjs supportContact): whom a clerk asks for
 * help. Empty until the province fills it in; the pane then names no support it cannot give the address of.
 */
declare const __BAO_CAO_SUPPORT__: string | undefined;

/** "Sở Nội vụ tỉnh Đồng Tháp — 0277 3 851 234, hotro@…" as the deployment wrote it; '' when not set. */
export const SUPPORT_CONTACT: string = typeof __BAO_CAO_SUPPORT__ === 'string' ? __BAO_CAO_SUPPORT__.trim() : '';
