/** The Excel task pane's entry: Office.js comes from Microsoft's CDN (a script tag before this one). */
import { excelHost } from './hosts/excel';
import { T } from './messages';
import { startPane } from './start';

if (typeof Office === 'undefined') {
  // The CDN could not be reached (offline), or the page was opened outside Excel.
  document.getElementById('app')!.textContent = T.officeMissing;
} else {
  void Office.onReady(() => startPane(excelHost()));
}
