/** The sample sheet (issue 11): a NEW sheet with a small table the checker reads; the user's sheets are never written. */
import { freeSheetName } from '../../core/sample/sample';
import { fail, guarded } from './errors';

export function baoCaoAddSampleSheet(values: (string | number)[][]): { sheet: string } {
  return guarded(() => {
    const width = values[0]?.length ?? 0;
    if (values.length === 0 || width === 0 || values.some((r) => r.length !== width)) throw fail('unknown');
    const book = SpreadsheetApp.getActive();
    const name = freeSheetName(book.getSheets().map((s) => s.getName()));
    // insertSheet makes the sheet and activates it: the values go to that sheet only, in one write.
    const sheet = book.insertSheet(name);
    sheet.getRange(1, 1, values.length, width).setValues(values);
    return { sheet: name };
  });
}
