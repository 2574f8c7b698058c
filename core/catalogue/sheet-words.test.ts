import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../index';
import { sheetWordsOf } from './sheet-words';
import { indicatorsJob, checkJob } from '../jobs';
import type { Workbook } from '../grid/types';

const table = (late: string, early: string): Workbook => ({
  sheets: [
    {
      name: 'KQ',
      values: [
        ['Đơn vị', 'Tổng số tiếp nhận', 'Đã giải quyết', early, 'Đúng hạn', late, 'Đang giải quyết'],
        ['Xã A', 100, 80, 40, 30, 10, 20],
      ],
      merges: [],
    },
  ],
});

describe('the sheet’s own words', () => {
  it('says "trễ hạn" and "sớm hạn" where the headers do, in lower and capital case', () => {
    const [t] = checkWorkbook(table('Trễ hạn', 'Sớm hạn')).tables;
    const say = sheetWordsOf(t!);
    expect(say('Tỷ lệ hồ sơ giải quyết quá hạn')).toBe('Tỷ lệ hồ sơ giải quyết trễ hạn');
    expect(say('Quá hạn')).toBe('Trễ hạn');
    expect(say('(trước hạn + đúng hạn) / đã giải quyết')).toBe('(sớm hạn + đúng hạn) / đã giải quyết');
  });

  it('keeps the tool’s words where the sheet uses them', () => {
    const [t] = checkWorkbook(table('Quá hạn', 'Trước hạn')).tables;
    expect(sheetWordsOf(t!)('Tỷ lệ hồ sơ giải quyết quá hạn')).toBe('Tỷ lệ hồ sơ giải quyết quá hạn');
  });

  it('the indicators job names each rate in its table’s words, its short name too', () => {
    const r = indicatorsJob({ check: checkJob({ workbook: table('Trễ hạn', 'Trước hạn') }) });
    const late = r.indicators.find((i) => i.id === 'ty-le-qua-han')!;
    expect(late.label).toBe('Tỷ lệ hồ sơ giải quyết trễ hạn');
    expect(late.short).toBe('Trễ hạn');
    expect(late.definition).toContain('trễ hạn /');
  });
});
