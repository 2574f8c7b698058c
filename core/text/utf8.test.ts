import { describe, expect, it } from 'vitest';
import { utf8Chunks, utf8Length } from './utf8';

describe('UTF-8 sizes counted by hand', () => {
  it('counts as TextEncoder does, Vietnamese and astral characters included', () => {
    for (const s of ['', 'abc', 'Ghi chú của tôi', 'ĐẮK LẮK ỹ', '😀 a\u0301', 'ﬁ']) expect(utf8Length(s), s).toBe(new TextEncoder().encode(s).length);
  });

  it('cuts into pieces within the byte limit, never inside a character, and joins back to the text', () => {
    const s = 'Người dùng ghi: hồ sơ đã đối chiếu 😀 '.repeat(40);
    for (const max of [4, 7, 100, 1000]) {
      const pieces = utf8Chunks(s, max);
      expect(pieces.join(''), `max ${max}`).toBe(s);
      for (const p of pieces) expect(utf8Length(p)).toBeLessThanOrEqual(max);
    }
  });
});
