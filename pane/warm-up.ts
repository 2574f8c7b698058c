/**
 * The checker warmed up while the clerk reads the pane: a new page runs the core's code cold (the browser compiles it
 * as it goes), and the first "Kiểm tra số liệu" over a large sheet paid for that, about half its time. Checking a
 * made-up sheet once the pane is idle compiles the same paths; the user's sheet is not read for it.
 */
import { checkWorkbook } from '../core';
import { warmUpWorkbook } from '../core/sample/sample';

/** Enough rows for the browser to optimise the loops, few enough to take a fraction of a second. */
const WARM_UP_ROWS = 400;
const RUNS = 3;

let warmed = false;

/** Runs the warm-up once, when the browser is idle (a click before that simply runs cold). */
export function warmUpWhenIdle(): void {
  if (warmed) return;
  warmed = true;
  const run = () => {
    for (let i = 0; i < RUNS; i++) checkWorkbook(warmUpWorkbook(WARM_UP_ROWS));
  };
  // Safari's WKWebView (Excel for Mac) has no requestIdleCallback.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}
