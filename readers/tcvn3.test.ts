import { describe, expect, it } from 'vitest';
import { readWorkbookBytes, WorkbookReadError } from './index';
import { looksLikeTcvn3, tcvn3Counts } from './tcvn3';

/** TCVN3 text as a Unicode font shows it; as bytes, one per character (Latin-1). */
const TCVN3 = 'STT;Tæng sè hå s¬ tiÕp nhËn;C¸c thñ tôc;§· gi¶i quyÕt\n1;Th¸ng 3;Cña UBND x·;§Êt ®ai\n2;Tr­êng häc;§iÒu chØnh;®¨ng ký\n';
const VIETNAMESE = 'STT;Tổng số hồ sơ tiếp nhận;Các thủ tục;Đã giải quyết\n1;Tháng 3;Của UBND xã;Đất đai\n2;Trường học;Điều chỉnh;đăng ký\n';
const ENGLISH = 'No;Total applications received;Procedures;Resolved\n1;March;Of the commune;Land\n2;Schools;Adjustments;Registration\n';

describe('looksLikeTcvn3', () => {
  it('fires on TCVN3 text shown as Unicode', () => {
    expect(looksLikeTcvn3(TCVN3)).toBe(true);
    expect(looksLikeTcvn3('Tæng sè hå s¬')).toBe(true);
    expect(looksLikeTcvn3('C¸c Th¸ng Cña')).toBe(true);
  });

  it('never fires on Vietnamese in NFC or NFD, on English, or on common symbols', () => {
    expect(looksLikeTcvn3(VIETNAMESE)).toBe(false);
    expect(looksLikeTcvn3(VIETNAMESE.normalize('NFD'))).toBe(false);
    expect(looksLikeTcvn3(VIETNAMESE.toUpperCase())).toBe(false);
    expect(looksLikeTcvn3(ENGLISH)).toBe(false);
    expect(looksLikeTcvn3('Microsoft® Excel® Word© «Tổng số» 100m² 25°C café naïve')).toBe(false);
    expect(looksLikeTcvn3('')).toBe(false);
    expect(tcvn3Counts(VIETNAMESE.normalize('NFD')).tcvn3).toBe(0);
  });

  it('needs a few words: one odd word is not enough', () => {
    expect(looksLikeTcvn3('Tæng')).toBe(false);
    expect(looksLikeTcvn3(`Tæng ${VIETNAMESE}`)).toBe(false);
  });
});

describe('readers refuse TCVN3 files', () => {
  async function code(bytes: Uint8Array, name: string): Promise<string | undefined> {
    try {
      await readWorkbookBytes(bytes, name);
      return undefined;
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookReadError);
      return (e as WorkbookReadError).code;
    }
  }

  it('a CSV in TCVN3 bytes is refused with the tcvn3 message', async () => {
    const bytes = new Uint8Array(Buffer.from(TCVN3, 'latin1'));
    expect(await code(bytes, 'abc.csv')).toBe('tcvn3');
    const err = await readWorkbookBytes(bytes, 'abc.csv').catch((e: WorkbookReadError) => e);
    expect((err as WorkbookReadError).message).toBe(
      'Tệp "abc.csv" dùng bảng mã TCVN3 (phông .VnTime, bảng mã ABC), không phải Unicode; hãy chuyển mã sang Unicode (ví dụ Unikey › Công cụ chuyển mã, từ TCVN3 sang Unicode) rồi thử lại.',
    );
    // The same characters saved as UTF-8 (a TCVN3 text pasted into a Unicode file) too.
    expect(await code(new TextEncoder().encode(TCVN3), 'abc-utf8.csv')).toBe('tcvn3');
  });

  it('Vietnamese (UTF-8 NFC and NFD, UTF-16, windows-1258) and English CSVs read', async () => {
    expect(await code(new TextEncoder().encode(VIETNAMESE), 'nfc.csv')).toBeUndefined();
    expect(await code(new TextEncoder().encode(VIETNAMESE.normalize('NFD')), 'nfd.csv')).toBeUndefined();
    expect(await code(new Uint8Array(Buffer.from('\ufeff' + VIETNAMESE, 'utf16le')), 'utf16.csv')).toBeUndefined();
    expect(await code(new TextEncoder().encode(ENGLISH), 'en.csv')).toBeUndefined();
    // "Đường;Số" in windows-1258 (bytes that are not UTF-8).
    const cp1258 = new Uint8Array([0xd0, 0xfd, 0xf5, 0xcc, 0x6e, 0x67, 0x3b, 0x53, 0xf4, 0xec, 0x0a, 0x31, 0x3b, 0x32, 0x0a]);
    expect(await code(cp1258, 'cu.csv')).toBeUndefined();
  });

  it('an .xls whose cells are TCVN3 is refused', async () => {
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    const rows = TCVN3.trim()
      .split('\n')
      .map((l) => l.split(';'));
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'S');
    const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
    expect(await code(bytes, 'abc.xls')).toBe('tcvn3');
  });
});
