/** The help picture's captions (pane/views/help-text.ts): whole words, a «name» kept whole, every caption in its box. */
import { describe, expect, it } from 'vitest';
import { T } from '../../pane/messages';
import { CAPTION_CHARS, CAPTION_LINES, captionLines, wrapWords } from '../../pane/views/help-text';

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

describe('the picture of fixing an error', () => {
  const variants = { 'the add-ins': T.help.guide.picture.steps, 'the web page': T.helpFile.guide.pictureSteps };
  it.each(Object.entries(variants))('%s: four captions, each within its box', (_, steps) => {
    expect(steps).toHaveLength(4);
    for (const s of steps) {
      const lines = captionLines(s);
      expect(lines.length, s).toBeLessThanOrEqual(CAPTION_LINES);
      for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(CAPTION_CHARS);
    }
  });

  it('is named by its four steps, in order', () => {
    expect(T.help.guide.picture.label(['A', 'B'])).toBe('Sơ đồ sửa một lỗi: 1. A. 2. B.');
  });

  it('the guide holds no developer word, in either variant', () => {
    const words = JSON.stringify([T.help.guide, T.helpFile.guide, T.help.guide.picture.label(T.help.guide.picture.steps)]);
    expect(words).not.toMatch(/\bA1\b|\.docx|\brange\b|dd\/mm\/yyyy|\bJSON\b|sidebar|Trang!Ô/i);
  });
});
