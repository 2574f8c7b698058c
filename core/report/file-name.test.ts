import { describe, expect, it } from 'vitest';
import { reportFileName, unitSlug } from './file-name';
import type { ReportSettings } from './settings';

const settings = { kyDen: '12/3/2024', ngay: '', tenDonVi: '', coQuanBanHanh: 'Ủy ban nhân dân huyện Lấp Vò' } as unknown as ReportSettings;

describe('reportFileName', () => {
  it('names the kind, the period and the unit, in ASCII', () => {
    expect(reportFileName('thang-644', settings)).toBe('Bao-cao-CCHC-thang-03-2024-UBND-huyen-Lap-Vo.docx');
    expect(reportFileName('cchc-nam', settings)).toBe('Bao-cao-CCHC-nam-2024-UBND-huyen-Lap-Vo.docx');
    expect(unitSlug('Ủy ban nhân dân xã Mỹ An')).toBe('UBND-xa-My-An');
  });

  it('a draft is named as one, so that it is never taken for the final report', () => {
    expect(reportFileName('thang-644', settings, true)).toBe('Bao-cao-CCHC-thang-03-2024-UBND-huyen-Lap-Vo-DU-THAO.docx');
    expect(reportFileName('cong-van', settings, true)).toMatch(/^Cong-van-.*-DU-THAO\.docx$/);
  });
});
