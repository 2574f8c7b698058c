import { fail, guarded } from './errors';

/** The "Báo cáo CCHC" menu and the sidebar. */

export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  // In AuthMode.NONE (add-on not yet used in this file) only the menu may be built.
  void e;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Kiểm tra số liệu', 'baoCaoOpenCheck')
    .addItem('Tạo báo cáo', 'baoCaoOpenReport')
    .addItem('Mở Báo cáo CCHC', 'baoCaoOpenPane')
    .addToUi();
}

export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}

/** The sidebar HTML carries `<meta name="bao-cao-tab" content="__BAO_CAO_TAB__">`; the tab to open replaces it. (Not an HtmlService template: the bundled script may contain "<?", which a template would try to run.) */
export const TAB_PLACEHOLDER = '__BAO_CAO_TAB__';

function showSidebar(tab: 'check' | 'indicators' | 'report'): void {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar');
  output.setContent(output.getContent().replace(TAB_PLACEHOLDER, tab));
  SpreadsheetApp.getUi().showSidebar(output.setTitle('Báo cáo CCHC'));
}

export function baoCaoOpenCheck(): void {
  showSidebar('check');
}
export function baoCaoOpenReport(): void {
  showSidebar('report');
}
export function baoCaoOpenPane(): void {
  showSidebar('check');
}

/** The pane's scripts kept apart from the sidebar, each an HTML file of the project holding the script's text. */
const SCRIPTS: Record<string, string> = { 'docx-writer': 'DocxWriter', 'docx-preview': 'DocxPreview' };

export function baoCaoScript(name: string): string {
  return guarded(() => {
    const file = SCRIPTS[name];
    if (!file) throw fail('not-found', 'Không tìm thấy thành phần của tiện ích; hãy cài lại Báo cáo CCHC.');
    return HtmlService.createHtmlOutputFromFile(file).getContent();
  });
}
