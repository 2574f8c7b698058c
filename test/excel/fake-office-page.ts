/**
 * The fake Office.js as the page loads it in the browser tests: the fixture answers the Office.js CDN URL
 * with this bundle, preceded by `window.__FAKE_EXCEL_INIT__ = { sheets, options }`.
 */
import { FakeExcel, type FakeOptions, type FakeSheetInit } from './fake-excel';

const w = window as unknown as Record<string, unknown> & {
  __FAKE_EXCEL_INIT__: { sheets: FakeSheetInit[]; options?: FakeOptions; persisted?: Record<string, unknown> };
};
const fake = new FakeExcel(w.__FAKE_EXCEL_INIT__.sheets, w.__FAKE_EXCEL_INIT__.options);
// The file reopened: the document settings saved by an earlier session.
if (w.__FAKE_EXCEL_INIT__.persisted) {
  fake.persisted = w.__FAKE_EXCEL_INIT__.persisted;
  fake.settings = JSON.parse(JSON.stringify(fake.persisted)) as Record<string, unknown>;
}
fake.install(w);
w.__fakeExcel = fake;
