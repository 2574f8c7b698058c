/**
 * The browser's own inflater (DecompressionStream 'deflate-raw': Chrome and Edge 103+, Firefox 113+, Safari 16.4+),
 * given to the readers for the parts of a workbook: several times faster than inflating in JavaScript (fflate took
 * 300 ms of a 20.000-row sheet's 9 MB). Held to the size the zip states: more, or damaged data, and the readers
 * inflate that part themselves, capped.
 */
import { FFLATE_WHOLE, useWholeInflater } from '../readers/zip';

function supported(): boolean {
  try {
    new DecompressionStream('deflate-raw' as CompressionFormat);
    return true;
  } catch {
    return false;
  }
}

async function inflateAsync(data: Uint8Array, maxOut: number): Promise<Uint8Array | 'too-large'> {
  try {
    const ds = new DecompressionStream('deflate-raw' as CompressionFormat);
    const writer = ds.writable.getWriter();
    // Damaged data rejects here and in the reader below; the reader's rejection is the one answered.
    writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = ds.readable.getReader();
    const out = new Uint8Array(maxOut);
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return out.subarray(0, n);
      if (n + value.length > maxOut) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      out.set(value, n);
      n += value.length;
    }
  } catch {
    return 'too-large';
  }
}

/** Installs it when the browser has it, beside the readers' own (fflate) for what is read synchronously. */
export function useBrowserInflater(): void {
  if (!supported()) return;
  useWholeInflater({ ...FFLATE_WHOLE, maxWhole: 64 * 1024 * 1024, inflateAsync });
}
