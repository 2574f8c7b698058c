/**
 * Workbooks built to hurt a reader, derived from templates/lap-vo-thang-03-2024.xlsx (sheet "Kết quả
 * TTHC", a table at B1:M7): one stray cell at XFD1048576, one merge A20:XFD1048576, and one 1 GB media
 * entry (a deflate stream of zeros, 6,5 MB compressed) that a reader must never inflate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, unzipSync } from 'fflate';
import { makeRawZip, makeZerosDeflate, type RawEntry } from '../test/fixtures/make-bad-files';

export type HostileKind = 'stray-cell' | 'huge-merge' | 'media-bomb';

export const HOSTILE: Record<HostileKind, string> = {
  'stray-cell': 'one stray cell at XFD1048576',
  'huge-merge': 'one merge A20:XFD1048576',
  'media-bomb': 'one 1 GB media entry (6,5 MB compressed)',
};

const SHEET = 'xl/worksheets/sheet1.xml';

/** Writes the workbook of that kind into `dir` and returns its path. */
export function writeHostileWorkbook(root: string, dir: string, kind: HostileKind): string {
  const files = unzipSync(readFileSync(path.join(root, 'templates', 'lap-vo-thang-03-2024.xlsx')));
  let sheet = new TextDecoder().decode(files[SHEET]);
  const extra: RawEntry[] = [];
  if (kind === 'stray-cell') {
    sheet = sheet.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>');
  } else if (kind === 'huge-merge') {
    sheet = sheet.replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A20:XFD1048576"/>`);
  } else {
    const bomb = makeZerosDeflate(1024);
    extra.push({ name: 'xl/media/image1.png', data: bomb.data, method: 8, size: bomb.size });
  }
  files[SHEET] = new TextEncoder().encode(sheet);
  const entries: RawEntry[] = Object.entries(files)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, data: deflateSync(data), method: 8 as const, size: data.length }));
  const out = path.join(dir, `hostile-${kind}.xlsx`);
  writeFileSync(out, makeRawZip([...entries, ...extra]));
  return out;
}
