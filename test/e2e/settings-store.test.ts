/** The web page's settings store (web/settings-store.ts), over a Storage as the browser's localStorage behaves. */
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../core/report';
import { settingsStore } from '../../web/settings-store';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe('settings kept in the browser per unit', () => {
  it("keeps a unit's own settings, never one report's period or date; export and import carry them", () => {
    const storage = memoryStorage();
    const store = settingsStore(storage);
    expect(store.persistent).toBe(true);
    store.save(
      'UBND XÃ A',
      withDefaults({ nguoiKy: 'Nguyễn Văn A', kyTu: '15/02/2024', kyDen: '14/03/2024', ngay: '15/03/2024', mucTieu: { 'ty-le-dung-han': 95 } }),
    );
    const back = settingsStore(storage).load('UBND XÃ A')!;
    expect(back.nguoiKy).toBe('Nguyễn Văn A');
    expect(back.mucTieu).toEqual({ 'ty-le-dung-han': 95 });
    expect(back.kyTu).toBeUndefined();
    expect(back.kyDen).toBeUndefined();
    expect(back.ngay).toBeUndefined();
    const other = settingsStore(memoryStorage());
    expect(other.importText(store.exportText())).toBe(1);
    expect(other.load('UBND XÃ A')!.nguoiKy).toBe('Nguyễn Văn A');
  });

  it('an import of anything else is refused; values of the wrong kind are dropped', () => {
    const store = settingsStore(memoryStorage());
    expect(() => store.importText('{"a":1}')).toThrow();
    expect(() => store.importText('không phải json')).toThrow();
    store.importText(JSON.stringify({ app: 'bao-cao-cchc', version: 1, units: { X: { nguoiKy: 42, chucVu: 'CHỦ TỊCH', mucTieu: { a: 'x', b: 90 } } } }));
    const x = store.load('X')!;
    expect(x.nguoiKy).toBe('');
    expect(x.chucVu).toBe('CHỦ TỊCH');
    expect(x.mucTieu).toEqual({ b: 90 });
  });

  it('a browser that refuses storage keeps the settings for the visit', () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    const store = settingsStore(refusing);
    expect(store.persistent).toBe(false);
    store.save('Y', withDefaults({ nguoiKy: 'B' }));
    expect(store.load('Y')!.nguoiKy).toBe('B');
  });
});
