/**
 * Delimited text as clerks' machines save it: line ends mixed by two editors, one line pasted from a file in
 * another code page, a save cut short. What is read is what the file holds, and every repair is said.
 */
import { describe, expect, it } from 'vitest';
import { readWorkbookBytes } from './index';

const enc = (s: string) => Buffer.from(s, 'utf8');
/** "Cấp xã" in Windows-1258: C, ấ = â (E2) + combining acute (EC), p, space, x, ã = a + combining tilde (DE). */
const CAP_XA_1258 = Buffer.from([0x43, 0xe2, 0xec, 0x70, 0x20, 0x78, 0x61, 0xde]);

async function read(bytes: Uint8Array, name = 'so-lieu.csv') {
  const wb = await readWorkbookBytes(bytes, name);
  return { values: wb.sheets[0]!.values, notes: wb.notes ?? [] };
}

describe('line ends', () => {
  it('reads CRLF, LF and CR mixed in one file as the lines they end', async () => {
    const { values, notes } = await read(enc('Cấp;Tổng số\r\nCấp huyện;308\nCấp xã;1.886\r\nTổng cộng;2.194\rGhi chú;x\r\n'));
    expect(values).toEqual([
      ['Cấp', 'Tổng số'],
      ['Cấp huyện', '308'],
      ['Cấp xã', '1.886'],
      ['Tổng cộng', '2.194'],
      ['Ghi chú', 'x'],
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps a line end inside a quoted field as the file has it', async () => {
    const { values } = await read(enc('a;b\n"dòng 1\r\ndòng 2";3\n"x\ny";4\r\n'));
    expect(values).toEqual([
      ['a', 'b'],
      ['dòng 1\r\ndòng 2', '3'],
      ['x\ny', '4'],
    ]);
  });

  it('reads a file of CR line ends (old Mac) and one whose last line has no end', async () => {
    expect((await read(enc('a;b\r1;2\r3;4'))).values).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads lines across the megabyte blocks the file is decoded in, a CRLF split at a block edge included', async () => {
    const lines: string[] = ['STT;Tên;Số'];
    for (let i = 1; i <= 40_000; i++) lines.push(`${i};Lĩnh vực ${i};${i % 97}`);
    // Every line end in turn: a CRLF lands on a block's edge somewhere in 2 MB.
    const ends = ['\r\n', '\n', '\r'];
    const text = lines.map((l, i) => l + ends[i % 3]).join('');
    const { values } = await read(enc(text));
    expect(values.length).toBe(40_001);
    expect(values[31_337]).toEqual(['31337', 'Lĩnh vực 31337', String(31_337 % 97)]);
    expect(values.every((r) => r.length === 3)).toBe(true);
  });

  it('reads a line longer than a block', async () => {
    // 40 cells of 20.000 "ô" (2 bytes each): a 1,6 MB line.
    const cells = Array.from({ length: 40 }, (_, i) => `${i}${'ô'.repeat(20_000)}`);
    const { values } = await read(enc(`${cells.join(';')}\nb;2\n`));
    expect(values).toEqual([cells, ['b', '2']]);
  });
});

describe('encodings, line by line', () => {
  it('reads one line in Windows-1258 inside a UTF-8 file as Vietnamese, and names its row', async () => {
    const bytes = Buffer.concat([enc('Cấp;Tổng số\nCấp huyện;308\n'), CAP_XA_1258, enc(';1.886\nTổng cộng;2.194\n')]);
    const { values, notes } = await read(bytes);
    expect(values.map((r) => (r[0] as string).normalize('NFC'))).toEqual(['Cấp', 'Cấp huyện', 'Cấp xã', 'Tổng cộng']);
    expect(values[3]).toEqual(['Tổng cộng', '2.194']);
    expect(notes).toEqual([
      {
        sheet: 'so-lieu',
        row: 2,
        col: 0,
        message: expect.stringMatching(/^Dòng 3 có chữ không lưu theo bảng mã UTF-8 .*Windows-125[82]/),
      },
    ]);
  });

  it('reads a file saved in Windows-1258 throughout, and says so once', async () => {
    const bytes = Buffer.concat([CAP_XA_1258, enc(';1\n'), CAP_XA_1258, enc(' 2;2\n3;3\n')]);
    const { values, notes } = await read(bytes);
    expect((values[1]![0] as string).normalize('NFC')).toBe('Cấp xã 2');
    expect(notes.length).toBe(1);
    expect(notes[0]!.message).toMatch(/^Tệp không lưu theo bảng mã UTF-8; đã đọc theo bảng mã Windows-125[82]/);
  });

  it('names at most ten rows, then counts the rest', async () => {
    const lines: Buffer[] = [enc('Tên;Số\n')];
    for (let i = 0; i < 30; i++) lines.push(i % 2 ? enc(`Xã ${i};${i}\n`) : Buffer.concat([CAP_XA_1258, enc(` ${i};${i}\n`)]));
    // Some lines of the file are Vietnamese UTF-8, so the file is UTF-8 with pasted lines.
    lines.push(enc('Tổng cộng;435\n'));
    const { notes } = await read(Buffer.concat(lines));
    expect(notes[0]!.message).toMatch(/^Dòng 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 và 5 dòng khác có chữ/);
  });

  it('reads a UTF-8 file with a BOM and no repairs without a note', async () => {
    const { values, notes } = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc('Cấp;Số\r\nXã;1\n')]));
    expect(values).toEqual([
      ['Cấp', 'Số'],
      ['Xã', '1'],
    ]);
    expect(notes).toEqual([]);
  });
});

describe('a huge cell', () => {
  it('is cut at 32.767 characters, and the cell named', async () => {
    const big = 'Ghi chú rất dài; '.replace(';', ',').repeat(5000);
    const { values, notes } = await read(enc(`Cấp;Ghi chú\nXã;"${big}"\n`));
    expect((values[1]![1] as string).length).toBe(32_767);
    expect(notes).toEqual([{ sheet: 'so-lieu', row: 1, col: 1, message: expect.stringMatching(/^Ô B2 có hơn 32\.767 ký tự/) }]);
  });
});

describe('a save cut short', () => {
  it('reads the text before trailing NUL bytes, and says so at the last row read', async () => {
    const text = enc('Cấp;Tổng số\nCấp huyện;308\nCấp xã;1.8');
    const { values, notes } = await read(Buffer.concat([text, Buffer.alloc(4096)]));
    expect(values).toEqual([
      ['Cấp', 'Tổng số'],
      ['Cấp huyện', '308'],
      ['Cấp xã', '1.8'],
    ]);
    expect(notes).toEqual([{ sheet: 'so-lieu', row: 2, col: 0, message: expect.stringContaining('4.096 byte rỗng (NUL)') }]);
  });

  it('still calls a file of NULs alone, or binary bytes before them, not a spreadsheet', async () => {
    await expect(readWorkbookBytes(Buffer.alloc(100), 'rong.csv')).rejects.toMatchObject({ code: 'unsupported-type' });
    await expect(readWorkbookBytes(Buffer.concat([Buffer.from([1, 0, 2, 3]), Buffer.alloc(10)]), 'x.csv')).rejects.toMatchObject({
      code: 'unsupported-type',
    });
  });
});
