/**
 * «Báo cáo đã tạo»: the reports made from one workbook, kept with the document (Google's document properties,
 * Excel's document settings, the web page's browser store per unit), newest first. Saving a report under a name
 * already in the list is never silent: the clerk replaces the earlier file or keeps both, the new one as "-lan-2".
 */
import { utf8Length } from '../text/utf8';

export interface ReportMade {
  /** The file's name as saved (a Google Docs document's without ".docx"). */
  name: string;
  /** When it was saved (ISO 8601, UTC). */
  at: string;
  /** Made from figures with errors not accepted: a DỰ THẢO. */
  draft: boolean;
  /** The report kind's id (core/report/kinds). */
  kind: string;
  where: 'drive' | 'download';
  /** Drive only: where it opens, and the file's id (to replace it). */
  url?: string;
  fileId?: string;
  /** Saved over an earlier file of the same name (Drive keeps the earlier content as a version). */
  replaced?: boolean;
}

/** How a second save of a name already in the list goes: over the earlier file, or beside it under a new name. */
export type SameNameChoice = 'replace' | 'version';

/** The newest this many are kept: a year of monthly reports and their drafts. */
export const REPORTS_MADE_MAX = 40;

/** The file name without its extension, compared case-blind (Drive and Windows treat "A.docx" and "a.DOCX" alike). */
const stem = (name: string) => name.replace(/\.docx$/i, '').toLocaleLowerCase('vi');

/** The entry already made under this name (".docx" or not), if any. */
export function madeUnder(list: readonly ReportMade[], name: string): ReportMade | undefined {
  const s = stem(name);
  return list.find((r) => stem(r.name) === s);
}

/** The name of a new version beside the earlier ones: "x.docx" → "x-lan-2.docx", the first number not in the list. */
export function versionName(list: readonly ReportMade[], name: string): string {
  const ext = /\.docx$/i.exec(name)?.[0] ?? '';
  const base = name.slice(0, name.length - ext.length).replace(/-lan-\d+$/, '');
  for (let n = 2; ; n++) {
    const next = `${base}-lan-${n}${ext}`;
    if (!madeUnder(list, next)) return next;
  }
}

/**
 * The list once `made` is saved, newest first: an entry it replaced (same Drive file, or same name downloaded again)
 * gives way to it; the oldest go beyond REPORTS_MADE_MAX, or beyond `maxBytes` of JSON (Google's 9 KB a property).
 */
export function recordMade(list: readonly ReportMade[], made: ReportMade, maxBytes = Number.POSITIVE_INFINITY): ReportMade[] {
  const gone = (r: ReportMade) => (made.fileId !== undefined && r.fileId === made.fileId) || (made.replaced === true && stem(r.name) === stem(made.name));
  const next = [made, ...list.filter((r) => !gone(r))].slice(0, REPORTS_MADE_MAX);
  while (next.length > 1 && utf8Length(JSON.stringify(next)) > maxBytes) next.pop();
  return next;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A stored list read back, keeping only well-formed entries: a hand-edited or older record never breaks the pane. */
export function parseReportsMade(raw: unknown): ReportMade[] {
  let x = raw;
  if (typeof x === 'string') {
    try {
      x = JSON.parse(x);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(x)) return [];
  const out: ReportMade[] = [];
  for (const r of x) {
    if (!isObject(r) || typeof r.name !== 'string' || !r.name || typeof r.at !== 'string' || Number.isNaN(Date.parse(r.at))) continue;
    const where = r.where === 'drive' ? 'drive' : 'download';
    out.push({
      name: r.name,
      at: r.at,
      draft: r.draft === true,
      kind: typeof r.kind === 'string' ? r.kind : '',
      where,
      ...(typeof r.url === 'string' && /^https:\/\//.test(r.url) ? { url: r.url } : {}),
      ...(typeof r.fileId === 'string' && r.fileId ? { fileId: r.fileId } : {}),
      ...(r.replaced === true ? { replaced: true } : {}),
    });
  }
  return out.slice(0, REPORTS_MADE_MAX);
}
