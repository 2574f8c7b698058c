/**
 * Which unit an input is: its name, folded so that "UBND xã Mỹ An", "ỦY BAN NHÂN DÂN XÃ MỸ AN" and "Mỹ An" typed
 * in NFD are one unit; and the list of units expected (`--danh-sach`, a "Mã,Tên" table).
 */
import { isCellError, type SheetGrid } from '../grid/types';
import { UNIT_NAME_PREFIXES } from '../catalogue/vocabulary';
import { foldKey } from '../text/fold';

/** The key two names of one unit share: folded (case, Unicode form, accents), the administrative prefixes dropped. */
export function unitKey(name: string): string {
  let k = foldKey(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of UNIT_NAME_PREFIXES) {
      // Only a prefix followed by a name: "Phường 1" keeps its "1", a unit named "Xã" keeps its name.
      if (k.startsWith(`${p} `) && k.length > p.length + 1) {
        k = k.slice(p.length + 1);
        changed = true;
      }
    }
  }
  return k;
}

export interface ListedUnit {
  code: string;
  name: string;
}

/** The list is not a "Mã,Tên" table: the sentence for the clerk. */
export class UnitListError extends Error {}

function text(v: unknown): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  return String(v).normalize('NFC').trim();
}

/** The units of a "Mã,Tên" table (first sheet); rows without a name are skipped. */
export function readUnitList(grid: SheetGrid, fileName: string): ListedUnit[] {
  const rows = grid.values;
  const head = rows.findIndex((r) => r.some((c) => text(c) !== ''));
  const header = head < 0 ? [] : rows[head]!.map((c) => foldKey(text(c)));
  const codeCol = header.findIndex((h) => h === 'ma' || h === 'ma dinh danh' || h === 'ma don vi');
  const nameCol = header.findIndex((h) => h === 'ten' || h === 'ten don vi');
  if (codeCol < 0 || nameCol < 0) throw new UnitListError(`Danh sách đơn vị «${fileName}» phải có dòng tiêu đề «Mã,Tên».`);
  const out: ListedUnit[] = [];
  for (const r of rows.slice(head + 1)) {
    const name = text(r[nameCol]);
    if (name === '') continue;
    out.push({ code: text(r[codeCol]), name });
  }
  if (out.length === 0) throw new UnitListError(`Danh sách đơn vị «${fileName}» không có đơn vị nào.`);
  return out;
}
