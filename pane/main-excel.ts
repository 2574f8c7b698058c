/** The Excel task pane's entry: Office.js comes from Microsoft's CDN (a script tag before this one). */
import type { Host } from './host';
import { excelHost } from './hosts/excel';
import { T } from './messages';
import { startPane } from './start';

/**
 * The pane is drawn at once, not after Office.onReady (which can take a while in Excel): every call to the host
 * waits for Office first. A click before then is simply slower; nothing is refused.
 */
function afterOfficeReady(ready: Promise<unknown>, host: Host): Host {
  const waiting = {} as Record<string, unknown>;
  for (const [name, value] of Object.entries(host)) {
    waiting[name] =
      typeof value === 'function' ? async (...args: unknown[]) => (await ready, (value as (...a: unknown[]) => unknown).apply(host, args)) : value;
  }
  return waiting as unknown as Host;
}

// Office's look (pane/styles.css, html[data-host="excel"]), set before anything is drawn.
document.documentElement.dataset.host = 'excel';

if (typeof Office === 'undefined') {
  // The CDN could not be reached (offline), or the page was opened outside Excel.
  document.getElementById('app')!.textContent = T.officeMissing;
} else {
  startPane(afterOfficeReady(Office.onReady(), excelHost()));
}
// The pane ran: the ES5 fallback that follows (pane/old-webview.ts) stays silent.
(window as { __baoCaoPane?: boolean }).__baoCaoPane = true;
