/** One suite of pane scenarios (scenarios.ts), run against the Google Sheets sidebar and the Excel task pane. */
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/reference';
import { excelFixture } from './excel-fixture';
import { gasFixture } from './gas-fixture';
import type { MakeFixture } from './fixture';
import { paneScenarios } from './scenarios';

async function pane(host: 'gas' | 'excel'): Promise<{ html: string; scripts: Record<string, string> }> {
  const { buildPaneHtml, buildPaneScript, PANE_SCRIPTS } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
  const scripts: Record<string, string> = {};
  for (const name of Object.keys(PANE_SCRIPTS)) scripts[name] = await buildPaneScript(name);
  return { html: await buildPaneHtml(host), scripts };
}

paneScenarios('the pane over the Google host', 'google', async () => {
  const { html, scripts } = await pane('gas');
  // The folder dialog as it is deployed (FolderPicker.html), over a fake Google Picker (fake-picker.ts).
  const { buildFolderPickerHtml } = await import(join(REPO_ROOT, 'scripts', 'build-gas.mjs'));
  const pickerHtml: string = await buildFolderPickerHtml();
  return ((wb, opts) => gasFixture(html, wb, { ...opts, scripts, pickerHtml })) satisfies MakeFixture;
});

paneScenarios('the pane over the Excel host', 'excel', async () => {
  const { html, scripts } = await pane('excel');
  return ((wb, opts) => excelFixture(html, wb, { ...opts, scripts })) satisfies MakeFixture;
});
