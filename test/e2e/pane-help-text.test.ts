/** The help picture's captions (pane/views/help-text.ts): whole words, a «name» kept whole. */
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../pane/views/help-text';

describe('wrapWords', () => {
  it('breaks between words only, each line within the width', () => {
    const lines = wrapWords('Ô sai được chọn trong bảng tính, có tô màu', 20);
    expect(lines).toEqual(['Ô sai được chọn', 'trong bảng tính, có', 'tô màu']);
    expect(lines.join(' ')).toBe('Ô sai được chọn trong bảng tính, có tô màu');
  });

  it('keeps a name in «…» on one line, with what sticks to it', () => {
    expect(wrapWords('Bấm lại «Kiểm tra số liệu»: hết tô màu', 20)).toEqual(['Bấm lại', '«Kiểm tra số liệu»:', 'hết tô màu']);
  });

  it('puts a unit longer than the width alone on its line, never cut', () => {
    expect(wrapWords('a «một tên rất dài» b', 5)).toEqual(['a', '«một tên rất dài»', 'b']);
    expect(wrapWords('', 5)).toEqual([]);
    expect(wrapWords('  hai   từ  ', 20)).toEqual(['hai từ']);
  });
});
