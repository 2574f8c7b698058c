import { describe, expect, it } from 'vitest';
import { madeUnder, parseReportsMade, recordMade, REPORTS_MADE_MAX, versionName, type ReportMade } from './reports-made';
import { utf8Length } from '../text/utf8';

const made = (name: string, extra: Partial<ReportMade> = {}): ReportMade => ({
  name,
  at: '2024-04-02T03:04:05.000Z',
  draft: false,
  kind: 'thang-644',
  where: 'drive',
  ...extra,
});

describe('reports made', () => {
  it('finds an earlier report by name, with or without ".docx", whatever the case', () => {
    const list = [made('Bao-cao-CCHC-thang-03-2024-UBND-xa-A'), made('Bao-cao-CCHC-thang-02-2024.docx')];
    expect(madeUnder(list, 'Bao-cao-CCHC-thang-03-2024-UBND-xa-A.docx')?.name).toBe('Bao-cao-CCHC-thang-03-2024-UBND-xa-A');
    expect(madeUnder(list, 'bao-cao-cchc-thang-02-2024.DOCX')?.name).toBe('Bao-cao-CCHC-thang-02-2024.docx');
    expect(madeUnder(list, 'Bao-cao-CCHC-thang-04-2024.docx')).toBeUndefined();
  });

  it('names a new version with the first free "-lan-N", from the name or an earlier version of it', () => {
    const list = [made('A-DU-THAO.docx'), made('A-DU-THAO-lan-2.docx')];
    expect(versionName(list, 'A-DU-THAO.docx')).toBe('A-DU-THAO-lan-3.docx');
    expect(versionName(list, 'A-DU-THAO-lan-2.docx')).toBe('A-DU-THAO-lan-3.docx');
    expect(versionName([made('B')], 'B')).toBe('B-lan-2');
  });

  it('puts the newest first; a replaced file (same Drive id, or same name downloaded again) leaves one entry', () => {
    let list = recordMade([], made('A.docx', { fileId: 'f1', at: '2024-04-01T00:00:00.000Z' }));
    list = recordMade(list, made('B.docx', { fileId: 'f2' }));
    list = recordMade(list, made('A.docx', { fileId: 'f1', replaced: true, at: '2024-04-03T00:00:00.000Z' }));
    expect(list.map((r) => r.name)).toEqual(['A.docx', 'B.docx']);
    expect(list[0]!.at).toBe('2024-04-03T00:00:00.000Z');
    // Downloads have no id: replacing goes by name.
    let dl = recordMade([], made('C.docx', { where: 'download' }));
    dl = recordMade(dl, made('C.docx', { where: 'download', replaced: true }));
    expect(dl).toHaveLength(1);
    // A version is a new entry beside the first.
    dl = recordMade(dl, made(versionName(dl, 'C.docx'), { where: 'download' }));
    expect(dl.map((r) => r.name)).toEqual(['C-lan-2.docx', 'C.docx']);
  });

  it('keeps at most REPORTS_MADE_MAX entries and fits a byte budget, dropping the oldest', () => {
    let list: ReportMade[] = [];
    for (let i = 0; i < REPORTS_MADE_MAX + 5; i++) list = recordMade(list, made(`Báo cáo số ${i}.docx`));
    expect(list).toHaveLength(REPORTS_MADE_MAX);
    expect(list[0]!.name).toBe(`Báo cáo số ${REPORTS_MADE_MAX + 4}.docx`);
    const small = recordMade(list, made('Mới.docx'), 1000);
    expect(utf8Length(JSON.stringify(small))).toBeLessThanOrEqual(1000);
    expect(small[0]!.name).toBe('Mới.docx');
    expect(small.length).toBeGreaterThan(1);
  });

  it('reads back only well-formed entries, from JSON text or a value', () => {
    const good = made('A.docx', { url: 'https://drive.google.com/file/d/x/view', fileId: 'x', draft: true });
    expect(parseReportsMade(JSON.stringify([good]))).toEqual([good]);
    expect(parseReportsMade('not json')).toEqual([]);
    expect(parseReportsMade({ name: 'A' })).toEqual([]);
    const mixed = parseReportsMade([good, { name: '', at: good.at }, { name: 'B', at: 'hôm qua' }, { name: 'C', at: good.at, url: 'javascript:alert(1)' }, 7]);
    expect(mixed.map((r) => r.name)).toEqual(['A.docx', 'C']);
    // A link that is not https is dropped, never offered to click.
    expect(mixed[1]!.url).toBeUndefined();
  });
});
