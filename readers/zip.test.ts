import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { FFLATE_WHOLE, inflateEntry, preInflate, useWholeInflater, zipDirectory, ZipPartError } from './zip';

const text = 'Tổng số hồ sơ tiếp nhận; '.repeat(2000);
const bytes = new TextEncoder().encode(text);

/** A one-entry deflated zip whose central directory states `stated` as the entry's size (a lie when not its size). */
function zipStating(stated?: number): Uint8Array {
  const z = zipSync({ 'xl/worksheets/sheet1.xml': bytes }, { level: 6 });
  if (stated === undefined) return z;
  const dv = new DataView(z.buffer, z.byteOffset, z.byteLength);
  for (let p = z.length - 22; p >= 0; p--) {
    if (dv.getUint32(p, true) === 0x02014b50) {
      dv.setUint32(p + 24, stated, true);
      break;
    }
  }
  return z;
}

function inflate(z: Uint8Array, cap: number): string {
  const dir = zipDirectory(z);
  if (!(dir instanceof Map)) throw new Error('no directory');
  const chunks: Uint8Array[] = [];
  inflateEntry(z, dir.get('xl/worksheets/sheet1.xml')!, cap, (c) => chunks.push(c.slice()));
  return new TextDecoder().decode(Buffer.concat(chunks));
}

describe('inflateEntry', () => {
  it('a part of the size its directory states comes whole, in one piece', () => {
    const dir = zipDirectory(zipStating()) as Map<string, { uncompressedSize: number }>;
    expect(dir.get('xl/worksheets/sheet1.xml')!.uncompressedSize).toBe(bytes.length);
    expect(inflate(zipStating(), 1 << 20)).toBe(text);
  });

  it('a directory that understates the size is not believed: the whole part, through the capped stream', () => {
    expect(inflate(zipStating(100), 1 << 20)).toBe(text);
    expect(() => inflate(zipStating(100), 10_000)).toThrow(ZipPartError);
  });

  it('a directory that overstates it is held to the cap all the same', () => {
    expect(inflate(zipStating(bytes.length * 2), 1 << 20)).toBe(text);
    expect(() => inflate(zipStating(bytes.length * 2), 10_000)).toThrow(ZipPartError);
  });
});

describe("inflateEntry with the platform's whole-part inflater (Node's zlib, as the command line gives it)", () => {
  const zlibWhole = {
    maxWhole: 1 << 30,
    inflate(data: Uint8Array, maxOut: number) {
      try {
        return inflateRawSync(data, { maxOutputLength: maxOut });
      } catch {
        return 'too-large' as const;
      }
    },
  };
  it('gives the same text, believes no understated size and keeps the cap', () => {
    useWholeInflater(zlibWhole);
    try {
      expect(inflate(zipStating(), 1 << 20)).toBe(text);
      expect(inflate(zipStating(100), 1 << 20)).toBe(text);
      expect(() => inflate(zipStating(100), 10_000)).toThrow(ZipPartError);
      expect(() => inflate(zipStating(bytes.length * 2), 10_000)).toThrow(ZipPartError);
    } finally {
      useWholeInflater(undefined);
    }
  });
});

describe("preInflate: parts inflated ahead by the platform's asynchronous inflater (a browser's DecompressionStream)", () => {
  const asyncWhole = {
    ...FFLATE_WHOLE,
    inflateAsync: async (data: Uint8Array, maxOut: number) => {
      try {
        return inflateRawSync(data, { maxOutputLength: maxOut });
      } catch {
        return 'too-large' as const;
      }
    },
  };
  const name = 'xl/worksheets/sheet1.xml';
  it('takes a part of its stated size, leaves one whose directory lies, and does nothing without such an inflater', async () => {
    useWholeInflater(asyncWhole);
    try {
      const good = zipStating();
      const got = await preInflate(good, zipDirectory(good) as Map<string, never>, () => true);
      expect(new TextDecoder().decode(got.get(name))).toBe(text);
      for (const lie of [100, bytes.length * 2]) {
        const z = zipStating(lie);
        expect((await preInflate(z, zipDirectory(z) as Map<string, never>, () => true)).has(name)).toBe(false);
      }
      expect((await preInflate(good, zipDirectory(good) as Map<string, never>, () => false)).size).toBe(0);
    } finally {
      useWholeInflater(undefined);
    }
    const good = zipStating();
    expect((await preInflate(good, zipDirectory(good) as Map<string, never>, () => true)).size).toBe(0);
  });
});

describe("fflate's whole-part inflater stops where the stated size ends", () => {
  it('a part far larger than stated is refused after its first pieces, not decoded to its end', () => {
    const zeros = deflateRawSync(new Uint8Array(100 * 1024 * 1024));
    expect(zeros.length).toBeGreaterThan(64 * 1024);
    expect(FFLATE_WHOLE.inflate(zeros, 101)).toBe('too-large');
    // A small one that says less than it holds: refused too.
    expect(FFLATE_WHOLE.inflate(deflateRawSync(new Uint8Array(5000)), 101)).toBe('too-large');
    expect(FFLATE_WHOLE.inflate(deflateRawSync(bytes), bytes.length + 1)).toEqual(bytes);
  });
});
