import { describe, expect, it } from 'vitest';
import { gridFromHost } from './host-values';
import { heldIndexes, SheetView } from './sheet-view';

describe('sparse rows', () => {
  it('a wide row with a cell in A and one in XFD is walked by its two cells; a narrow or a filled one by index', () => {
    const sparse: unknown[] = ['Xã An'];
    sparse[16_383] = 1;
    expect(heldIndexes(sparse)).toEqual([0, 16_383]);
    expect(heldIndexes(['a', 'b'])).toBeUndefined();
    expect(heldIndexes(Array.from({ length: 1000 }, (_, i) => i))).toBeUndefined();
  });

  it('gridFromHost keeps the holes (empty cells), and the view reads them as empty', () => {
    const row: unknown[] = ['Xã An'];
    row[16_383] = 7;
    const g = gridFromHost({ name: 'S', values: [row], merges: [] });
    expect(g.values[0]!.length).toBe(16_384);
    expect(Object.keys(g.values[0]!)).toEqual(['0', '16383']);
    const v = new SheetView(g);
    expect([v.value(0, 0), v.value(0, 5000), v.value(0, 16_383), v.endCol]).toEqual(['Xã An', null, 7, 16_384]);
  });
});
