/**
 * The web page's entry: the pane (the same tabs, words and jobs as in Google Sheets and Excel) over a file the user
 * picks, with the file bar above the tabs and a Tổng hợp of many files. Nothing leaves the machine: the files are
 * read here, the reports downloaded, the settings kept in this browser.
 */
import { mountPane } from '../pane/app';
import { askedTab } from '../pane/start';
import { warmUpWhenIdle } from '../pane/warm-up';
import { fileBar } from './file-bar';
import { fromFile, webHost, type PickedFile } from './host';
import { useBrowserInflater } from './inflate';
import { webRollupView } from './rollup-view';
import { settingsStore } from './settings-store';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

useBrowserInflater();
const store = settingsStore(storage());
let picked: PickedFile | undefined;
const bar = fileBar(store, (f) => {
  picked = fromFile(f);
  bar.setName(f.name);
  // A new file: its own settings, and its check at once (the clerk came for it).
  pane.state.form = { accepted: false };
  pane.select('check');
  document.getElementById('btn-check')?.click();
});
const pane = mountPane(
  document.getElementById('app')!,
  webHost(() => picked, store),
  askedTab(),
  { top: bar.node, rollup: webRollupView },
);
warmUpWhenIdle();
