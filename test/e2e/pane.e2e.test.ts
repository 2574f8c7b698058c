/** One suite of pane scenarios (scenarios.ts), run against the Google Sheets sidebar and the Excel task pane. */
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/reference';
import { excelFixture } from './excel-fixture';
import { gasFixture } from './gas-fixture';
import type { MakeFixture } from './fixture';
import { paneScenarios } from './scenarios';

async function pane(host: 'gas' | 'excel'): Promise<{ html: string; docxWriter: string }> {
  const { buildPaneHtml, buildDocxWriterJs } = await import(join(REPO_ROOT, 'scripts', 'build-pane.mjs'));
  return { html: await buildPaneHtml(host), docxWriter: await buildDocxWriterJs() };
}

paneScenarios('the pane over the Google host', 'google', async () => {
  const { html, docxWriter } = await pane('gas');
  return ((wb, opts) => gasFixture(html, wb, { ...opts, docxWriter })) satisfies MakeFixture;
});

paneScenarios('the pane over the Excel host', 'excel', async () => {
  const { html, docxWriter } = await pane('excel');
  return ((wb, opts) => excelFixture(html, wb, { ...opts, docxWriter })) satisfies MakeFixture;
});
